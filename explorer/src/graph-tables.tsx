import type { GraphData, ViewNode } from './graph-data';
import { NODE_KINDS, RELATIONSHIPS } from './vocabulary';

interface GraphTablesProps {
  graph: GraphData;
  selectedNode: string | undefined;
  selectedEdge: string | undefined;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onExpand: (id: string) => void;
}

/**
 * The network as two tables beside the canvas: what a screen reader reads,
 * what a keyboard reaches, and what the browser tests click.
 */
export function GraphTables(props: GraphTablesProps) {
  const byId = new Map<string, ViewNode>(props.graph.nodes.map((node) => [node.id, node]));
  const name = (id: string) => byId.get(id)?.label ?? id;
  return (
    <div class="graph-tables">
      <details open>
        <summary>Links ({props.graph.edges.length})</summary>
        <table aria-label="Links of the network">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Link</th>
              <th scope="col">To</th>
              <th scope="col">Quotes</th>
            </tr>
          </thead>
          <tbody>
            {props.graph.edges.map((edge) => (
              <tr
                key={edge.id}
                data-edge-id={edge.id}
                aria-selected={edge.id === props.selectedEdge}
              >
                <td>{name(edge.source)}</td>
                <td>
                  <button
                    type="button"
                    class="link-button"
                    data-relationship={edge.relationship}
                    onClick={() => props.onSelectEdge(edge.id)}
                  >
                    {RELATIONSHIPS[edge.relationship].label}
                  </button>
                </td>
                <td>{name(edge.target)}</td>
                <td>{edge.evidence.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <details>
        <summary>Nodes ({props.graph.nodes.length})</summary>
        <table aria-label="Nodes of the network">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Hops</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {props.graph.nodes.map((node) => (
              <tr
                key={node.id}
                data-node-id={node.id}
                aria-selected={node.id === props.selectedNode}
              >
                <td>
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => props.onSelectNode(node.id)}
                  >
                    {node.label}
                  </button>
                </td>
                <td>{NODE_KINDS[node.kind].label}</td>
                <td>{node.depth}</td>
                <td>
                  <button type="button" onClick={() => props.onExpand(node.id)}>
                    Expand
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
