import { CalendarDate } from '../graph/calendar-date.js';
import { PARTY_ROLES } from '../graph/vocabulary.js';
import { KIND_WORDS, type Token } from './dataset-deal-words.js';
import type { Mark, Paragraph } from './dataset-draft.js';
import { nameCompany, type Writer } from './dataset-extraction.js';
import { type Lang, onDate, writeList } from './dataset-phrases.js';
import type { Deal } from './dataset-plan.js';

/**
 * The parts of a deal's text every mention of it shares: the sentence that
 * states it, its id and names. Details (amount, markets, projects…) are
 * written by dataset-deal-details.ts.
 */

/** Ids and dates of deals already written, for follow-ups and unique ids. */
export class DealRegistry {
  readonly ids: string[] = [];
  readonly signed: (CalendarDate | undefined)[] = [];
  private readonly used = new Set<string>();

  /** A new partnership id for a deal: its first two parties, its kind and year. */
  assign(w: Writer, index: number, deal: Deal, signed: CalendarDate): string {
    const [a, b] = deal.parties.map((c) => w.universe.companies[c]?.id ?? '');
    const base = `${a}-${b}-${KIND_WORDS[deal.kind].slug}-${signed.year}`;
    let id = base;
    for (let k = 2; this.used.has(id); k++) id = `${base}-${k}`;
    this.used.add(id);
    this.ids[index] = id;
    this.signed[index] = signed;
    return id;
  }
}

/** The parties of a deal on one side. */
export function side(deal: Deal, which: 'source' | 'target' | 'all'): number[] {
  return deal.parties.filter(
    (_, i) => which === 'all' || PARTY_ROLES[deal.roles[i] ?? 'SIGNATORY'] === which,
  );
}

const elide = (written: string) => (/^[AEIOUYÉÈÊÂÎÔH]/i.test(written) ? "d'" : 'de ');

/** Writes tokens, naming (and declaring) the parties; returns a mark on all of it. */
export function writeTokens(
  w: Writer,
  p: Paragraph,
  tokens: readonly Token[],
  deal: Deal,
  signed: CalendarDate,
): Mark {
  const from = p.begin();
  for (const token of tokens) {
    if (typeof token === 'string') p.add(token);
    else if ('date' in token) p.add(onDate(w.lang, signed));
    else {
      const list = side(deal, token.side);
      writeList(p, w.lang, list, (c) => {
        const first = c === list[0];
        nameCompany(w, p, c, token.de && first ? elide : undefined);
      });
      if (token.possessive) p.add(p.endsWith('s') ? "'" : "'s");
    }
  }
  return p.end(from);
}

/** The intertitle above a deal, from plain names; undefined when it would be too long. */
export function headingText(w: Writer, deal: Deal): string | undefined {
  const words = KIND_WORDS[deal.kind];
  const many = words.manyHeading && side(deal, 'source').length > 1;
  const tokens = (many ? words.manyHeading : undefined)?.[w.lang] ?? words.heading[w.lang];
  const name = (c: number) => w.universe.companies[c]?.name ?? '';
  const list = (ids: number[]) => {
    const names = ids.map(name);
    const and = w.lang === 'fr' ? ' et ' : ' and ';
    return names.length > 1
      ? `${names.slice(0, -1).join(', ')}${and}${names.at(-1)}`
      : names.join('');
  };
  const text = tokens
    .map((t) => (typeof t === 'string' ? t : 'date' in t ? '' : list(side(deal, t.side))))
    .join('');
  return text.length <= 95 ? text : undefined;
}

/** The partnership's name in both languages: "Novexa–Terralis memorandum of understanding". */
export function dealNames(w: Writer, deal: Deal): { fr: string; en: string } {
  const words = KIND_WORDS[deal.kind].name;
  const join = (lang: Lang, parties: number[]) => {
    const names = parties.slice(0, 3).map((c) => w.universe.companies[c]?.name ?? '');
    const more = parties.length > 3;
    if (lang === 'en') return `${names.join('–')}${more ? ' and others' : ''}`;
    if (more) return `${names.join(', ')} et autres`;
    return names.length > 1
      ? `${names.slice(0, -1).join(', ')} et ${names.at(-1)}`
      : names.join('');
  };
  const named = (lang: Lang) => ({
    all: join(lang, deal.parties),
    source: join(lang, side(deal, 'source')),
    target: join(lang, side(deal, 'target')),
  });
  return { fr: words.fr(named('fr')), en: words.en(named('en')) };
}

/** The parties of the partnership as the extraction lists them, all supported by one sentence. */
export function partiesOf(w: Writer, deal: Deal, evidence: Mark) {
  return deal.parties.map((c, i) => ({
    company: w.universe.companies[c]?.id ?? '',
    role: deal.roles[i],
    evidence,
  }));
}

/** A later article's mention of a deal already reported: the parties give an update. */
export function writeFollowUp(w: Writer, deal: Deal, index: number, registry: DealRegistry): void {
  const id = registry.ids[index];
  const signed = registry.signed[index];
  if (!id || !signed) throw new Error(`deal ${index} is followed up before it was reported`);
  const names = dealNames(w, deal);
  const fr = w.lang === 'fr';
  const first = w.universe.companies[deal.parties[0] ?? 0]?.name ?? '';
  w.draft.paragraph().add(fr ? `Suivi : ${first} fait le point` : `Update from ${first}`);
  const p = w.draft.paragraph();
  const noun = KIND_WORDS[deal.kind].noun[w.lang];
  const tokens: Token[] = fr
    ? [{ side: 'all' }, ' ont fait le point ', { date: true }, ` sur ${noun}`]
    : [{ side: 'all' }, ` gave an update on their ${noun} `, { date: true }];
  const clause = writeTokens(w, p, tokens, deal, w.date);
  p.add(fr ? ', qui entre désormais dans sa phase opérationnelle.' : ', which is now under way.');
  w.decl.partnerships.push({
    id,
    kind: deal.kind,
    name: names.en,
    names,
    evidence: clause,
    parties: partiesOf(w, deal, clause),
  });
}

/** The date a deal was signed: up to six days before the article. */
export function signedBefore(w: Writer): CalendarDate {
  const back = w.random.int(7);
  const utc = Date.UTC(w.date.year, w.date.month - 1, w.date.day - back);
  const d = new Date(utc);
  return CalendarDate.of(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) ?? w.date;
}
