import { useEffect, useState } from 'preact/hooks';
import { request } from './api';
import { EvidenceList } from './evidence-list';
import type { ExplorerPathsQuery } from './gql/graphql';
import type { GraphData } from './graph-data';
import { PathsBetween } from './operations';
import { SearchBox } from './search-box';
import type { ViewState } from './view-state';
import { RELATIONSHIPS } from './vocabulary';

export type FoundPath = ExplorerPathsQuery['paths'][number];

interface PathFinderProps {
  state: ViewState;
  update: (patch: Partial<ViewState>) => void;
  /** The shortest path found, to draw on the network. */
  onPath: (path: GraphData | undefined) => void;
}

/** How the centre connects to another entity: the shortest path drawn, each hop with its quotes. */
export function PathFinder({ state, update, onPath }: PathFinderProps) {
  const [paths, setPaths] = useState<FoundPath[]>();
  const [error, setError] = useState<string>();
  const { entity, pathTo } = state;

  useEffect(() => {
    if (!entity || !pathTo) {
      setPaths(undefined);
      onPath(undefined);
      return;
    }
    let current = true;
    request(PathsBetween, { from: entity, to: pathTo, maxHops: 4 }).then(
      (data) => {
        if (!current) return;
        setPaths(data.paths);
        setError(undefined);
        const shortest = data.paths[0];
        onPath(
          shortest ? { nodes: shortest.nodes, edges: shortest.edges, truncated: false } : undefined,
        );
      },
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [entity, pathTo]);

  if (!entity) return null;
  const shortest = paths?.[0];
  return (
    <section class="path-finder" aria-labelledby="path-title">
      <h2 id="path-title">Path finder</h2>
      <SearchBox
        idPrefix="path"
        label="How is it connected to…"
        onPick={(id) => update({ pathTo: id })}
      />
      {error && <p role="alert">{error}</p>}
      {paths && !shortest && <p>No path of 4 hops or fewer.</p>}
      {shortest && (
        <>
          <p>
            {paths.length} path{paths.length > 1 ? 's' : ''}; the shortest ({shortest.length} hop
            {shortest.length > 1 ? 's' : ''}) is drawn.{' '}
            <button type="button" onClick={() => update({ pathTo: undefined })}>
              Clear the path
            </button>
          </p>
          <ol class="path-hops">
            {shortest.edges.map((edge, index) => (
              <li key={edge.id}>
                <strong>{shortest.nodes[index]?.label}</strong> —{' '}
                {RELATIONSHIPS[edge.relationship].label} —{' '}
                <strong>{shortest.nodes[index + 1]?.label}</strong>
                <EvidenceList evidence={edge.evidence.slice(0, 2)} state={state} update={update} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
