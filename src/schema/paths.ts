import type { FactRecord, NodeRecord } from '../graph/records.js';
import { FACT_REL_TYPES, type FactRelType, Label } from '../graph/vocabulary.js';
import { type MaxHops, pathsBetween } from '../neo4j/reads/graph-view.js';
import { builder } from './builder.js';
import { walkComplexity } from './cost.js';
import { labelOfKind, NodeKind, RelationshipType } from './enums.js';
import { GraphEdge, GraphNode, type ViewNode, viewReads } from './graph-view.js';
import { DEFAULT_VIEW_KINDS } from './neighborhood.js';
import { decodeGlobalId } from './node-id.js';
import { between, nonEmptyList, pageSize } from './validators.js';

interface Path {
  nodes: ViewNode[];
  edges: FactRecord[];
}

const Path = builder.objectRef<Path>('Path').implement({
  description: 'One way two nodes are connected: edges[i] joins nodes[i] and nodes[i + 1].',
  fields: (t) => ({
    length: t.int({ description: 'How many hops.', resolve: (p) => p.edges.length }),
    nodes: t.field({
      type: [GraphNode],
      description: 'From the start to the end.',
      resolve: (p) => p.nodes,
    }),
    edges: t.field({
      type: [GraphEdge],
      description:
        'Each hop: its relationship type, properties and evidence (source and target as stored).',
      resolve: (p) => p.edges,
    }),
  }),
});

interface PathRow {
  nodes: NodeRecord[];
  rels: (Pick<FactRecord, 'type' | 'props'> & { forward: boolean })[];
}

builder.queryFields((t) => ({
  paths: t.field({
    type: [Path],
    description:
      'How two nodes are connected: the shortest paths first, each hop with its evidence. Articles are left out unless `kinds` asks for them.',
    args: {
      from: t.arg.id({
        required: true,
        description: 'A global id, such as `Person:vincent-bollore`.',
      }),
      to: t.arg.id({
        required: true,
        description: 'A global id, such as `Company:alibaba-cloud`.',
      }),
      maxHops: t.arg.int({
        defaultValue: 3,
        validate: between(1, 4),
      }),
      kinds: t.arg({
        type: [NodeKind],
        validate: nonEmptyList,
        description: 'The kinds of node a path may pass through; all but ARTICLE by default.',
      }),
      relationships: t.arg({
        type: [RelationshipType],
        validate: nonEmptyList,
        description: 'The relationships a path may use; all by default.',
      }),
      first: t.arg.int({
        defaultValue: 10,
        validate: pageSize,
      }),
    },
    complexity: (args) => walkComplexity(args.maxHops ?? 3, args.first ?? 10),
    resolve: async (_root, args, ctx, info) => {
      const from = decodeGlobalId(args.from, 'from');
      const to = decodeGlobalId(args.to, 'to');
      if (from.typename === Label.Evidence || to.typename === Label.Evidence) return [];
      const rows = (await ctx.reader.rows(
        pathsBetween(
          { label: from.typename, id: from.id },
          { label: to.typename, id: to.id },
          (args.maxHops ?? 3) as MaxHops,
          (args.relationships ?? FACT_REL_TYPES) as FactRelType[],
          (args.kinds ?? DEFAULT_VIEW_KINDS).map(labelOfKind),
          args.first ?? 10,
          viewReads(info, [['nodes']], [['edges']]),
        ),
      )) as unknown as PathRow[];
      return rows.map((row) => ({
        nodes: row.nodes.map((record, depth) => ({ record, depth })),
        edges: row.rels.map(({ forward, ...rel }, i) => {
          const [a, b] = [row.nodes[i] as NodeRecord, row.nodes[i + 1] as NodeRecord];
          return { ...rel, from: forward ? a : b, to: forward ? b : a };
        }),
      }));
    },
  }),
}));
