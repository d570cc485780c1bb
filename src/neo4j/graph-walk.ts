import type { FactRecord, NodeRecord } from '../graph/records.js';
import type { FactRelType, NodeLabel } from '../graph/vocabulary.js';
import type { GraphReader } from './reader.js';
import {
  neighborhoodView,
  type ViewDepth,
  type ViewFilter,
  type ViewReads,
} from './reads/graph-view.js';

export interface WalkOptions {
  /** How many hops from the start. */
  depth: ViewDepth;
  /** The relationships followed. */
  types: readonly FactRelType[];
  /** The labels of the nodes kept. */
  labels: readonly NodeLabel[];
  /** The most nodes kept besides the start. */
  first: number;
  /** Which partnerships, sectors and places are kept; everything when absent. */
  filter?: ViewFilter | undefined;
  /** What is read of the nodes and edges; everything when absent. */
  reads?: ViewReads | undefined;
}

export interface Walk {
  /** The start first, then the others in the order they were reached. */
  nodes: { record: NodeRecord; depth: number }[];
  /** Every followed relationship among the kept nodes, in stored direction. */
  edges: FactRecord[];
  /** Whether more nodes were in reach than `first` allowed. */
  truncated: boolean;
}

/**
 * A breadth-first walk from one node (reads/graph-view.ts), in one statement.
 * Null when the start does not exist.
 */
export async function walkNeighborhood(
  reader: GraphReader,
  start: { label: NodeLabel; id: string },
  options: WalkOptions,
): Promise<Walk | null> {
  const [row] = await reader.rows(neighborhoodView(start, options));
  if (!row) return null;
  const byEid = new Map(row.nodes.map((n) => [n.eid, n.node]));
  return {
    nodes: row.nodes.map(({ node, depth }) => ({ record: node, depth })),
    edges: row.edges.map(({ from, to, type, props }) => ({
      type,
      props,
      from: byEid.get(from) as NodeRecord,
      to: byEid.get(to) as NodeRecord,
    })),
    truncated: row.truncated,
  };
}
