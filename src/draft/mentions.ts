import type { PlaceKind } from '../graph/vocabulary.js';
import type { ArticleText, TextSpan } from './article-text.js';

/** Where the article names an entity. */
export interface Mention extends TextSpan {
  text: string;
}

export type DraftLabel = 'Company' | 'Person' | 'Place' | 'Sector';

/** An entity the draft declares, with every place the article names it. */
export interface FoundEntity {
  label: DraftLabel;
  /** The entity's identity while drafting: its name folded, legal form dropped. */
  key: string;
  id: string;
  name: string;
  names?: { en?: string; fr?: string };
  aliases: string[];
  placeKind?: PlaceKind;
  mentions: Mention[];
  /** The words around the first mention that say what it is ("a déclaré X", "le groupe X"). */
  evidence: TextSpan;
  /** Whether the id is one the graph already holds. */
  known: boolean;
  review?: string;
}

/** The article as plain characters for matching: no-break spaces as spaces, curly apostrophes straight. */
export function matchable(text: string): string {
  return text.replace(/[\u00a0\u202f\u2007]/g, ' ').replace(/[\u2019\u2018]/g, "'");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every whole-word occurrence of `form` inside the article's sentences.
 * Lower-case forms match any case; forms with capitals match as written
 * (so "US" is not "us").
 */
export function occurrences(article: ArticleText, plain: string, form: string): Mention[] {
  const caseless = form === form.toLowerCase();
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(matchable(form)).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`,
    caseless ? 'giu' : 'gu',
  );
  const out: Mention[] = [];
  for (const s of article.sentences) {
    pattern.lastIndex = 0;
    const within = plain.slice(s.start, s.end);
    for (const m of within.matchAll(pattern)) {
      const start = s.start + (m.index ?? 0);
      out.push({
        start,
        end: start + m[0].length,
        text: article.text.slice(start, start + m[0].length),
      });
    }
  }
  return out;
}

/** Whether two spans share a character. */
export const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;

/** Keeps the longest of overlapping candidates, then the earliest. */
export function longestFirst<T extends TextSpan>(candidates: T[], taken: TextSpan[] = []): T[] {
  const kept: T[] = [];
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  for (const c of sorted) {
    if (taken.some((t) => overlaps(t, c)) || kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
