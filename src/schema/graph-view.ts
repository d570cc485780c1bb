import type { GraphQLResolveInfo } from 'graphql';
import type { FactRecord, NodeRecord } from '../graph/records.js';
import type { ViewReads } from '../neo4j/reads/graph-view.js';
import { builder } from './builder.js';
import { KIND_OF_LABEL, NodeKind, type ViewLabel } from './enums.js';
import { Fact } from './fact.js';
import { reads } from './field-plan.js';
import { encodeGlobalId } from './node-id.js';
import { selectedProperties } from './selection-plan.js';

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

/*
 * A view reads of its nodes and edges what the selection's fields declare
 * (`reads`, of the node a GraphNode wraps): a field that declares nothing,
 * `node` or `properties`, has them read whole (viewReads below).
 */
export const GraphNode = builder.objectRef<ViewNode>('GraphNode').implement({
  description: 'A node of a graph view.',
  fields: (t) => ({
    id: t.id({
      extensions: reads(),
      description: 'The node’s global id; edges refer to it.',
      resolve: ({ record }) => encodeGlobalId(typename(record), record.id),
    }),
    kind: t.field({
      extensions: reads(),
      type: NodeKind,
      resolve: ({ record }) => KIND_OF_LABEL[typename(record)],
    }),
    label: t.string({
      extensions: reads('name', 'title'),
      description: 'What to print on it: a name or a title.',
      resolve: ({ record }) => {
        const r = record as NodeRecord & { name?: string; title?: string };
        return r.name ?? r.title ?? r.id;
      },
    }),
    depth: t.int({
      extensions: reads(),
      description: 'Hops from where the view starts.',
      resolve: (n) => n.depth,
    }),
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
      extensions: reads('claimId'),
      description: 'The claim id, unique per relationship.',
      resolve: (e) => e.props.claimId,
    }),
    source: t.id({
      extensions: reads(),
      description: 'The global id of the node it starts from.',
      resolve: (e) => encodeGlobalId(typename(e.from), e.from.id),
    }),
    target: t.id({
      extensions: reads(),
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

/**
 * What the current view field's selection reads of its nodes (GraphNodes at
 * `nodePaths` below it: their fields declare what they read of the node they
 * wrap) and of its edges (GraphEdges at `edgePaths`).
 */
export function viewReads(
  info: GraphQLResolveInfo,
  nodePaths: readonly (readonly string[])[],
  edgePaths: readonly (readonly string[])[],
): ViewReads {
  return {
    nodeProperties: selectedProperties(info, nodePaths),
    edgeProperties: selectedProperties(info, edgePaths),
  };
}
