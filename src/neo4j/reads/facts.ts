import type { FactRelType, NodeLabel } from '../../graph/vocabulary.js';
import {
  assertRelType,
  Label,
  NAMED_LABELS,
  otherEndIs,
  Rel,
  relTypeAlternatives,
} from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/**
 * The order of the facts around a node: by the other node's name (its title
 * or id where it has no name), then by claim. Entities and partnerships always
 * have a name, so with one of those labels the key is `m.name` itself, which
 * Neo4j reads once for both the sort and the projection (a coalesce is read
 * again: 15-20% more db hits on a company's partners).
 */
export function factOrder(m: string, label: NodeLabel | undefined, r: string): string {
  return `${factOrderKey(m, label)}, ${r}.claimId`;
}

/** factOrder's first key: the other node's name, its title for an article, else a fallback. */
export function factOrderKey(m: string, label: NodeLabel | undefined): string {
  const named = NAMED_LABELS.some((l) => l === label);
  // An article has a title (its first line: the parser requires one) and
  // never a name: the same key, without reading a name or an id.
  return named
    ? `${m}.name`
    : label === Label.Article
      ? `${m}.title`
      : `coalesce(${m}.name, ${m}.title, ${m}.id)`;
}

/** Fact relationships of some types between two labels, as they are stored (start → end). */
export interface FactPattern {
  types: readonly [FactRelType, ...FactRelType[]];
  /** The start node's label; any label when absent. */
  from?: NodeLabel;
  /** The end node's label; any label when absent. */
  to?: NodeLabel;
}

/** A fact as rows carry it (a FactRecord): the relationship's type and properties, and its nodes in stored direction. */
const factMap = (r: string, from: string, to: string) =>
  `{type: type(${r}), props: ${r} {.*}, from: ${from}, to: ${to}}`;

/**
 * Which end of the pattern the given ids are on: `from` (the start node), `to`
 * (the end node), or `either` for relationships read without direction (the
 * symmetric partnership edges, where both ends have the same label).
 */
export type FactSide = 'from' | 'to' | 'either';

/** Which end of the relationship the anchor (the node a fact is read from) is, for each side. */
const ANCHOR_END = { from: 'start', to: 'end', either: 'either' } as const satisfies Record<
  FactSide,
  'start' | 'end' | 'either'
>;

/**
 * The label a match from `side` checks at the other end: the pattern's, but
 * none where every type implies it (REL_ENDS), a db hit per row saved.
 */
export function otherLabelToCheck(pattern: FactPattern, side: FactSide): NodeLabel | undefined {
  const other = side === 'to' ? pattern.from : pattern.to;
  return other && !otherEndIs(pattern.types, ANCHOR_END[side], other) ? other : undefined;
}

const ARROWS: Record<FactSide, (types: string) => string> = {
  from: (types) => `-[r:${types}]->`,
  to: (types) => `<-[r:${types}]-`,
  either: (types) => `-[r:${types}]-`,
};

/**
 * The facts matching a pattern around each node of `ids`, batched: one row per
 * relationship: its key (the id it was found from) and the fact (type,
 * properties, both nodes in stored direction). Rows come ordered by key, then by the
 * other node's name.
 */
export function factsOf(pattern: FactPattern, side: FactSide, ids: readonly string[]): Statement {
  if (side === 'either' && pattern.from !== pattern.to) {
    throw new Error(
      `factsOf: 'either' needs one label on both ends, got ${pattern.from}/${pattern.to}`,
    );
  }
  const anchor = side === 'to' ? pattern.to : pattern.from;
  const other = side === 'to' ? pattern.from : pattern.to;
  // The ids are looked up through the anchor label's id constraint, never by a scan.
  if (!anchor) throw new Error(`factsOf: the ${side} end needs a label to find ids by`);
  const label = (l: NodeLabel | undefined) => (l ? `:${l}` : '');
  return {
    cypher: `
UNWIND $ids AS key
MATCH (n${label(anchor)} {id: key})${ARROWS[side](relTypeAlternatives(pattern.types))}(m${label(otherLabelToCheck(pattern, side))})
WITH key, r, n, m, startNode(r) = n AS forward
RETURN key, ${factMap(
      'r',
      `CASE WHEN forward THEN ${NODE_PROJECTION('n')} ELSE ${NODE_PROJECTION('m')} END`,
      `CASE WHEN forward THEN ${NODE_PROJECTION('m')} ELSE ${NODE_PROJECTION('n')} END`,
    )} AS fact
ORDER BY key, ${factOrder('m', other, 'r')}`,
    params: { ids },
  };
}

/** Evidence nodes by the claim they support or the article they quote, ordered by article and position. */
export function evidenceBy(property: 'claimId' | 'articleId', keys: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $keys AS key
MATCH (e:${Label.Evidence} {${property}: key})
RETURN key, e {.*} AS evidence
ORDER BY key, e.articleId, e.start, e.claimId`,
    params: { keys },
  };
}

/**
 * The contributions made within partnerships: CONTRIBUTES edges carry their
 * partnership's id (the contributor need not be a party, a subsidiary may
 * be), found through the relationship index on `partnershipId`.
 */
export function contributionsWithin(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS key
MATCH (c:${Label.Company})-[r:${Rel.CONTRIBUTES}]->(s:${Label.Sector})
WHERE r.partnershipId = key
RETURN key, ${factMap('r', NODE_PROJECTION('c'), NODE_PROJECTION('s'))} AS fact
ORDER BY key, c.id, s.name`,
    params: { ids: partnershipIds },
  };
}

/**
 * Relationships by claim id (`TYPE:from->to@scope`, claim-id.ts): one branch
 * per relationship type of the batch, each seeking that type's claimId index
 * (relationships are indexed per type; an untyped match would scan them all).
 * A claim id names its type, so only its own branch finds it. One row per
 * claim found, keyed by claim id.
 */
export function factsByClaim(claims: readonly { claimId: string; type: FactRelType }[]): Statement {
  // Only the batch's types: a branch per type of the vocabulary cost 5 times the db hits and the planning.
  const types = [...new Set(claims.map((c) => assertRelType(c.type)))].sort();
  if (types.length === 0) throw new Error('factsByClaim: no claim');
  const branches = types.map(
    (type) => `MATCH (a)-[r:${type} {claimId: claim.claimId}]->(b) RETURN r, a, b`,
  );
  return {
    cypher: `
UNWIND $claims AS claim
CALL (claim) {
  ${branches.join('\n  UNION ALL\n  ')}
}
RETURN claim.claimId AS key, ${factMap('r', NODE_PROJECTION('a'), NODE_PROJECTION('b'))} AS fact`,
    params: { claims: claims.map(({ claimId }) => ({ claimId })) },
  };
}
