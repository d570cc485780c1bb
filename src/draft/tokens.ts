import type { ArticleText, Sentence, TextSpan } from './article-text.js';
import { overlaps } from './mentions.js';
import { COMPANY_SUFFIXES, NOT_NAMES } from './word-lists.js';

/** A word of a sentence, elision ("d'", "l'") left out. */
export interface Token extends TextSpan {
  text: string;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isNotName = (t: Token) => NOT_NAMES.has(t.text.toLowerCase().replace(/\.$/, ''));

/** The words of a sentence, elisions and possessive 's left out. */
export function tokens(plain: string, s: Sentence): Token[] {
  const out: Token[] = [];
  for (const m of plain.slice(s.start, s.end).matchAll(/[\p{L}\p{N}&][\p{L}\p{N}&.'-]*/gu)) {
    let text = m[0];
    let start = s.start + (m.index ?? 0);
    const elision = /^(?:[dlsjnmcDLSJNMC]|qu|Qu|jusqu|lorsqu|puisqu)'/u.exec(text);
    if (elision && text.length > elision[0].length) {
      start += elision[0].length;
      text = text.slice(elision[0].length);
    }
    if (text.endsWith('.') && !COMPANY_SUFFIXES.includes(text)) text = text.replace(/\.+$/u, '');
    text = text.replace(/'s?$/u, '');
    if (text) out.push({ text, start, end: start + text.length });
  }
  return out;
}

/** Runs of capitalised words separated by single spaces, minus what is already taken. */
export function capitalisedRuns(article: ArticleText, plain: string, taken: TextSpan[]): Token[][] {
  const runs: Token[][] = [];
  for (const s of article.sentences) {
    let run: Token[] = [];
    const flush = () => {
      while (run.length > 0 && isNotName(run[0] as Token)) run.shift();
      while (run.length > 0 && isNotName(run[run.length - 1] as Token)) {
        // "Maritima SA" keeps its legal form, though "sa" is also French for "its".
        if (run.length > 1 && COMPANY_SUFFIXES.includes((run[run.length - 1] as Token).text)) break;
        run.pop();
      }
      if (run.length > 0) runs.push(run);
      run = [];
    };
    let previous: Token | undefined;
    for (const t of tokens(plain, s)) {
      const joined = previous && /^ $/u.test(plain.slice(previous.end, t.start));
      const usable =
        (isCapitalised(t) || (run.length > 0 && COMPANY_SUFFIXES.includes(t.text))) &&
        !taken.some((k) => overlaps(k, t));
      if (!usable || !joined) flush();
      if (usable) run.push(t);
      previous = t;
    }
    flush();
  }
  return runs;
}

/** The span from a run's first word to its last. */
export const spanOf = (run: Token[]): TextSpan => ({
  start: (run[0] as Token).start,
  end: (run[run.length - 1] as Token).end,
});
