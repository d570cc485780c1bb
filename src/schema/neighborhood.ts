import { z } from 'zod';
import type { FactRecord, NodeRecord } from '../graph/records.js';
import { FACT_REL_TYPES, type FactRelType, Label } from '../graph/vocabulary.js';
import { viewEdges, viewLevel, viewStart } from '../neo4j/reads/graph-view.js';
import { builder } from './builder.js';
import { KIND_OF_LABEL, labelOfKind, NodeKind, RelationshipType } from './enums.js';
import { GraphEdge, GraphNode, type ViewNode } from './graph-view.js';
import { decodeGlobalId } from './node-id.js';
import { MAX_PAGE_SIZE } from './pagination.js';

interface Neighborhood {
  center: ViewNode;
  nodes: ViewNode[];
  edges: FactRecord[];
  truncated: boolean;
}

/** Every kind but articles: they mention everything, and would join every node to every other. */
export const DEFAULT_VIEW_KINDS = Object.values(KIND_OF_LABEL).filter((k) => k !== 'ARTICLE');

const Neighborhood = builder.objectRef<Neighborhood>('Neighborhood').implement({
  description: 'The nodes and edges around a node, ready for a graph view.',
  fields: (t) => ({
    center: t.field({ type: GraphNode, resolve: (n) => n.center }),
    nodes: t.field({
      type: [GraphNode],
      description: 'The center first, then by distance from it.',
      resolve: (n) => n.nodes,
    }),
    edges: t.field({
      type: [GraphEdge],
      description: 'Every allowed relationship among the nodes.',
      resolve: (n) => n.edges,
    }),
    truncated: t.boolean({
      description: 'Whether more nodes were within reach than `first` allowed.',
      resolve: (n) => n.truncated,
    }),
  }),
});

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: Neighborhood,
    nullable: true,
    description:
      'What surrounds a node, up to `depth` hops: for graph views and "what is around X?". Null when the id names nothing.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, such as `Company:bollore`.' }),
      depth: t.arg.int({
        defaultValue: 1,
        validate: z.number().int().min(1, 'must be at least 1').max(3, 'must be at most 3'),
      }),
      kinds: t.arg({
        type: [NodeKind],
        description: 'The kinds of node to include; all but ARTICLE by default.',
      }),
      relationships: t.arg({
        type: [RelationshipType],
        description: 'The relationships to follow; all by default.',
      }),
      first: t.arg.int({
        defaultValue: 50,
        description: 'The most nodes to return besides the center.',
        validate: z
          .number()
          .int()
          .min(1, 'must be at least 1')
          .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
      }),
    },
    complexity: (args) => ({ field: 5, multiplier: args.first ?? 50 }),
    resolve: async (_root, args, ctx) => {
      const { typename, id } = decodeGlobalId(args.id);
      if (typename === Label.Evidence) return null;
      const labels = (args.kinds ?? DEFAULT_VIEW_KINDS).map(labelOfKind);
      const types = (args.relationships ?? FACT_REL_TYPES) as FactRelType[];
      const first = args.first ?? 50;
      return ctx.reader.transaction(async (run) => {
        const [start] = await run(viewStart(typename, id));
        if (!start) return null;
        const seen = new Map<string, ViewNode>([
          [start.eid as string, { record: start.node as NodeRecord, depth: 0 }],
        ]);
        let frontier = [start.eid as string];
        let truncated = false;
        for (let depth = 1; depth <= (args.depth ?? 1) && frontier.length > 0; depth++) {
          const cap = first - (seen.size - 1) + seen.size + 1;
          const next: string[] = [];
          for (const row of await run(viewLevel(frontier, types, labels, cap))) {
            const eid = row.eid as string;
            if (seen.has(eid)) continue;
            if (seen.size - 1 >= first) {
              truncated = true;
              break;
            }
            seen.set(eid, { record: row.node as NodeRecord, depth });
            next.push(eid);
          }
          frontier = next;
        }
        const edges = (await run(viewEdges([...seen.keys()], types))).map((row) => {
          const rel = row.rel as Pick<FactRecord, 'type' | 'props'>;
          return {
            ...rel,
            from: seen.get(row.from as string)?.record,
            to: seen.get(row.to as string)?.record,
          } as FactRecord;
        });
        const nodes = [...seen.values()];
        return { center: nodes[0] as ViewNode, nodes, edges, truncated };
      });
    },
  }),
}));
