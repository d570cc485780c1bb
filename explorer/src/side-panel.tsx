import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from './api';
import { EvidenceList } from './evidence-list';
import type { ExplorerEvidenceFragment, ExplorerNodeQuery } from './gql/graphql';
import type { GraphData } from './graph-data';
import { NodeDetails } from './operations';
import type { ViewState } from './view-state';
import { NODE_KINDS, RELATIONSHIPS } from './vocabulary';

interface SidePanelProps {
  graph: GraphData;
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
}

/** The selected link or node: its properties and the quotes that support it. */
export function SidePanel({ graph, state, update }: SidePanelProps) {
  const close = () => update({ node: undefined, edge: undefined });
  const edge = state.edge ? graph.edges.find((item) => item.id === state.edge) : undefined;
  const panel = useRef<HTMLElement>(null);
  // A keyboard or screen-reader user lands in the panel that opened; Escape closes it.
  useEffect(() => panel.current?.focus(), [state.node, state.edge]);
  if (!state.node && !state.edge) return null;
  return (
    <aside
      ref={panel}
      class="side-panel"
      aria-labelledby="panel-title"
      tabIndex={-1}
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <button type="button" class="close" onClick={close} aria-label="Close the panel">
        ×
      </button>
      {edge ? (
        <>
          <h2 id="panel-title">
            {label(graph, edge.source)} — {RELATIONSHIPS[edge.relationship].label} —{' '}
            {label(graph, edge.target)}
          </h2>
          <Properties values={edge.properties} />
          <h3>Quotes</h3>
          <EvidenceList evidence={edge.evidence} state={state} update={update} />
        </>
      ) : state.node ? (
        <NodePanel id={state.node} state={state} update={update} />
      ) : (
        <h2 id="panel-title">This link is not on the network shown.</h2>
      )}
    </aside>
  );
}

const label = (graph: GraphData, id: string) =>
  graph.nodes.find((node) => node.id === id)?.label ?? id;

function NodePanel({ id, state, update }: { id: string } & Omit<SidePanelProps, 'graph'>) {
  const [node, setNode] = useState<ExplorerNodeQuery['node']>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    setNode(undefined);
    request(NodeDetails, { id }).then(
      (data) => current && setNode(data.node),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [id]);
  if (error) return <p role="alert">{error}</p>;
  if (!node) return <p aria-live="polite">Loading…</p>;
  const { __typename, id: _id, ...fields } = node as Record<string, unknown>;
  const evidence = ['founded', 'signed', 'scoped'].flatMap(
    (key) => (fields[key] as ExplorerEvidenceFragment[] | undefined) ?? [],
  );
  const values = Object.fromEntries(
    Object.entries(fields).filter(
      ([key]) => !['founded', 'signed', 'scoped', 'name'].includes(key),
    ),
  );
  const kind = NODE_KINDS[String(__typename).toUpperCase() as keyof typeof NODE_KINDS];
  return (
    <>
      <h2 id="panel-title">{String(fields.name ?? id)}</h2>
      <p>
        {kind?.label ?? String(__typename)} · <code>{id}</code>
      </p>
      <p class="actions">
        <button type="button" onClick={() => update({ entity: id, expanded: [], node: undefined })}>
          Centre the network here
        </button>
        <button
          type="button"
          onClick={() => update({ expanded: [...new Set([...state.expanded, id])] })}
        >
          Expand
        </button>
      </p>
      <Properties values={values} />
      <h3>Quotes</h3>
      <EvidenceList evidence={evidence} state={state} update={update} />
    </>
  );
}

function Properties({ values }: { values: Record<string, unknown> }) {
  const shown = Object.entries(values).filter(
    ([, value]) =>
      value !== null && value !== undefined && !(Array.isArray(value) && !value.length),
  );
  if (!shown.length) return null;
  return (
    <dl class="properties">
      {shown.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{Array.isArray(value) ? value.join(', ') : String(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
