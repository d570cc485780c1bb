import { type Span, TextOffsets } from './offsets.js';

/**
 * Characters that a person typing a quote cannot tell apart from another one:
 * no-break and narrow no-break spaces read as spaces, curly apostrophes as
 * straight ones. Each maps one UTF-16 unit to one, so indices are unchanged.
 */
const EQUIVALENT: Record<string, string> = {
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2019': "'",
  '\u2018': "'",
};
const EQUIVALENT_PATTERN = /[\u00a0\u202f\u2007\u2019\u2018]/g;

function normalize(text: string): string {
  return text.replace(EQUIVALENT_PATTERN, (c) => EQUIVALENT[c] ?? c);
}

export type QuoteMatch =
  | { ok: true; span: Span; text: string }
  | { ok: false; reason: 'empty' | 'not-found' | 'not-at-start'; occurrences: number[] };

/** Finds quotes in one article, treating the equivalent characters above as equal. */
export class QuoteFinder {
  private readonly normalized: string;
  private readonly offsets: TextOffsets;
  private readonly codePoints: string[];

  constructor(readonly text: string) {
    this.normalized = normalize(text);
    this.offsets = new TextOffsets(text);
    this.codePoints = [...text];
  }

  /** Code-point starts of every occurrence of `quote`. */
  occurrences(quote: string): number[] {
    const needle = normalize(quote);
    const starts: number[] = [];
    if (needle.length === 0) return starts;
    for (
      let i = this.normalized.indexOf(needle);
      i !== -1;
      i = this.normalized.indexOf(needle, i + 1)
    ) {
      starts.push(this.offsets.toCodePoint(i));
    }
    return starts;
  }

  /**
   * Locates a quote. Without `start` the first occurrence is taken; with it the
   * quote must begin exactly there. The span points into the original text, and
   * `text` is the original wording (with its no-break spaces).
   */
  find(quote: string, start?: number): QuoteMatch {
    if (normalize(quote).trim().length === 0)
      return { ok: false, reason: 'empty', occurrences: [] };
    const occurrences = this.occurrences(quote);
    if (occurrences.length === 0) return { ok: false, reason: 'not-found', occurrences };
    const at = start ?? occurrences[0];
    if (at === undefined || !occurrences.includes(at)) {
      return { ok: false, reason: 'not-at-start', occurrences };
    }
    const length = [...quote].length;
    const span = { start: at, end: at + length };
    return { ok: true, span, text: this.slice(span) };
  }

  /** The original text of a code-point span. */
  slice(span: Span): string {
    return this.codePoints.slice(span.start, span.end).join('');
  }
}
