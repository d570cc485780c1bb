import type { ArticleGraph } from '../graph/model.js';
import type { Candidate, Existing } from './entity-resolution.js';
import type { PartnershipContext } from './partnership-resolution.js';

/**
 * The part of the graph a batch of articles reads, held in memory and kept up
 * to date as the batch is planned article by article, so that each article
 * resolves its entities against what the articles before it in the batch
 * wrote and withdrew, exactly as when every article is loaded in its own
 * transaction (loader.ts). Filled from one read (batch-read.ts); pure.
 *
 * Withdrawing a reloaded article follows article-retraction.ts step by step:
 * its evidence goes; a claim nothing else supports goes (relationship deleted,
 * properties cleared); a subject nothing mentions or quotes any more goes with
 * its aliases; it is taken off the aliases it gave, and an alias no article
 * gives any more goes.
 */

/** `Label:id`. */
export type NodeKey = string;
export const nodeKey = (label: string, id: string): NodeKey => `${label}:${id}`;
const splitKey = (key: NodeKey) => {
  const at = key.indexOf(':');
  return { label: key.slice(0, at), id: key.slice(at + 1) };
};

/** What resolution and alias withdrawal look at on a node. */
export interface NodeState {
  exists: boolean;
  namedBy: string | null;
  kind: string | null;
  name: string | null;
}

/** One quote a reloaded article gave before, as article-retraction.ts reads it. */
export interface OldEvidence {
  articleId: string;
  claimId: string;
  predicate: string;
  properties: string[];
  /** The claimId of the relationship it is about; null for node properties. */
  relationship: string | null;
  subject: NodeKey | null;
}

/** What the batch's one read returns (see batch-read.ts). */
export interface BatchRead {
  nodes: ({ label: string; id: string } & Omit<NodeState, 'exists'>)[];
  aliases: ({ key: string; text: string; articles: string[]; label: string; id: string } & Omit<
    NodeState,
    'exists'
  >)[];
  /** What the graph knows of the batch's partnerships, before the batch (partnership-lookup.ts). */
  partnerships?: PartnershipContext;
  /** Present when the batch reloads articles. */
  retraction?: {
    evidence: OldEvidence[];
    /** Claims that evidence of articles outside the reloaded ones supports. */
    claimsElsewhere: string[];
    /** Subjects that only the reloaded articles mention or quote, with the keys of their aliases. */
    orphanable: ({ label: string; id: string; aliasKeys: string[] } & Omit<NodeState, 'exists'>)[];
    aliasKeys: { articleId: string; keys: string[] }[];
  };
}

/** What withdrawing one article does to the graph; the batch carries these out before writing. */
export interface Withdrawal {
  articleId: string;
  /** Alias keys it gave: it is taken off every link of each. */
  aliasKeys: string[];
  deleteAliases: string[];
  /** Node properties to remove, by node. */
  clearNodes: { node: NodeKey; properties: string[] }[];
  clearRelationships: { type: string; claimId: string; properties: string[] }[];
  deleteRelationships: { type: string; claimId: string }[];
  deleteNodes: NodeKey[];
  /** Entities whose aliases changed: their names are recomputed. */
  refresh: NodeKey[];
}

interface AliasState {
  text: string;
  /** Entity → articles that give the alias for it, sorted, without repeats. */
  links: Map<NodeKey, string[]>;
}

/**
 * A sorted list of article ids with one more, still sorted and without
 * repeats. A hub's alias is given by thousands of articles: inserting in
 * place keeps each article of the batch from sorting them all again.
 */
export function withArticle(sorted: string[], articleId: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < articleId) low = mid + 1;
    else high = mid;
  }
  return sorted[low] === articleId ? sorted : sorted.toSpliced(low, 0, articleId);
}

const absent = (): NodeState => ({ exists: false, namedBy: null, kind: null, name: null });

export class BatchState {
  private readonly nodes = new Map<NodeKey, NodeState>();
  private readonly aliases = new Map<string, AliasState>();
  private readonly claims = new Map<string, { elsewhere: boolean; supporters: Set<string> }>();
  private readonly subjects = new Map<
    NodeKey,
    { orphanable: boolean; supporters: Set<string>; aliasKeys: string[] }
  >();
  private readonly oldEvidence = new Map<string, OldEvidence[]>();
  private readonly oldAliasKeys = new Map<string, string[]>();
  /** What the batch has written so far: a withdrawal may not undo it (see retract). */
  private readonly written = {
    aliases: new Set<string>(),
    nodes: new Map<NodeKey, Set<string>>(),
    relationships: new Map<string, Set<string>>(),
  };

  constructor(read: BatchRead) {
    for (const { label, id, namedBy, kind, name } of [
      ...read.nodes,
      ...read.aliases,
      ...(read.retraction?.orphanable ?? []),
    ]) {
      this.nodes.set(nodeKey(label, id), { exists: true, namedBy, kind, name });
    }
    for (const row of read.aliases) {
      const alias = this.aliases.get(row.key) ?? { text: row.text, links: new Map() };
      alias.links.set(nodeKey(row.label, row.id), [...new Set(row.articles)].sort());
      this.aliases.set(row.key, alias);
    }
    const r = read.retraction;
    if (!r) return;
    const elsewhere = new Set(r.claimsElsewhere);
    const orphanable = new Map(r.orphanable.map((o) => [nodeKey(o.label, o.id), o.aliasKeys]));
    for (const e of r.evidence) {
      this.oldEvidence.set(e.articleId, [...(this.oldEvidence.get(e.articleId) ?? []), e]);
      const claim = this.claims.get(e.claimId) ?? {
        elsewhere: elsewhere.has(e.claimId),
        supporters: new Set<string>(),
      };
      claim.supporters.add(e.articleId);
      this.claims.set(e.claimId, claim);
      if (!e.subject) continue;
      const aliasKeys = orphanable.get(e.subject);
      const subject = this.subjects.get(e.subject) ?? {
        orphanable: aliasKeys !== undefined,
        supporters: new Set<string>(),
        aliasKeys: aliasKeys ?? [],
      };
      subject.supporters.add(e.articleId);
      this.subjects.set(e.subject, subject);
    }
    for (const { articleId, keys } of r.aliasKeys) this.oldAliasKeys.set(articleId, keys);
  }

  /** What lookupEntities would answer for the candidate now. */
  existing(c: Candidate): Existing {
    const node = this.nodes.get(nodeKey(c.label, c.id)) ?? absent();
    const hits = c.keys.flatMap((key) =>
      [...(this.aliases.get(key)?.links.keys() ?? [])]
        .map(splitKey)
        .filter((e) => e.label === c.label)
        .map((e) => ({ key, id: e.id })),
    );
    return node.exists
      ? { exists: true, namedBy: node.namedBy, kind: node.kind, hits }
      : { exists: false, namedBy: null, kind: null, hits };
  }

  /**
   * Withdraws what the article asserted, as retractArticle would now. Returns
   * undefined, changing nothing, when that would undo something an earlier
   * article of the batch wrote: the batch writes after all its withdrawals,
   * so that article must start a batch of its own.
   */
  retract(articleId: string): Withdrawal | undefined {
    const rows = this.oldEvidence.get(articleId) ?? [];
    const w: Withdrawal = {
      articleId,
      aliasKeys: this.oldAliasKeys.get(articleId) ?? [],
      deleteAliases: [],
      clearNodes: [],
      clearRelationships: [],
      deleteRelationships: [],
      deleteNodes: [],
      refresh: [],
    };
    const supported = (claimId: string) => {
      const c = this.claims.get(claimId);
      return !c || c.elsewhere || [...c.supporters].some((a) => a !== articleId);
    };
    // Claims, grouped as deleteArticleEvidence groups them.
    const groups = new Map<string, OldEvidence & { subjects: Set<NodeKey> }>();
    for (const e of rows) {
      const k = JSON.stringify([e.claimId, e.predicate, e.properties, e.relationship]);
      const g = groups.get(k) ?? { ...e, subjects: new Set<NodeKey>() };
      if (e.subject) g.subjects.add(e.subject);
      groups.set(k, g);
    }
    for (const g of groups.values()) {
      if (supported(g.claimId)) continue;
      if (g.relationship === null) {
        for (const node of g.subjects) w.clearNodes.push({ node, properties: g.properties });
      } else if (g.properties.length === 0) {
        w.deleteRelationships.push({ type: g.predicate, claimId: g.relationship });
      } else {
        w.clearRelationships.push({
          type: g.predicate,
          claimId: g.relationship,
          properties: g.properties,
        });
      }
    }
    // Aliases it gave.
    const links = new Map<string, Map<NodeKey, string[]>>();
    for (const key of w.aliasKeys) {
      const alias = this.aliases.get(key);
      if (!alias) continue;
      const after = new Map(
        [...alias.links].map(([e, arts]) => [e, arts.filter((a) => a !== articleId)] as const),
      );
      links.set(key, after);
      w.refresh.push(...after.keys());
      const drop = [...after].some(([, arts]) => arts.length === 0);
      if (drop) w.deleteAliases.push(key);
    }
    // Subjects nothing mentions or quotes any more.
    for (const node of new Set(rows.flatMap((e) => (e.subject ? [e.subject] : [])))) {
      const s = this.subjects.get(node);
      const alive = [...(s?.supporters ?? [])].some((a) => a !== articleId);
      if (s?.orphanable && !alive && this.nodes.get(node)?.exists) w.deleteNodes.push(node);
    }
    if (this.undoesBatchWrites(w)) return undefined;

    for (const e of rows) {
      this.claims.get(e.claimId)?.supporters.delete(articleId);
      if (e.subject) this.subjects.get(e.subject)?.supporters.delete(articleId);
    }
    for (const [key, after] of links) {
      const alias = this.aliases.get(key);
      if (alias) alias.links = after;
    }
    for (const key of w.deleteAliases) this.aliases.delete(key);
    for (const node of w.deleteNodes) {
      this.nodes.set(node, absent());
      for (const key of this.subjects.get(node)?.aliasKeys ?? []) this.aliases.delete(key);
    }
    return w;
  }

  private undoesBatchWrites(w: Withdrawal): boolean {
    const overlaps = (written: Set<string> | undefined, properties: string[]) =>
      properties.some((p) => written?.has(p));
    return (
      w.deleteAliases.some((key) => this.written.aliases.has(key)) ||
      w.deleteNodes.some((node) => this.written.nodes.has(node)) ||
      w.deleteRelationships.some((r) => this.written.relationships.has(r.claimId)) ||
      w.clearRelationships.some((r) =>
        overlaps(this.written.relationships.get(r.claimId), r.properties),
      ) ||
      w.clearNodes.some((n) => overlaps(this.written.nodes.get(n.node), n.properties))
    );
  }

  /** Records what an article wrote, as writeArticleGraph would merge it. */
  apply(articleId: string, graph: ArticleGraph): void {
    for (const n of graph.nodes) {
      const key = nodeKey(n.label, n.id);
      const state = this.nodes.get(key) ?? absent();
      state.exists = true;
      if ('namedBy' in n.props) state.namedBy = (n.props.namedBy as string | null) ?? null;
      if ('kind' in n.props) state.kind = (n.props.kind as string | null) ?? null;
      if ('name' in n.props) state.name = (n.props.name as string | null) ?? null;
      this.nodes.set(key, state);
      const props = this.written.nodes.get(key) ?? new Set<string>();
      for (const p of Object.keys(n.props)) props.add(p);
      this.written.nodes.set(key, props);
    }
    for (const a of graph.aliases) {
      const alias = this.aliases.get(a.key) ?? { text: a.text, links: new Map() };
      const entity = nodeKey(a.entity.label, a.entity.id);
      alias.links.set(entity, withArticle(alias.links.get(entity) ?? [], articleId));
      this.aliases.set(a.key, alias);
      this.written.aliases.add(a.key);
    }
    for (const r of graph.rels) {
      const props = this.written.relationships.get(r.claimId) ?? new Set<string>();
      for (const p of Object.keys(r.props)) props.add(p);
      this.written.relationships.set(r.claimId, props);
    }
    for (const e of graph.evidence) {
      this.claims.get(e.claimId)?.supporters.add(articleId);
      this.subjects.get(nodeKey(e.subject.label, e.subject.id))?.supporters.add(articleId);
    }
  }
}
