import { type CalendarDate, MONTH_NAMES } from '../graph/calendar-date.js';
import type { Mark, Paragraph } from './dataset-draft.js';
import type { SectorVocab } from './dataset-sectors.js';

/** Words of the generated articles that depend on the language: dates, amounts, lists, elisions. */

export type Lang = 'fr' | 'en';

const FR_MONTHS: readonly string[] = MONTH_NAMES.fr;
const EN_MONTHS = MONTH_NAMES.en.map((m) => m[0]?.toUpperCase() + m.slice(1));

/** "1er juillet 2018", "3 July 2018". */
export function dateText(lang: Lang, d: CalendarDate): string {
  if (lang === 'en') return `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
  return `${d.day === 1 ? '1er' : d.day} ${FR_MONTHS[d.month - 1]} ${d.year}`;
}

/** "le 3 juillet 2018", "on 3 July 2018". */
export function onDate(lang: Lang, d: CalendarDate): string {
  return lang === 'en' ? `on ${dateText(lang, d)}` : `le ${dateText(lang, d)}`;
}

export const FR_MONTH_NAMES = FR_MONTHS;

/** A whole number with thousands separated: "12 500" (no-break space) or "12,500". */
export function count(lang: Lang, n: number): string {
  const digits = String(n);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(lang === 'en' ? ',' : '\u00a0');
}

const CURRENCY: Record<string, { fr: [string, string]; en: string }> = {
  EUR: { fr: ["d'euros", 'euros'], en: '€' },
  USD: { fr: ['de dollars', 'dollars'], en: '$' },
  GBP: { fr: ['de livres sterling', 'livres sterling'], en: '£' },
  CHF: { fr: ['de francs suisses', 'francs suisses'], en: 'CHF ' },
};
export const CURRENCIES = Object.keys(CURRENCY);

/** "25 millions d'euros", "1,2 milliard de dollars", "€25 million", "$1.2 billion". */
export function amountText(lang: Lang, value: number, currency: string): string {
  const c = CURRENCY[currency] ?? (CURRENCY.EUR as (typeof CURRENCY)['EUR']);
  const billions = value >= 1e9;
  const scaled = value / (billions ? 1e9 : 1e6);
  const number = Number.isInteger(scaled) ? String(scaled) : scaled.toFixed(1);
  if (lang === 'en') return `${c.en}${number} ${billions ? 'billion' : 'million'}`;
  const unit = billions
    ? scaled >= 2
      ? 'milliards'
      : 'milliard'
    : scaled >= 2
      ? 'millions'
      : 'million';
  return `${number.replace('.', ',')} ${unit} ${c.fr[0]}`;
}

/** "A, B et C" / "A, B and C", each item written by `write`. */
export function writeList<T>(
  p: Paragraph,
  lang: Lang,
  items: readonly T[],
  write: (item: T) => void,
): void {
  items.forEach((item, i) => {
    if (i > 0) p.add(i === items.length - 1 ? (lang === 'en' ? ' and ' : ' et ') : ', ');
    write(item);
  });
}

/** "de Novexa", "d'Altavia". */
export function frDeName(name: string): string {
  return /^[AEIOUYÉÈÊÂÎÔH]/i.test(name) ? `d'${name}` : `de ${name}`;
}

export type SectorForm = 'art' | 'de' | 'à' | 'dans';

/** What goes before a sector's French name: "la ", "du ", "au ", "dans l'". */
function frPrefix(sector: SectorVocab, form: SectorForm): string {
  const article = sector.frArt.slice(0, sector.frArt.length - sector.fr.length);
  if (form === 'art') return article;
  if (form === 'dans') return `dans ${article}`;
  const [le, les] = form === 'de' ? ['du ', 'des '] : ['au ', 'aux '];
  if (article === 'le ') return le;
  if (article === 'les ') return les;
  return `${form} ${article}`;
}

/**
 * Writes a sector in the article's language: in French with its article in
 * the given form ("la logistique", "du cloud", "à l'énergie", "dans les
 * médias"), in English as its name. Returns a mark on the whole phrase and one
 * on the name alone.
 */
export function writeSector(
  p: Paragraph,
  lang: Lang,
  sector: SectorVocab,
  form: SectorForm,
): { phrase: Mark; name: Mark } {
  const from = p.begin();
  if (lang === 'fr') p.add(frPrefix(sector, form));
  const name = p.mark(lang === 'fr' ? sector.fr : sector.en);
  return { phrase: p.end(from), name };
}
