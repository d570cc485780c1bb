import type { NodeLabel } from '../../graph/vocabulary.js';
import { type FactRelType, relTypeAlternatives } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/**
 * Reads for graph views: the neighbourhood of a node, level by level, and the
 * paths between two nodes. Only fact relationships are followed (never the
 * provenance edges to Evidence and Alias), of the types and between the labels
 * the caller allows.
 */

/** The node a view starts from, with its element id (valid within the transaction). */
export function viewStart(label: NodeLabel, id: string): Statement {
  return {
    cypher: `MATCH (n:${label} {id: $id}) RETURN elementId(n) AS eid, ${NODE_PROJECTION('n')} AS node`,
    params: { id },
  };
}

/**
 * One level of a breadth-first walk: the neighbours of the frontier through
 * the allowed types (named in the pattern, so Neo4j expands only those, never
 * the provenance edges), whose label is allowed, at most `cap` rows.
 */
export function viewLevel(
  frontier: readonly string[],
  types: readonly FactRelType[],
  labels: readonly NodeLabel[],
  cap: number,
): Statement {
  return {
    cypher: `
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r:${relTypeAlternatives(types)}]-(m)
WHERE any(label IN labels(m) WHERE label IN $labels)
WITH DISTINCT m
RETURN elementId(m) AS eid, ${NODE_PROJECTION('m')} AS node
ORDER BY coalesce(m.name, m.title, m.id), eid
LIMIT $cap`,
    params: { frontier, labels, cap },
  };
}

/** The allowed relationships among a set of nodes, each once, in stored direction. */
export function viewEdges(nodes: readonly string[], types: readonly FactRelType[]): Statement {
  return {
    cypher: `
UNWIND $nodes AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r:${relTypeAlternatives(types)}]->(b)
WHERE elementId(b) IN $nodes
RETURN elementId(a) AS from, elementId(b) AS to, {type: type(r), props: r {.*}} AS rel
ORDER BY type(r), r.claimId`,
    params: { nodes },
  };
}

/**
 * The search depth of `paths`: a quantifier per allowed maxHops, chosen from
 * this closed table rather than written from input.
 */
const HOPS = { 1: '{1,1}', 2: '{1,2}', 3: '{1,3}', 4: '{1,4}' } as const;
export type MaxHops = keyof typeof HOPS;
/** How many shortest paths are searched for before `first` cuts them. */
export const MAX_PATHS = 100;

/**
 * The shortest ways from one node to another, shortest first: up to
 * MAX_PATHS paths of at most maxHops allowed relationships, through nodes of
 * the allowed labels (the two ends may be of any), never through the same
 * node twice.
 */
export function pathsBetween(
  from: { label: NodeLabel; id: string },
  to: { label: NodeLabel; id: string },
  maxHops: MaxHops,
  types: readonly FactRelType[],
  labels: readonly NodeLabel[],
  first: number,
): Statement {
  return {
    cypher: `
MATCH (a:${from.label} {id: $fromId}), (b:${to.label} {id: $toId})
MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[:${relTypeAlternatives(types)}]-(x) WHERE x = b OR any(label IN labels(x) WHERE label IN $labels))${HOPS[maxHops]}(b)
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE all(n IN ns WHERE single(m IN ns WHERE m = n))
RETURN
  [n IN ns | ${NODE_PROJECTION('n')}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    props: properties(rs[i]),
    forward: startNode(rs[i]) = ns[i]
  }] AS rels
ORDER BY size(rs), [n IN ns | n.id]
LIMIT $first`,
    params: { fromId: from.id, toId: to.id, labels, first },
  };
}
