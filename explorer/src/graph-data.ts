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

/** The date a partnership edge was signed, when it says. */
export function signedOn(edge: ViewEdge): string | undefined {
  const value = edge.properties.signedOn;
  return typeof value === 'string' ? value : undefined;
}

/** What the filters ask of partnerships; an empty list asks nothing. */
export interface PartnershipFilter {
  sectors: string[];
  places: string[];
  signedFrom: string | undefined;
  signedTo: string | undefined;
}

/** The partnership an edge belongs to: the node it is party to, or the one it derives from. */
function partnershipOf(edge: ViewEdge): string | undefined {
  if (edge.relationship === 'PARTY_TO') return edge.target;
  if (edge.source.startsWith('Partnership:')) return edge.source;
  const id = edge.properties.partnershipId;
  return typeof id === 'string' ? `Partnership:${id}` : undefined;
}

/**
 * Keeps the partnerships that match every filter (signed within the dates,
 * covering one of the sectors, targeting one of the places) and the nodes
 * still linked to the centre; facts that belong to no partnership stay.
 * Sectors and places are judged from the COVERS and TARGETS links the view holds.
 */
export function filterPartnerships(graph: GraphData, filter: PartnershipFilter): GraphData {
  const { sectors, places, signedFrom, signedTo } = filter;
  if (!sectors.length && !places.length && !signedFrom && !signedTo) return graph;
  const reaching = (type: 'COVERS' | 'TARGETS', ids: string[]) =>
    new Set(
      graph.edges
        .filter((edge) => edge.relationship === type && ids.includes(edge.target))
        .map((edge) => edge.source),
    );
  const covering = reaching('COVERS', sectors);
  const targeting = reaching('TARGETS', places);
  const dates = new Map<string, string>();
  for (const edge of graph.edges) {
    const partnership = partnershipOf(edge);
    const date = signedOn(edge);
    if (partnership && date) dates.set(partnership, date);
  }
  const kept = (partnership: string) => {
    const date = dates.get(partnership);
    if (date && ((signedFrom && date < signedFrom) || (signedTo && date > signedTo))) return false;
    if (sectors.length && !covering.has(partnership)) return false;
    if (places.length && !targeting.has(partnership)) return false;
    return true;
  };
  const edges = graph.edges.filter((edge) => {
    const partnership = partnershipOf(edge);
    return !partnership || kept(partnership);
  });
  const linked = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  const nodes = graph.nodes.filter((node) => node.depth === 0 || linked.has(node.id));
  return { ...graph, nodes, edges };
}
