import type { CalendarDate } from '../../graph/calendar-date.js';
import type { FactRecord, NodeRecord } from '../../graph/records.js';
import type { NodeLabel } from '../../graph/vocabulary.js';
import {
  type FactRelType,
  Label,
  Rel,
  relTypeAlternatives,
  typesBetween,
  typesWithin,
} from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { fromNeo4jValue } from '../values.js';
import { NODE_PROJECTION } from './nodes.js';
import { checkedProperty } from './projection.js';

/**
 * Reads for graph views: the neighbourhood of a node, level by level, and the
 * paths between two nodes. Only fact relationships are followed (never the
 * provenance edges to Evidence and Alias), of the types and between the labels
 * the caller allows.
 */

/**
 * What a view reads of its nodes and edges, as the request asks: the
 * properties of each node besides its key (id and label), and of each edge
 * besides its type and ends; all of them (`true`) or only these. Each
 * property left unread is a db hit saved.
 */
export interface ViewReads {
  nodeProperties: true | readonly string[];
  edgeProperties: true | readonly string[];
}
export const READ_ALL: ViewReads = { nodeProperties: true, edgeProperties: true };

function viewNode(v: string, { nodeProperties }: ViewReads): string {
  if (nodeProperties === true) return NODE_PROJECTION(v);
  const properties = nodeProperties.filter((p) => p !== 'id').map((p) => `.${checkedProperty(p)}`);
  return `${v} {${['.id', ...properties, `__typename: labels(${v})[0]`].join(', ')}}`;
}

/** `r` may be an expression (`rs[i]`), which a map projection does not take: a map literal instead. */
function viewEdgeProperties(r: string, { edgeProperties }: ViewReads): string {
  if (edgeProperties === true) return `properties(${r})`;
  const entries = edgeProperties.map((p) => `${checkedProperty(p)}: ${r}.${p}`);
  return `{${entries.join(', ')}}`;
}

/** What a neighbourhood statement returns: the kept nodes in the order reached, and the edges among them. */
export interface NeighborhoodRow {
  nodes: { eid: string; depth: number; node: NodeRecord }[];
  edges: { from: string; to: string; type: string; props: FactRecord['props'] }[];
  truncated: boolean;
}

/** Depths a neighbourhood may reach: each is one level of the statement, from this closed table. */
export type ViewDepth = 1 | 2 | 3;

/**
 * What a neighbourhood keeps of partnerships, and of sectors and places: each
 * part given narrows the view (ids are local ids; unknown ones match nothing).
 * - A partnership is kept only if it covers one of `sectors`, targets one of
 *   `places`, and was signed within `signedFrom`..`signedTo` (inclusive; one
 *   without a signing date is left out when either bound is given). Edges
 *   carrying the `partnershipId` of one left out (the direct company edges,
 *   CONTRIBUTES) are left out too.
 * - With `sectors`, the only sectors kept are those; with `places`, the only
 *   places (so ACTIVE_IN, OFFERS, COVERS, … only to them).
 * The start is always kept; a partnership start that fails the filter is
 * shown alone. A node reached only through what is left out is not reached.
 */
export interface ViewFilter {
  sectors?: readonly string[] | undefined;
  places?: readonly string[] | undefined;
  signedFrom?: CalendarDate | undefined;
  signedTo?: CalendarDate | undefined;
}

/** Cypher conditions of a ViewFilter, over parameters `$filterSectors`, … (only the parts given). */
function filterConditions(filter: ViewFilter) {
  const partnership = (p: string) =>
    [
      ...(filter.sectors
        ? [`EXISTS { (${p})-[:${Rel.COVERS}]->(fs:${Label.Sector}) WHERE fs.id IN $filterSectors }`]
        : []),
      ...(filter.places
        ? [`EXISTS { (${p})-[:${Rel.TARGETS}]->(fp:${Label.Place}) WHERE fp.id IN $filterPlaces }`]
        : []),
      ...(filter.signedFrom ? [`${p}.signedOn >= $filterFrom`] : []),
      ...(filter.signedTo ? [`${p}.signedOn <= $filterTo`] : []),
    ].join(' AND ') || 'true';
  const node = (m: string) =>
    [
      `(NOT ${m}:${Label.Partnership} OR (${partnership(m)}))`,
      ...(filter.sectors ? [`(NOT ${m}:${Label.Sector} OR ${m}.id IN $filterSectors)`] : []),
      ...(filter.places ? [`(NOT ${m}:${Label.Place} OR ${m}.id IN $filterPlaces)`] : []),
    ].join(' AND ');
  const relationship = (r: string) =>
    `(${r}.partnershipId IS NULL OR EXISTS { MATCH (fq:${Label.Partnership} {id: ${r}.partnershipId}) WHERE ${partnership('fq')} })`;
  return { partnership, node, relationship };
}

function filterParams(filter: ViewFilter) {
  return {
    ...(filter.sectors ? { filterSectors: filter.sectors } : {}),
    ...(filter.places ? { filterPlaces: filter.places } : {}),
    ...(filter.signedFrom ? { filterFrom: filter.signedFrom } : {}),
    ...(filter.signedTo ? { filterTo: filter.signedTo } : {}),
  };
}

/** Whether a filter narrows anything. */
export function narrows(filter: ViewFilter | undefined): filter is ViewFilter {
  return !!filter && Object.values(filter).some((v) => v !== undefined);
}

/**
 * A breadth-first walk from one node, in one statement: level by level, the
 * neighbours of the frontier through the allowed types (named in the pattern,
 * so Neo4j expands only those, never the provenance edges) whose label is
 * allowed, not kept yet and, with a filter, kept by it, by name; kept while
 * fewer than `first` besides the start, `truncated` when a level had more.
 * Then every allowed relationship among the kept nodes (that the filter
 * keeps), once, in stored direction. No row when the start does not exist.
 */
export function neighborhoodView(
  start: { label: NodeLabel; id: string },
  options: {
    depth: ViewDepth;
    types: readonly FactRelType[];
    labels: readonly NodeLabel[];
    first: number;
    filter?: ViewFilter | undefined;
    reads?: ViewReads | undefined;
  },
): Statement<NeighborhoodRow> {
  const reads = options.reads ?? READ_ALL;
  // Every node kept is the start or of an allowed label: only types joining those are walked.
  const walked = typesBetween(options.types, [start.label, ...options.labels]);
  const types = relTypeAlternatives(walked);
  // Reading labels costs a db hit per neighbour: skipped when the types reach no other label.
  const allowed = typesWithin(walked, options.labels)
    ? ''
    : 'any(label IN labels(m) WHERE label IN $labels) AND ';
  const filter = narrows(options.filter) ? filterConditions(options.filter) : undefined;
  const kept = filter ? `${filter.node('m')} AND ${filter.relationship('r')} AND ` : '';
  const among = filter ? ` AND ${filter.relationship('r')}` : '';
  // A partnership start the filter leaves out has nothing around it.
  const open = filter && start.label === Label.Partnership ? filter.partnership('s') : 'true';
  const level = (depth: number) => `
CALL (kept, frontier) {
  UNWIND frontier AS n
  MATCH (n)-[r:${types}]-(m)
  WHERE ${allowed}${kept}NOT m IN kept
  WITH DISTINCT m
  ORDER BY coalesce(m.name, m.title, m.id), elementId(m)
  RETURN collect(m) AS found
}
WITH kept, depths, truncated, found, $first - (size(kept) - 1) AS room
WITH kept + found[0..room] AS kept,
     depths + [x IN found[0..room] | ${depth}] AS depths,
     CASE WHEN size(found) > room THEN [] ELSE found END AS frontier,
     truncated OR size(found) > room AS truncated`;
  return {
    cypher: `
MATCH (s:${start.label} {id: $id})
WITH [s] AS kept, CASE WHEN ${open} THEN [s] ELSE [] END AS frontier, [0] AS depths, false AS truncated
${Array.from({ length: options.depth }, (_, i) => level(i + 1)).join('\n')}
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:${types}]->(b)
  WHERE b IN kept${among}
  WITH r ORDER BY type(r), r.claimId
  RETURN collect({from: elementId(startNode(r)), to: elementId(endNode(r)), type: type(r), props: ${viewEdgeProperties('r', reads)}}) AS edges
}
UNWIND range(0, size(kept) - 1) AS i
WITH kept[i] AS n, depths[i] AS depth, i, edges, truncated
ORDER BY i
RETURN collect({eid: elementId(n), depth: depth, node: ${viewNode('n', reads)}}) AS nodes, edges, truncated`,
    params: {
      id: start.id,
      labels: options.labels,
      first: options.first,
      ...(options.filter ? filterParams(options.filter) : {}),
    },
    decode: (record) => fromNeo4jValue(record) as NeighborhoodRow,
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
  reads: ViewReads = READ_ALL,
): Statement {
  // Each hop joins two nodes that are an end or of an allowed label: only types joining those are expanded.
  const usable = typesBetween(types, [from.label, to.label, ...labels]);
  const through = typesWithin(usable, labels)
    ? ''
    : ' WHERE x = b OR any(label IN labels(x) WHERE label IN $labels)';
  return {
    cypher: `
MATCH (a:${from.label} {id: $fromId}), (b:${to.label} {id: $toId})
MATCH p = SHORTEST ${MAX_PATHS} (a)(()-[:${relTypeAlternatives(usable)}]-(x)${through})${HOPS[maxHops]}(b)
WITH p, nodes(p) AS ns, relationships(p) AS rs
WHERE all(n IN ns WHERE single(m IN ns WHERE m = n))
// Sorted and cut before anything is projected: only the paths returned are read.
WITH ns, rs
ORDER BY size(rs), [n IN ns | n.id]
LIMIT $first
RETURN
  [n IN ns | ${viewNode('n', reads)}] AS nodes,
  [i IN range(0, size(rs) - 1) | {
    type: type(rs[i]),
    props: ${viewEdgeProperties('rs[i]', reads)},
    forward: startNode(rs[i]) = ns[i]
  }] AS rels
ORDER BY size(rs), [n IN ns | n.id]`,
    params: { fromId: from.id, toId: to.id, labels, first },
  };
}
