import type { ExplorerEvidenceFragment, NodeKind, RelationshipType } from './gql/graphql';

export interface ViewNode {
  id: string;
  kind: NodeKind;
  label: string;
  depth: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  relationship: RelationshipType;
  properties: Record<string, unknown>;
  evidence: ExplorerEvidenceFragment[];
}

/** What the canvas and the table beside it show. */
export interface GraphData {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /** More nodes were within reach than were asked for. */
  truncated: boolean;
}

export const EMPTY_GRAPH: GraphData = { nodes: [], edges: [], truncated: false };

/** Two views as one: nodes and edges by id, the first view's depths kept. */
export function mergeGraphs(a: GraphData, b: GraphData): GraphData {
  const nodes = new Map(a.nodes.map((node) => [node.id, node]));
  for (const node of b.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const edges = new Map(a.edges.map((edge) => [edge.id, edge]));
  for (const edge of b.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: a.truncated || b.truncated,
  };
}
