import type { ArticleGraph } from '../graph/model.js';
import { buildArticleGraph } from './article-graph.js';
import { BatchAgreements } from './batch-agreements.js';
import { type BatchRead, BatchState, nodeKey, type Withdrawal } from './batch-state.js';
import {
  type Candidate,
  candidates,
  EntityResolutionError,
  type ResolvedLabel,
  resolveIds,
} from './entity-resolution.js';
import type { ArticleSource } from './graph-builder.js';
import {
  fileParents,
  type PartnershipResolution,
  partnershipReports,
  resolvePartnerships,
  withPartnerships,
} from './partnership-resolution.js';

/**
 * Plans a batch of articles from one read: for each article in order, what
 * reloading it withdraws, how its entities resolve (seeing what the articles
 * before it in the batch wrote and withdrew), and the graph it writes. Pure:
 * the same decisions loadArticle takes one transaction at a time.
 */

/** One article of the batch, ready to write. */
export interface PlannedArticle {
  source: ArticleSource;
  graph: ArticleGraph;
  /** Entities and partnerships of the file that resolved to a node of another id. */
  merged: { label: ResolvedLabel | 'Partnership'; from: string; to: string }[];
  /** What reloading it withdraws; undefined for an article new to the graph. */
  withdrawal: Withdrawal | undefined;
}

/** Why a batch stops before one of its articles; the articles before it are planned. */
export type BatchStop =
  /** Its entities conflict with the graph: loading it alone reports the conflict. */
  | { index: number; reason: 'conflict'; error: EntityResolutionError }
  /** Withdrawing it would undo what an earlier article of the batch wrote: it starts the next batch. */
  | { index: number; reason: 'withdrawal' };

export interface BatchPlan {
  articles: PlannedArticle[];
  stop: BatchStop | undefined;
}

/** Every node id and alias key the batch's entity resolution looks at. */
export function batchLookups(sources: ArticleSource[]): {
  nodes: { label: string; id: string }[];
  keys: string[];
} {
  const nodes = new Map<string, { label: string; id: string }>();
  const keys = new Set<string>();
  for (const source of sources) {
    for (const c of candidates(source)) {
      nodes.set(nodeKey(c.label, c.id), { label: c.label, id: c.id });
      for (const key of c.keys) keys.add(key);
    }
  }
  return { nodes: [...nodes.values()], keys: [...keys] };
}

/**
 * Plans the articles in order. `reloaded` are those whose Article node the
 * graph holds: each is withdrawn first, as loadArticle does. Planning stops at
 * an article whose entities conflict with the graph, or whose withdrawal the
 * batch cannot carry out before its writes.
 */
export function planBatch(
  sources: ArticleSource[],
  reloaded: ReadonlySet<string>,
  read: BatchRead,
): BatchPlan {
  const state = new BatchState(read);
  const articles: PlannedArticle[] = [];
  const agreements = new BatchAgreements(read.partnerships);
  for (const [index, source] of sources.entries()) {
    let withdrawal: Withdrawal | undefined;
    if (reloaded.has(source.id)) {
      withdrawal = state.retract(source.id);
      // The first article of a batch never undoes a write of the batch.
      if (!withdrawal) return { articles, stop: { index, reason: 'withdrawal' } };
    }
    const list: Candidate[] = candidates(source);
    let resolved: ReturnType<typeof resolveIds>;
    try {
      resolved = resolveIds(source.id, source.extractionFile, list, (c) => state.existing(c));
    } catch (error) {
      if (!(error instanceof EntityResolutionError)) throw error;
      return { articles, stop: { index, reason: 'conflict', error } };
    }
    const reports = partnershipReports(source, resolved.resolution);
    if (withdrawal) agreements.withdraw(source.id);
    const parents = fileParents(source, resolved.resolution);
    let partnerships: PartnershipResolution = { target: new Map(), merged: [] };
    if (reports.length > 0) {
      try {
        partnerships = resolvePartnerships(
          source.extractionFile,
          reports,
          agreements.context(reports, parents),
          parents,
        );
      } catch (error) {
        if (!(error instanceof EntityResolutionError)) throw error;
        return { articles, stop: { index, reason: 'conflict', error } };
      }
    }
    agreements.apply(source.id, reports, partnerships.target, parents);
    const resolution = withPartnerships(resolved.resolution, partnerships);
    const { graph } = buildArticleGraph(source, resolution);
    state.apply(source.id, graph);
    articles.push({
      source,
      graph,
      merged: [...resolved.merged, ...partnerships.merged],
      withdrawal,
    });
  }
  return { articles, stop: undefined };
}
