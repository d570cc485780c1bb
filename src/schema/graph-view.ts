import type { GraphQLResolveInfo } from 'graphql';
import type { FactRecord, NodeRecord } from '../graph/records.js';
import type { ViewReads } from '../neo4j/reads/graph-view.js';
import { builder } from './builder.js';
import { KIND_OF_LABEL, NodeKind, type ViewLabel } from './enums.js';
import { Fact } from './fact.js';
import { encodeGlobalId } from './node-id.js';
import { selectedFieldNames } from './selection-plan.js';

/**
 * The shapes graph views share: nodes and edges a dashboard can draw as they
 * come (ids to join on, a kind to colour by, a label to print), with the full
 * node and the evidence a click away.
 */

export interface ViewNode {
  record: NodeRecord;
  /** Hops from where the view starts. */
  depth: number;
}

const typename = (record: NodeRecord) => record.__typename as ViewLabel;

export const GraphNode = builder.objectRef<ViewNode>('GraphNode').implement({
  description: 'A node of a graph view.',
  fields: (t) => ({
    id: t.id({
      description: 'The node’s global id; edges refer to it.',
      resolve: ({ record }) => encodeGlobalId(typename(record), record.id),
    }),
    kind: t.field({ type: NodeKind, resolve: ({ record }) => KIND_OF_LABEL[typename(record)] }),
    label: t.string({
      description: 'What to print on it: a name or a title.',
      resolve: ({ record }) => {
        const r = record as NodeRecord & { name?: string; title?: string };
        return r.name ?? r.title ?? r.id;
      },
    }),
    depth: t.int({ description: 'Hops from where the view starts.', resolve: (n) => n.depth }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The node itself, with all its fields.',
      resolve: ({ record }) => record as never,
    }),
  }),
});

export const GraphEdge = builder.objectRef<FactRecord>('GraphEdge').implement({
  description: 'A relationship of a graph view, in the direction it is stored.',
  interfaces: [Fact],
  fields: (t) => ({
    id: t.id({
      description: 'The claim id, unique per relationship.',
      resolve: (e) => e.props.claimId,
    }),
    source: t.id({
      description: 'The global id of the node it starts from.',
      resolve: (e) => encodeGlobalId(typename(e.from), e.from.id),
    }),
    target: t.id({
      description: 'The global id of the node it points to.',
      resolve: (e) => encodeGlobalId(typename(e.to), e.to.id),
    }),
    properties: t.field({
      type: 'JSONObject',
      description: 'Its properties (role, focus, kind, dates, …), claimId included.',
      resolve: (e) => e.props,
    }),
  }),
});

/** GraphEdge fields that need nothing of an edge but its type and ends. */
const EDGE_FIELDS_WITHOUT_PROPERTIES = new Set(['__typename', 'relationship', 'source', 'target']);

/**
 * What the current view field's selection needs of its nodes (GraphNodes at
 * `nodePaths` below it) and edges (GraphEdges at `edgePaths`): `node` needs
 * the node whole, `label` its name and title, the rest its key alone; an
 * edge's properties are read when a field other than its type and ends is asked.
 */
export function viewReads(
  info: GraphQLResolveInfo,
  nodePaths: readonly (readonly string[])[],
  edgePaths: readonly (readonly string[])[],
): ViewReads {
  const nodeFields = new Set(nodePaths.flatMap((path) => [...selectedFieldNames(info, path)]));
  const edgeFields = edgePaths.flatMap((path) => [...selectedFieldNames(info, path)]);
  return {
    nodes: nodeFields.has('node') ? 'all' : nodeFields.has('label') ? 'names' : 'key',
    edgeProperties: edgeFields.some((name) => !EDGE_FIELDS_WITHOUT_PROPERTIES.has(name)),
  };
}
