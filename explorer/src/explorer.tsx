import { useEffect, useMemo, useState } from 'preact/hooks';
import { request } from './api';
import { ArticleView } from './article-view';
import { Filters } from './filters';
import type { NeighborhoodFilterInput } from './gql/graphql';
import { EMPTY_GRAPH, type GraphData, mergeGraphs, type ViewNode } from './graph-data';
import { GraphTables } from './graph-tables';
import { GraphView } from './graph-view';
import { Legend } from './legend';
import { Neighbourhood } from './operations';
import { PathFinder } from './path-finder';
import { SearchBox } from './search-box';
import { SidePanel } from './side-panel';
import { useViewState, type ViewState } from './view-state';

/** The most nodes a neighbourhood brings: its first page. */
export const FIRST_PAGE = 50;

/** The API's filter of partnerships for the view's sectors, places and dates; null when none is set. */
function filterOf(state: ViewState): NeighborhoodFilterInput | null {
  const { sectors, places, signedFrom, signedTo } = state;
  if (!sectors.length && !places.length && !signedFrom && !signedTo) return null;
  return {
    sectors: sectors.length ? sectors : null,
    places: places.length ? places : null,
    signedFrom: signedFrom ?? null,
    signedTo: signedTo ?? null,
  };
}

async function loadNetwork(state: ViewState): Promise<GraphData> {
  const ids = state.entity ? [state.entity, ...state.expanded] : [];
  const views = await Promise.all(
    ids.map((id, index) =>
      request(Neighbourhood, {
        id,
        depth: index === 0 ? state.depth : 1,
        first: FIRST_PAGE,
        relationships: state.relationships.length ? state.relationships : null,
        filter: filterOf(state),
      }),
    ),
  );
  return views.reduce<GraphData>((graph, data) => {
    const view = data.neighborhood;
    return view ? mergeGraphs(graph, view) : graph;
  }, EMPTY_GRAPH);
}

/** The explorer: search, the network with its tables, filters, legend, path finder, panels. */
export function Explorer() {
  const [state, update] = useViewState();
  const [network, setNetwork] = useState<GraphData>(EMPTY_GRAPH);
  const [path, setPath] = useState<GraphData>();
  const [status, setStatus] = useState<string>('');
  const networkKey = JSON.stringify([
    state.entity,
    state.depth,
    state.relationships,
    state.expanded,
    filterOf(state),
  ]);
  // The sectors and places the filters offer: every one seen around this entity, kept while filtering.
  const [facets, setFacets] = useState<ViewNode[]>([]);

  useEffect(() => {
    if (!state.entity) return;
    let current = true;
    setStatus('Loading the network…');
    const started = performance.now();
    loadNetwork(state).then(
      (graph) => {
        if (!current) return;
        setNetwork(graph);
        setFacets((seen) => {
          const known = new Map(seen.map((node) => [node.id, node]));
          for (const node of graph.nodes) {
            if (node.kind === 'SECTOR' || node.kind === 'PLACE') known.set(node.id, node);
          }
          return [...known.values()];
        });
        setStatus(
          graph.nodes.length
            ? `${graph.nodes.length} nodes, ${graph.edges.length} links${graph.truncated ? ' (the first page only)' : ''}.`
            : `Nothing is known about ${state.entity}.`,
        );
        // The explorer benchmark reads this mark.
        performance.measure('accord:network', { start: started });
      },
      (failure: Error) =>
        current && setStatus(`The network could not be loaded: ${failure.message}`),
    );
    return () => {
      current = false;
    };
  }, [networkKey]);

  useEffect(() => setFacets([]), [state.entity]);
  const shown = useMemo(() => (path ? mergeGraphs(network, path) : network), [network, path]);
  const pathIds = useMemo(
    () => new Set(path ? [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)] : []),
    [path],
  );

  const select = {
    onSelectNode: (id: string) => update({ node: id, edge: undefined }),
    onSelectEdge: (id: string) => update({ edge: id, node: undefined }),
    onExpand: (id: string) =>
      update({ expanded: state.expanded.includes(id) ? state.expanded : [...state.expanded, id] }),
  };

  return (
    <div class="explorer">
      <header class="top">
        <h1>
          <a href="/explore/">Accord explorer</a>
        </h1>
        <nav aria-label="Accord">
          <a href="/explore/dashboard">Dashboard</a> <a href="/graphql">GraphiQL</a>
        </nav>
        <SearchBox
          idPrefix="search"
          label="Find a company, person, sector, place or project"
          onPick={(id) =>
            update({
              entity: id,
              expanded: [],
              node: id,
              edge: undefined,
              article: undefined,
              pathTo: undefined,
            })
          }
        />
      </header>
      {state.article ? (
        <main class="article-main">
          <ArticleView id={state.article} state={state} update={update} />
        </main>
      ) : (
        <main class="layout">
          <div class="sidebar">
            <Filters state={state} facets={facets} update={update} />
            <Legend graph={shown} />
            <PathFinder state={state} update={update} onPath={setPath} />
          </div>
          <div class="network">
            <p class="status" role="status">
              {state.entity ? status : 'Search for an entity to see its network.'}
            </p>
            <GraphView
              graph={shown}
              centre={state.entity}
              selectedNode={state.node}
              selectedEdge={state.edge}
              path={pathIds}
              {...select}
            />
            <p class="hint">
              Click a node or a link for its quotes; double-click a node to expand it.
            </p>
            <GraphTables
              graph={shown}
              selectedNode={state.node}
              selectedEdge={state.edge}
              {...select}
            />
          </div>
          <SidePanel graph={shown} state={state} update={update} />
        </main>
      )}
    </div>
  );
}
