/** A quote inside its sentence: the words before, the quote, the words after. */
export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

const SENTENCE_END = /[.!?…\n]/u;
const MOST = 240;

/**
 * Cuts the sentence around [start, end) out of `text`. Offsets count code
 * points (as the API gives them), not UTF-16 units, so text is split by code point.
 */
export function quoteInSentence(text: string, start: number, end: number): QuoteInSentence {
  const points = Array.from(text);
  let from = start;
  while (from > 0 && start - from < MOST && !SENTENCE_END.test(points[from - 1] ?? '')) from -= 1;
  let to = end;
  while (to < points.length && to - end < MOST && !SENTENCE_END.test(points[to] ?? '')) to += 1;
  if (to < points.length && points[to] !== '\n') to += 1;
  return {
    before: points.slice(from, start).join('').trimStart(),
    quote: points.slice(start, end).join(''),
    after: points.slice(end, to).join('').trimEnd(),
  };
}

/** A piece of an article's text, and the quotes that cover it. */
export interface Segment<T> {
  text: string;
  covering: T[];
}

/** Splits a text at every quote's start and end, so that overlapping quotes all show. */
export function segmentsOf<T extends { start: number; end: number }>(
  text: string,
  quotes: T[],
): Segment<T>[] {
  const points = Array.from(text);
  const cuts = new Set([0, points.length]);
  for (const quote of quotes) {
    cuts.add(Math.max(0, Math.min(points.length, quote.start)));
    cuts.add(Math.max(0, Math.min(points.length, quote.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    segments.push({
      text: points.slice(from, to).join(''),
      covering: quotes.filter((quote) => quote.start <= from && quote.end >= to),
    });
  }
  return segments;
}
