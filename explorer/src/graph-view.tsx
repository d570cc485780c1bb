import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { useEffect, useRef } from 'preact/hooks';
import Sigma from 'sigma';
import type { GraphData } from './graph-data';
import { NODE_KINDS, RELATIONSHIPS } from './vocabulary';

interface GraphViewProps {
  graph: GraphData;
  centre: string | undefined;
  selectedNode: string | undefined;
  selectedEdge: string | undefined;
  /** Nodes and edges of the path drawn; everything else fades. */
  path: Set<string>;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onExpand: (id: string) => void;
}

const FADED = '#d9d9d9';

/**
 * The network on a WebGL canvas (sigma.js over a graphology graph): nodes
 * coloured by kind, partnership edges coloured and thick by kind. Positions
 * survive updates, so expanding a node does not reshuffle the others.
 */
export function GraphView(props: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | undefined>(undefined);
  const positions = useRef(new Map<string, { x: number; y: number }>());
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    if (!container.current) return;
    const renderer = new Sigma(new Graph({ multi: true, type: 'directed' }), container.current, {
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelColor: { color: '#1a1a1a' },
      labelSize: 13,
      labelRenderedSizeThreshold: 4,
      defaultEdgeType: 'line',
      nodeReducer: (node, data) => {
        const { selectedNode, path } = latest.current;
        if (node === selectedNode) return { ...data, highlighted: true, zIndex: 2 };
        if (path.size && !path.has(node)) return { ...data, color: FADED, label: null };
        return data;
      },
      edgeReducer: (edge, data) => {
        const { selectedEdge, path } = latest.current;
        if (edge === selectedEdge) return { ...data, size: data.size + 3, zIndex: 2 };
        if (path.size && !path.has(edge)) return { ...data, color: FADED };
        return data;
      },
    });
    renderer.on('clickNode', ({ node }) => latest.current.onSelectNode(node));
    renderer.on('clickEdge', ({ edge }) => latest.current.onSelectEdge(edge));
    renderer.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      latest.current.onExpand(event.node);
    });
    sigma.current = renderer;
    return () => {
      renderer.kill();
      sigma.current = undefined;
    };
  }, []);

  useEffect(() => {
    const renderer = sigma.current;
    if (!renderer) return;
    const graph = renderer.getGraph();
    graph.clear();
    const known = positions.current;
    const fresh: string[] = [];
    props.graph.nodes.forEach((node, index) => {
      const place = known.get(node.id);
      if (!place) fresh.push(node.id);
      // New nodes start on a ring by depth, then the layout settles them.
      const angle = (index * 2.39996) % (2 * Math.PI);
      const radius = node.depth * 10 + Math.random();
      graph.addNode(node.id, {
        label: node.label,
        x: place?.x ?? radius * Math.cos(angle),
        y: place?.y ?? radius * Math.sin(angle),
        size: node.id === props.centre ? 14 : node.kind === 'COMPANY' ? 9 : 6,
        color: NODE_KINDS[node.kind].color,
      });
    });
    for (const edge of props.graph.edges) {
      if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
      const style = RELATIONSHIPS[edge.relationship];
      graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
        size: style.size,
        color: style.color,
        type: style.directed ? 'arrow' : 'line',
        label: style.label,
      });
    }
    if (fresh.length && graph.order > 1) {
      forceAtlas2.assign(graph, {
        iterations: known.size ? 30 : 120,
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300 },
      });
    }
    graph.forEachNode((id, attributes) => known.set(id, { x: attributes.x, y: attributes.y }));
    renderer.refresh();
    // The explorer benchmark reads when the first frame after a change was drawn.
    if (graph.order) requestAnimationFrame(() => performance.mark('accord:drawn'));
  }, [props.graph, props.centre]);

  useEffect(() => {
    sigma.current?.refresh({ skipIndexation: true });
  }, [props.selectedNode, props.selectedEdge, props.path]);

  return (
    <div
      ref={container}
      class="graph-canvas"
      role="img"
      aria-label={`Network of ${props.graph.nodes.length} nodes and ${props.graph.edges.length} links; the tables below list them.`}
      data-nodes={props.graph.nodes.length}
      data-edges={props.graph.edges.length}
    />
  );
}
