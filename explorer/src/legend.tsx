import type { RelationshipType } from './gql/graphql';
import type { GraphData } from './graph-data';
import { NODE_KINDS, RELATIONSHIPS } from './vocabulary';

/** What the colours mean: every node kind, and the link kinds on the canvas now. */
export function Legend({ graph }: { graph: GraphData }) {
  const shown = [...new Set(graph.edges.map((edge) => edge.relationship))] as RelationshipType[];
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">Legend</h2>
      <ul>
        {Object.entries(NODE_KINDS).map(([kind, { label }]) => (
          <li key={kind}>
            <span class="kind-dot" data-kind={kind} aria-hidden="true" />
            {label}
          </li>
        ))}
      </ul>
      <ul>
        {shown.map((type) => (
          <li key={type}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                stroke={RELATIONSHIPS[type].color}
                stroke-width={RELATIONSHIPS[type].size}
              />
            </svg>
            {RELATIONSHIPS[type].label}
          </li>
        ))}
      </ul>
    </section>
  );
}
