import type { FactRecord, NodeRecord } from '../graph/records.js';
import type { FactRelType, NodeLabel } from '../graph/vocabulary.js';
import type { GraphReader } from './reader.js';
import { viewEdges, viewLevel, viewStart } from './reads/graph-view.js';

export interface WalkOptions {
  /** How many hops from the start. */
  depth: number;
  /** The relationships followed. */
  types: readonly FactRelType[];
  /** The labels of the nodes kept. */
  labels: readonly NodeLabel[];
  /** The most nodes kept besides the start. */
  first: number;
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
 * A breadth-first walk from one node, in one read transaction: one statement
 * per level, then one for the relationships among the nodes kept. Null when
 * the start does not exist.
 */
export function walkNeighborhood(
  reader: GraphReader,
  start: { label: NodeLabel; id: string },
  { depth, types, labels, first }: WalkOptions,
): Promise<Walk | null> {
  return reader.transaction(async (run) => {
    const [origin] = await run(viewStart(start.label, start.id));
    if (!origin) return null;
    const kept = new Map([[origin.eid as string, { record: origin.node as NodeRecord, depth: 0 }]]);
    let frontier = [origin.eid as string];
    let truncated = false;
    for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
      // A level may return every node already kept (its neighbours include the
      // level before), then the new ones: room for all of those, plus one to
      // tell whether the budget was exceeded.
      const cap = kept.size + (first - (kept.size - 1)) + 1;
      const next: string[] = [];
      for (const row of await run(viewLevel(frontier, types, labels, cap))) {
        const eid = row.eid as string;
        if (kept.has(eid)) continue;
        if (kept.size - 1 >= first) {
          truncated = true;
          break;
        }
        kept.set(eid, { record: row.node as NodeRecord, depth: level });
        next.push(eid);
      }
      frontier = next;
    }
    const edges = (await run(viewEdges([...kept.keys()], types))).map((row) => ({
      ...(row.rel as Pick<FactRecord, 'type' | 'props'>),
      from: kept.get(row.from as string)?.record as NodeRecord,
      to: kept.get(row.to as string)?.record as NodeRecord,
    }));
    return { nodes: [...kept.values()], edges, truncated };
  });
}
