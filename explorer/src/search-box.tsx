import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from './api';
import type { ExplorerSuggestQuery } from './gql/graphql';
import { SuggestEntities } from './operations';
import { NODE_KINDS } from './vocabulary';

type Hit = ExplorerSuggestQuery['suggest'][number];

interface SearchBoxProps {
  /** Prefix of the element ids, unique per box on the page. */
  idPrefix: string;
  label: string;
  onPick: (id: string, name: string) => void;
}

/**
 * A combobox (ARIA 1.2): suggestions appear as the analyst types, accents
 * and case ignored; arrows move through them, Enter picks, Escape closes.
 */
export function SearchBox({ idPrefix, label, onPick }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const asked = useRef(0);
  // The name a pick wrote into the box: not a question to suggest for.
  const picked = useRef<string | undefined>(undefined);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2 || text === picked.current) {
      setHits([]);
      return;
    }
    const ticket = ++asked.current;
    const timer = setTimeout(() => {
      request(SuggestEntities, { text: query, first: 8 }).then(
        (data) => {
          if (ticket !== asked.current) return;
          setHits(data.suggest);
          setActive(data.suggest.length ? 0 : -1);
          setOpen(true);
          setError(undefined);
        },
        (failure: Error) => ticket === asked.current && setError(failure.message),
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [text]);

  const pick = (hit: Hit) => {
    setOpen(false);
    picked.current = hit.label;
    setText(hit.label);
    onPick(hit.node.id, hit.label);
  };
  const listId = `${idPrefix}-listbox`;
  const optionId = (index: number) => `${idPrefix}-option-${index}`;
  const expanded = open && hits.length > 0;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((index) => (index <= 0 ? hits.length - 1 : index - 1));
    } else if (event.key === 'Enter' && expanded && hits[active]) {
      event.preventDefault();
      pick(hits[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div class="search-box">
      <label for={`${idPrefix}-input`}>{label}</label>
      <input
        id={`${idPrefix}-input`}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={text}
        placeholder="bollore, Alibaba, logistique, protocole…"
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <div id={listId} role="listbox" aria-label={`${label}: suggestions`} hidden={!expanded}>
        {hits.map((hit, index) => {
          const kind = NODE_KINDS[hit.kind];
          return (
            <div
              key={hit.node.id}
              id={optionId(index)}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              class={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(hit);
              }}
            >
              <span class="kind-dot" data-kind={hit.kind} />
              <span class="hit-name">{hit.label}</span>
              <span class="hit-kind">{kind.label}</span>
              {hit.matchedName && hit.matchedName !== hit.label && (
                <span class="hit-matched">“{hit.matchedName}”</span>
              )}
            </div>
          );
        })}
      </div>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
