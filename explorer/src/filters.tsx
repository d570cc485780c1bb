import type { RelationshipType } from './gql/graphql';
import type { ViewNode } from './graph-data';
import type { ViewState } from './view-state';
import { FILTERABLE_RELATIONSHIPS, RELATIONSHIPS } from './vocabulary';

interface FiltersProps {
  state: ViewState;
  /** The sectors and places seen around the entity. */
  facets: ViewNode[];
  update: (patch: Partial<ViewState>) => void;
}

const toggle = <T,>(list: T[], value: T) =>
  list.includes(value) ? list.filter((item) => item !== value) : [...list, value];

/** Depth, relationship kinds, sectors, places and the signing dates; all kept in the URL. */
export function Filters({ state, facets, update }: FiltersProps) {
  const sectors = facets.filter((node) => node.kind === 'SECTOR');
  const places = facets.filter((node) => node.kind === 'PLACE');
  return (
    <form
      class="filters"
      aria-labelledby="filters-title"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="filters-title">Filters</h2>
      <label>
        Depth{' '}
        <select
          value={String(state.depth)}
          onChange={(event) => update({ depth: Number(event.currentTarget.value) })}
        >
          <option value="1">1 hop</option>
          <option value="2">2 hops</option>
          <option value="3">3 hops</option>
        </select>
      </label>
      <fieldset>
        <legend>Signed between</legend>
        <label>
          From{' '}
          <input
            type="date"
            value={state.signedFrom ?? ''}
            onChange={(event) => update({ signedFrom: event.currentTarget.value || undefined })}
          />
        </label>
        <label>
          To{' '}
          <input
            type="date"
            value={state.signedTo ?? ''}
            onChange={(event) => update({ signedTo: event.currentTarget.value || undefined })}
          />
        </label>
      </fieldset>
      <fieldset class="checklist">
        <legend>Links (none ticked: all)</legend>
        {FILTERABLE_RELATIONSHIPS.map((type: RelationshipType) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={state.relationships.includes(type)}
              onChange={() => update({ relationships: toggle(state.relationships, type) })}
            />{' '}
            {RELATIONSHIPS[type].label}
          </label>
        ))}
      </fieldset>
      {sectors.length > 0 && (
        <fieldset class="checklist">
          <legend>Partnerships covering a sector</legend>
          {sectors.map((node) => (
            <label key={node.id}>
              <input
                type="checkbox"
                checked={state.sectors.includes(node.id)}
                onChange={() => update({ sectors: toggle(state.sectors, node.id) })}
              />{' '}
              {node.label}
            </label>
          ))}
        </fieldset>
      )}
      {places.length > 0 && (
        <fieldset class="checklist">
          <legend>Partnerships targeting a place</legend>
          {places.map((node) => (
            <label key={node.id}>
              <input
                type="checkbox"
                checked={state.places.includes(node.id)}
                onChange={() => update({ places: toggle(state.places, node.id) })}
              />{' '}
              {node.label}
            </label>
          ))}
        </fieldset>
      )}
      <p>
        <button
          type="button"
          onClick={() =>
            update({
              relationships: [],
              sectors: [],
              places: [],
              signedFrom: undefined,
              signedTo: undefined,
            })
          }
        >
          Clear the filters
        </button>
      </p>
    </form>
  );
}
