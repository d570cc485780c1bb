import { foldText } from '../graph/text.js';
import type { Span } from '../ingest/offsets.js';
import { QuoteFinder } from '../ingest/quotes.js';
import type { DraftExtraction, DraftStatement } from './draft.js';

/** Precision and recall of one kind of thing found. */
export interface Tally {
  /** Drafted items that match a gold item. */
  matched: number;
  drafted: number;
  gold: number;
  precision: number;
  recall: number;
}

/** How a draft compares with the gold extraction of the same article. */
export interface Score {
  entities: Tally;
  claims: Tally;
  quotes: Tally;
  /** Claims of the gold the draft missed, and drafted claims the gold does not have. */
  missed: string[];
  extra: string[];
}

/** An extraction file as read (gold or draft), statements included where present. */
export type ExtractionLike = Pick<
  DraftExtraction,
  'companies' | 'people' | 'sectors' | 'places'
> & {
  partnerships?: (DraftExtraction['partnerships'][number] & { statements?: DraftStatement[] })[];
};

type Evidence = unknown;
const LABELS = ['companies', 'people', 'sectors', 'places'] as const;

const tally = (matched: number, drafted: number, gold: number): Tally => ({
  matched,
  drafted,
  gold,
  precision: drafted === 0 ? (gold === 0 ? 1 : 0) : matched / drafted,
  recall: gold === 0 ? 1 : matched / gold,
});

/** Every name an entity goes by, folded. */
function namesOf(e: {
  name: string;
  names?: Record<string, string | undefined>;
  aliases?: string[];
}) {
  return new Set(
    [e.name, ...Object.values(e.names ?? {}), ...(e.aliases ?? [])]
      .filter((n): n is string => typeof n === 'string')
      .map(foldText),
  );
}

/** The spans of an evidence value (a quote, `{ quote, start }` or a list of them). */
function spans(finder: QuoteFinder, evidence: Evidence): Span[] {
  const list = Array.isArray(evidence) ? evidence : [evidence];
  return list.flatMap((q) => {
    const found =
      typeof q === 'string'
        ? finder.find(q)
        : q && typeof q === 'object' && 'quote' in q
          ? finder.find(String(q.quote), (q as { start?: number }).start)
          : undefined;
    return found?.ok ? [found.span] : [];
  });
}

/**
 * Matches entities by label and id or any shared name or alias (accents and
 * case ignored), one to one; returns draft id → gold id per label.
 */
function matchEntities(draft: ExtractionLike, gold: ExtractionLike) {
  const map = new Map<string, string>();
  const pairs: { label: string; draft: { evidence: Evidence }; gold: { evidence: Evidence } }[] =
    [];
  let drafted = 0;
  let golds = 0;
  for (const label of LABELS) {
    const d = (draft[label] ?? []) as { id: string; name: string; evidence: Evidence }[];
    const g = (gold[label] ?? []) as { id: string; name: string; evidence: Evidence }[];
    drafted += d.length;
    golds += g.length;
    const used = new Set<string>();
    for (const e of d) {
      const names = namesOf(e);
      const match =
        g.find((x) => !used.has(x.id) && x.id === e.id) ??
        g.find((x) => !used.has(x.id) && [...namesOf(x)].some((n) => names.has(n)));
      if (!match) continue;
      used.add(match.id);
      map.set(`${label}:${e.id}`, match.id);
      pairs.push({ label, draft: e, gold: match });
    }
  }
  return { map, pairs, drafted, gold: golds };
}

/**
 * The claims the drafter aims at, each keyed so that equal claims meet and
 * carrying its evidence: partnership kind, parties and roles, markets,
 * domains, amount, signing date and statements; companies' parents; people's
 * roles. Ids go through `id` (the draft's mapped to the gold's).
 */
function claims(
  x: ExtractionLike,
  id: (label: string, v: string) => string,
  partnership: (p: string) => string,
) {
  const out = new Map<string, Evidence>();
  const put = (key: string, evidence: Evidence) => {
    if (!out.has(key)) out.set(key, evidence);
  };
  for (const c of x.companies ?? []) {
    if (c.parent)
      put(
        `parent ${id('companies', c.id)} → ${id('companies', c.parent.company)}`,
        c.parent.evidence,
      );
  }
  for (const p of x.people ?? []) {
    for (const r of p.roles ?? [])
      put(`role ${id('people', p.id)} ${r.type} ${id('companies', r.company)}`, r.evidence);
  }
  for (const p of x.partnerships ?? []) {
    const pid = partnership(p.id);
    put(`${pid} kind ${p.kind}`, p.evidence);
    for (const party of p.parties ?? []) {
      put(`${pid} party ${id('companies', party.company)}`, party.evidence);
      put(`${pid} party ${id('companies', party.company)} as ${party.role}`, party.evidence);
    }
    for (const m of p.markets ?? []) put(`${pid} market ${id('places', m.place)}`, m.evidence);
    for (const d of p.domains ?? []) put(`${pid} domain ${id('sectors', d.sector)}`, d.evidence);
    if (p.amount) {
      const a = p.amount;
      put(
        `${pid} amount ${a.disclosed ? `${a.value} ${a.currency}` : 'not disclosed'}`,
        a.evidence,
      );
    }
    if (p.signedOn) put(`${pid} signed on ${p.signedOn.date}`, p.signedOn.evidence);
    for (const s of p.statements ?? []) {
      const person = id('people', s.by);
      const by =
        s.by === 'PARTIES' ? 'PARTIES' : person.startsWith('?') ? id('companies', s.by) : person;
      put(`${pid} statement by ${by}`, s.evidence);
    }
  }
  return out;
}

/** Compares a draft with the gold extraction of the article `text`. */
export function scoreDraft(draft: ExtractionLike, gold: ExtractionLike, text: string): Score {
  const finder = new QuoteFinder(text);
  const entities = matchEntities(draft, gold);
  const mapped = (label: string, v: string) => entities.map.get(`${label}:${v}`) ?? `?${v}`;
  // Partnerships meet when they share a party.
  const goldParties = (gold.partnerships ?? []).map((p) => ({
    id: p.id,
    parties: new Set((p.parties ?? []).map((x) => x.company)),
  }));
  const partnershipOf = (p: string) => {
    const drafted = (draft.partnerships ?? []).find((x) => x.id === p);
    const match = goldParties.find((g) =>
      (drafted?.parties ?? []).some((x) => g.parties.has(mapped('companies', x.company))),
    );
    return match?.id ?? `?${p}`;
  };
  const d = claims(draft, mapped, partnershipOf);
  const g = claims(
    gold,
    (_l, v) => v,
    (p) => p,
  );
  const matchedKeys = [...d.keys()].filter((k) => g.has(k));

  const overlap = (a: Evidence, b: Evidence) =>
    spans(finder, a).some((x) => spans(finder, b).some((y) => x.start < y.end && y.start < x.end));
  const quoteHits =
    matchedKeys.filter((k) => overlap(d.get(k), g.get(k))).length +
    entities.pairs.filter((p) => overlap(p.draft.evidence, p.gold.evidence)).length;

  return {
    entities: tally(entities.pairs.length, entities.drafted, entities.gold),
    claims: tally(matchedKeys.length, d.size, g.size),
    quotes: tally(quoteHits, d.size + entities.drafted, g.size + entities.gold),
    missed: [...g.keys()].filter((k) => !d.has(k)),
    extra: [...d.keys()].filter((k) => !g.has(k)),
  };
}
