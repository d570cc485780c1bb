import { useEffect, useState } from 'preact/hooks';
import type { RelationshipType } from './gql/graphql';

/**
 * What the page shows, held in its URL so that a view can be shared:
 * `/explore/?entity=Company:bollore&depth=2&rel=SIGNED_MOU_WITH&from=2018-01-01`.
 */
export interface ViewState {
  /** The global id at the centre of the network. */
  entity: string | undefined;
  depth: number;
  /** Relationships to follow; empty: all. */
  relationships: RelationshipType[];
  sectors: string[];
  places: string[];
  signedFrom: string | undefined;
  signedTo: string | undefined;
  /** Nodes expanded by a double click. */
  expanded: string[];
  /** What the side panel shows. */
  node: string | undefined;
  edge: string | undefined;
  /** The article open in the article view. */
  article: string | undefined;
  /** The other end of the path drawn on the network. */
  pathTo: string | undefined;
}

const LISTS = {
  relationships: 'rel',
  sectors: 'sector',
  places: 'place',
  expanded: 'expand',
} as const;
const SINGLE = {
  entity: 'entity',
  signedFrom: 'from',
  signedTo: 'to',
  node: 'node',
  edge: 'edge',
  article: 'article',
  pathTo: 'path',
} as const;

export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const depth = Number(params.get('depth') ?? '1');
  const state = {
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
  } as ViewState;
  for (const [key, name] of Object.entries(SINGLE)) {
    (state as unknown as Record<string, unknown>)[key] = params.get(name) || undefined;
  }
  for (const [key, name] of Object.entries(LISTS)) {
    (state as unknown as Record<string, unknown>)[key] = params.getAll(name).filter(Boolean);
  }
  return state;
}

export function viewStateSearch(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.entity) params.set('entity', state.entity);
  if (state.depth !== 1) params.set('depth', String(state.depth));
  for (const [key, name] of Object.entries(LISTS)) {
    for (const value of state[key as keyof typeof LISTS]) params.append(name, value);
  }
  for (const [key, name] of Object.entries(SINGLE)) {
    const value = state[key as keyof typeof SINGLE];
    if (value && key !== 'entity') params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The href of the explorer showing `patch` over `state`. */
export function hrefOf(state: ViewState, patch: Partial<ViewState>): string {
  return `/explore/${viewStateSearch({ ...state, ...patch })}`;
}

/** The view state of the URL, and a way to change both (back and forward work). */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = (patch: Partial<ViewState>) => {
    setState((current) => {
      const next = { ...current, ...patch };
      window.history.pushState(null, '', hrefOf(next, {}));
      return next;
    });
  };
  return [state, update];
}

/** Follows an in-page link without reloading the page. */
export function navigate(
  event: MouseEvent,
  href: string,
  update: (patch: Partial<ViewState>) => void,
) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  update(parseViewState(new URL(href, window.location.href).search));
}
