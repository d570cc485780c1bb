import type { FactRecord } from '../graph/records.js';
import { FACT_REL_TYPES, type FactRelType, Label } from '../graph/vocabulary.js';
import { walkNeighborhood } from '../neo4j/graph-walk.js';
import type { ViewDepth, ViewFilter } from '../neo4j/reads/graph-view.js';
import { builder } from './builder.js';
import { walkComplexity } from './cost.js';
import { KIND_OF_LABEL, labelOfKind, NodeKind, RelationshipType } from './enums.js';
import { GraphEdge, GraphNode, type ViewNode, viewReads } from './graph-view.js';
import { decodeGlobalId, localIds } from './node-id.js';
import { between, checkDateRange, nonEmptyList, pageSize } from './validators.js';

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

const NeighborhoodFilterInput = builder.inputType('NeighborhoodFilterInput', {
  description:
    'Narrows a neighbourhood to some partnerships, sectors and places. A partnership is kept only if it covers one of `sectors`, targets one of `places` and was signed within `signedFrom`..`signedTo`; with it go its PARTY_TO, COVERS, TARGETS and INCLUDES edges and the direct company edges and CONTRIBUTES edges that carry its id. A node reached only through what is left out is not in the view. Other facts (LEADS, SUBSIDIARY_OF, …) are kept. The center is always in the view. Ids that name nothing match nothing.',
  fields: (t) => ({
    sectors: t.idList({
      validate: nonEmptyList,
      description:
        'Sector ids (`logistics`) or global ids: partnerships that cover one of them, and no other sector (ACTIVE_IN, OFFERS, COVERS, IN_SECTOR only to these).',
    }),
    places: t.idList({
      validate: nonEmptyList,
      description:
        'Place ids (`china`) or global ids: partnerships that target one of them (the place itself: places are not nested), and no other place.',
    }),
    signedFrom: t.field({
      type: 'Date',
      description:
        'Partnerships signed on or after this day (inclusive); those without a signing date are left out.',
    }),
    signedTo: t.field({
      type: 'Date',
      description:
        'Partnerships signed on or before this day (inclusive); those without a signing date are left out.',
    }),
  }),
});

/** The filter argument as the walk takes it: local ids, checked; undefined parts not given. */
function viewFilter(
  f:
    | {
        sectors?: readonly string[] | null;
        places?: readonly string[] | null;
        signedFrom?: ViewFilter['signedFrom'] | null;
        signedTo?: ViewFilter['signedTo'] | null;
      }
    | null
    | undefined,
): ViewFilter | undefined {
  if (!f) return undefined;
  checkDateRange(f, 'signedFrom', 'signedTo');
  return {
    sectors: localIds(f.sectors, Label.Sector, 'filter.sectors'),
    places: localIds(f.places, Label.Place, 'filter.places'),
    signedFrom: f.signedFrom ?? undefined,
    signedTo: f.signedTo ?? undefined,
  };
}

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
        validate: between(1, 3),
      }),
      kinds: t.arg({
        type: [NodeKind],
        validate: nonEmptyList,
        description: 'The kinds of node to include; all but ARTICLE by default.',
      }),
      relationships: t.arg({
        type: [RelationshipType],
        validate: nonEmptyList,
        description: 'The relationships to follow; all by default.',
      }),
      first: t.arg.int({
        defaultValue: 50,
        description: 'The most nodes to return besides the center.',
        validate: pageSize,
      }),
      filter: t.arg({
        type: NeighborhoodFilterInput,
        description:
          'Only partnerships of these sectors, places and dates, and only these sectors and places (see NeighborhoodFilterInput); nothing is filtered by default.',
      }),
    },
    complexity: (args) => walkComplexity(args.depth ?? 1, args.first ?? 50),
    resolve: async (_root, args, ctx, info) => {
      const { typename, id } = decodeGlobalId(args.id);
      const filter = viewFilter(args.filter);
      if (typename === Label.Evidence) return null;
      const walk = await walkNeighborhood(
        ctx.reader,
        { label: typename, id },
        {
          // validate keeps depth within 1..3.
          depth: (args.depth ?? 1) as ViewDepth,
          types: (args.relationships ?? FACT_REL_TYPES) as FactRelType[],
          labels: (args.kinds ?? DEFAULT_VIEW_KINDS).map(labelOfKind),
          first: args.first ?? 50,
          filter,
          reads: viewReads(info, [['nodes'], ['center']], [['edges']]),
        },
      );
      return walk && { ...walk, center: walk.nodes[0] as ViewNode };
    },
  }),
}));
