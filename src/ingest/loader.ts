import type { Logger } from '../logger.js';
import { retractArticle } from '../neo4j/article-retraction.js';
import { writeArticleGraph } from '../neo4j/article-writes.js';
import { lookupEntities } from '../neo4j/entity-lookup.js';
import { nodesReportedBy, settleEntities, writtenBy } from '../neo4j/entity-names.js';
import type { Executor, Tx } from '../neo4j/executor.js';
import { contextFromRow, partnershipContext } from '../neo4j/partnership-lookup.js';
import { settlePartnerships } from '../neo4j/partnership-settle.js';
import { applySchema } from '../neo4j/schema.js';
import { restateValues, statedClaim } from '../neo4j/stated-values.js';
import { buildArticleGraph } from './article-graph.js';
import { listArticleFiles, readArticle, SourceFileError } from './article-source.js';
import { type Candidate, candidates, type Existing, resolveIds } from './entity-resolution.js';
import type { ArticleSource, Resolution } from './graph-builder.js';
import {
  fileParents,
  type PartnershipResolution,
  partnershipReports,
  resolvePartnerships,
  withPartnerships,
} from './partnership-resolution.js';

/** One article could not be written (a conflict with the graph, Neo4j failing); nothing of it was. */
export class ArticleLoadError extends Error {
  override name = 'ArticleLoadError';
  constructor(
    readonly file: string,
    /** Articles of the same run committed before this one. */
    readonly loaded: number,
    cause: Error,
  ) {
    const reason = cause.message.startsWith(file) ? cause.message : `${file}: ${cause.message}`;
    super(
      `${reason}\nNothing of this article was written${loaded > 0 ? `; the ${loaded} article(s) before it in this run were loaded` : ''}.`,
      { cause },
    );
  }
}

/** Every problem of every file in a folder, reported together; nothing was written. */
export class LoadRejectedError extends Error {
  override name = 'LoadRejectedError';
  constructor(readonly errors: Error[]) {
    super(
      `${errors.length} file${errors.length === 1 ? '' : 's'} rejected, nothing written:\n\n${errors.map((e) => e.message).join('\n\n')}`,
    );
  }
}

export interface ArticleLoadResult {
  id: string;
  file: string;
  nodes: number;
  relationships: number;
  evidence: number;
  /** Entities of the file that resolved to a node of another id. */
  merged: { label: string; from: string; to: string }[];
  ms: number;
}

/**
 * Reads and checks every article of a folder before writing any, so that a bad
 * file rejects the load with all its problems listed.
 */
export function readArticles(dir: string): ArticleSource[] {
  const sources: ArticleSource[] = [];
  const errors: Error[] = [];
  for (const { textFile, extractionFile } of listArticleFiles(dir)) {
    try {
      sources.push(readArticle(textFile, extractionFile));
    } catch (error) {
      if (error instanceof SourceFileError) errors.push(error);
      else throw error;
    }
  }
  const seen = new Map<string, string>();
  for (const s of sources) {
    const other = seen.get(s.id);
    if (other)
      errors.push(
        new Error(`${s.extractionFile}: article.id "${s.id}" is already used by ${other}`),
      );
    seen.set(s.id, s.extractionFile);
  }
  if (errors.length > 0) throw new LoadRejectedError(errors);
  return sources;
}

async function existingEntities(tx: Tx, list: Candidate[]): Promise<(c: Candidate) => Existing> {
  const found = new Map<string, Existing>();
  const labels = [...new Set(list.map((c) => c.label))];
  for (const label of labels) {
    const rows = await tx.run(
      lookupEntities(
        label,
        list.filter((c) => c.label === label).map(({ id, keys }) => ({ id, keys })),
      ),
    );
    for (const row of rows) {
      found.set(`${label}:${String(row.id)}`, {
        exists: Boolean(row.exists),
        namedBy: (row.namedBy as string | null) ?? null,
        kind: (row.kind as string | null) ?? null,
        hits: row.hits as Existing['hits'],
      });
    }
  }
  return (c) =>
    found.get(`${c.label}:${c.id}`) ?? { exists: false, namedBy: null, kind: null, hits: [] };
}

/** Which agreement each partnership of the file reports, read from the graph. */
async function resolveReports(
  tx: Tx,
  source: ArticleSource,
  resolution: Resolution,
): Promise<PartnershipResolution> {
  const reports = partnershipReports(source, resolution);
  if (reports.length === 0) return { target: new Map(), merged: [] };
  const parents = fileParents(source, resolution);
  const companies = [...new Set([...reports.flatMap((r) => r.parties), ...parents.flat()])];
  const [row] = await tx.run(
    partnershipContext(
      reports.map((r) => r.fileId),
      companies.map((id) => ({ id, keys: [] })),
    ),
  );
  return resolvePartnerships(source.extractionFile, reports, contextFromRow(row ?? {}), parents);
}

/**
 * Writes one checked article in one transaction: resolve entities, retract its
 * old claims, merge its graph, then settle what depends on every article
 * present (values, partnerships, entities' names).
 */
export async function loadArticle(
  executor: Pick<Executor, 'write'>,
  source: ArticleSource,
): Promise<ArticleLoadResult> {
  const started = Date.now();
  return executor.write(async (tx) => {
    const before = await nodesReportedBy(tx, [source.id]);
    // Retract first, so the article's own old names do not steer its resolution.
    const withdrawn = await retractArticle(tx, source.id);
    const list = candidates(source);
    const entities = resolveIds(
      source.id,
      source.extractionFile,
      list,
      await existingEntities(tx, list),
    );
    const partnerships = await resolveReports(tx, source, entities.resolution);
    const { graph } = buildArticleGraph(
      source,
      withPartnerships(entities.resolution, partnerships),
    );
    await writeArticleGraph(tx, graph);
    await restateValues(tx, [...withdrawn, ...graph.evidence.map(statedClaim)]);
    await settlePartnerships(tx, [...before.partnerships, ...partnerships.target.values()]);
    await settleEntities(tx, [...before.entities, ...writtenBy(graph)]);
    const merged = [...entities.merged, ...partnerships.merged];
    return {
      id: source.id,
      file: source.extractionFile,
      nodes: graph.nodes.length,
      relationships: graph.rels.length,
      evidence: graph.evidence.length,
      merged,
      ms: Date.now() - started,
    };
  });
}

/** Loads every article of a folder: checks all, applies the schema, then writes each in its own transaction. */
export async function loadDirectory(
  executor: Executor,
  dir: string,
  logger: Logger,
): Promise<ArticleLoadResult[]> {
  return loadArticles(executor, readArticles(dir), logger);
}

/** Applies the schema, then writes each checked article in its own transaction, logging progress. */
export async function loadArticles(
  executor: Executor,
  sources: ArticleSource[],
  logger: Logger,
): Promise<ArticleLoadResult[]> {
  await applySchema(executor, logger);
  const results: ArticleLoadResult[] = [];
  for (const [index, source] of sources.entries()) {
    const result = await loadArticle(executor, source).catch((error: Error) => {
      throw new ArticleLoadError(source.extractionFile, index, error);
    });
    results.push(result);
    for (const m of result.merged)
      logger.info('entity resolved by alias', { article: source.id, ...m });
    logger.info('article loaded', {
      progress: `${index + 1}/${sources.length}`,
      article: result.id,
      nodes: result.nodes,
      relationships: result.relationships,
      evidence: result.evidence,
      ms: result.ms,
    });
  }
  return results;
}
