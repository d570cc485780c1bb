import type { TextSpan } from './article-text.js';

/** An amount of money the article states. */
export interface FoundAmount extends TextSpan {
  value: number;
  currency: string;
}

const CURRENCIES: [RegExp, string][] = [
  [/^(?:d'euros|euros?|€|EUR)$/iu, 'EUR'],
  [/^(?:de dollars|dollars?|\$|USD|US\$)$/iu, 'USD'],
  [/^(?:de livres(?: sterling)?|livres(?: sterling)?|pounds?(?: sterling)?|£|GBP)$/iu, 'GBP'],
  [/^(?:de yuans|yuans?|CNY|RMB|renminbi)$/iu, 'CNY'],
  [/^(?:de francs suisses|francs suisses|CHF)$/iu, 'CHF'],
  [/^(?:de yens|yens?|JPY)$/iu, 'JPY'],
];
const SCALES: [RegExp, number][] = [
  [/^(?:milliards?|billions?|bn|Md)$/iu, 1e9],
  [/^(?:millions?|m|M|mn)$/u, 1e6],
  [/^(?:mille|thousand|k)$/iu, 1e3],
];

const CURRENCY =
  "d'euros|euros?|€|EUR|de dollars|dollars?|\\$|USD|US\\$|de livres(?: sterling)?|livres(?: sterling)?|pounds?(?: sterling)?|£|GBP|de yuans|yuans?|CNY|RMB|de francs suisses|francs suisses|CHF|de yens|yens?|JPY";
const SCALE = 'milliards?|millions?|billions?|bn|mn|Md|mille|thousand|m|M|k';
const NUMBER = '\\d+(?:[ \\u00a0\\u202f.,]\\d{3})*(?:[.,]\\d+)?';

/** "120 millions d'euros", "400 million euros", "€2.5bn", "$300 million", "1,2 milliard de dollars". */
const AMOUNT = new RegExp(
  `(?:(?<pre>${CURRENCY})\\s?(?<n1>${NUMBER})\\s?(?<s1>${SCALE})?|(?<n2>${NUMBER})\\s?(?<s2>${SCALE})?\\s?(?<post>${CURRENCY}))(?![\\p{L}])`,
  'gu',
);

function number(text: string): number {
  const compact = text.replace(/[ \u00a0\u202f]/g, '');
  // "30,000" and "1.000" group thousands; "1,2" is French for 1.2.
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(compact)) return Number(compact.replace(/[.,]/g, ''));
  return Number(compact.replace(',', '.'));
}

/** Amounts of money in a stretch of text. */
export function findAmounts(text: string, offset: number): FoundAmount[] {
  const out: FoundAmount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const currencyText = (g.pre ?? g.post ?? '').trim();
    const currency = CURRENCIES.find(([re]) => re.test(currencyText))?.[1];
    const scaleText = g.s1 ?? g.s2;
    const scale = scaleText ? (SCALES.find(([re]) => re.test(scaleText))?.[1] ?? 1) : 1;
    const value = Math.round(number(g.n1 ?? g.n2 ?? '') * scale);
    if (!currency || !Number.isFinite(value) || value <= 0) continue;
    const start = offset + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, value, currency });
  }
  return out;
}
