import { type ParsedArticle, parseArticle } from '../ingest/article-parser.js';
import type { Span } from '../ingest/offsets.js';
import { QuoteFinder } from '../ingest/quotes.js';

/** A stretch of the article in UTF-16 indices (what JavaScript strings index), end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One sentence of the title, standfirst or body. */
export interface Sentence extends TextSpan {
  index: number;
  text: string;
}

/** Evidence as the extraction format writes it: the words, with `start` when they occur earlier too. */
export type DraftQuote = string | { quote: string; start: number };

/**
 * The article being drafted: its text, what the loader's parser reads of it,
 * and its sentences (title, standfirst, body; never the site's boilerplate).
 */
export class ArticleText {
  readonly parsed: ParsedArticle;
  readonly sentences: Sentence[];
  private readonly finder: QuoteFinder;
  private readonly cpToUtf16: number[];

  constructor(readonly text: string) {
    this.parsed = parseArticle(text);
    this.finder = new QuoteFinder(text);
    this.cpToUtf16 = [];
    let i = 0;
    for (const ch of text) {
      this.cpToUtf16.push(i);
      i += ch.length;
    }
    this.cpToUtf16.push(i);
    this.sentences = this.blocks().flatMap((block) => splitSentences(text, block));
    this.sentences.forEach((s, index) => {
      s.index = index;
    });
  }

  /** The words of a span. */
  slice(span: TextSpan): string {
    return this.text.slice(span.start, span.end);
  }

  /** The sentence holding an index. */
  sentenceAt(index: number): Sentence | undefined {
    return this.sentences.find((s) => s.start <= index && index < s.end);
  }

  /**
   * The words of a span as evidence: trimmed of spaces and trailing commas,
   * with the code-point `start` when the same words occur earlier in the text
   * (the loader would otherwise take the first occurrence).
   */
  quote(span: TextSpan): DraftQuote {
    let { start, end } = span;
    while (start < end && /[\s,;:]/u.test(this.text[start] ?? '')) start++;
    while (end > start && /[\s,;:.]/u.test(this.text[end - 1] ?? '')) end--;
    const words = this.text.slice(start, end);
    const cp = this.codePoint(start);
    const first = this.finder.occurrences(words)[0];
    return first === cp ? words : { quote: words, start: cp };
  }

  /** Code-point offset of a UTF-16 index. */
  codePoint(index: number): number {
    let lo = 0;
    let hi = this.cpToUtf16.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cpToUtf16[mid] ?? 0) < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A span of the parser's (code points) in UTF-16 indices. */
  fromCodePoints(span: Span): TextSpan {
    return { start: this.cpToUtf16[span.start] ?? 0, end: this.cpToUtf16[span.end] ?? 0 };
  }

  /** Title, standfirst blocks and body paragraphs and intertitles, in order. */
  private blocks(): TextSpan[] {
    const { parsed } = this;
    const title = this.fromCodePoints(parsed.titleSpan);
    const byline = this.fromCodePoints(parsed.bylineSpan);
    const out: TextSpan[] = [title];
    // The standfirst lies between the title (possibly repeated) and the byline.
    const between = this.text.slice(title.end, byline.start);
    let offset = title.end;
    for (const part of between.split(/\n[\s\u00a0\u202f]*\n/u)) {
      const at = this.text.indexOf(part, offset);
      const trimmed = part.trim();
      if (trimmed && trimmed !== parsed.title) {
        const start = at + part.indexOf(trimmed);
        out.push({ start, end: start + trimmed.length });
      }
      offset = at + part.length;
    }
    for (const section of parsed.sections) {
      if (section.heading !== null) {
        const span = this.fromCodePoints(section.span);
        out.push({ start: span.start, end: span.start + section.heading.length });
      }
      for (const p of section.paragraphs) out.push(this.fromCodePoints(p));
    }
    return out;
  }
}

/** Words after which a full stop does not end the sentence. */
const ABBREVIATIONS =
  /(?:\b(?:Inc|Ltd|Corp|Co|S\.A|M|Mme|Mr|Mrs|Ms|Dr|St|No|n°|etc|vs|Jr|Sr)|\b\p{Lu})\.$/u;

/** Splits a block at . ! ? … followed by a space and a capital, a quote mark or a digit. */
function splitSentences(text: string, block: TextSpan): Sentence[] {
  const out: Sentence[] = [];
  let start = block.start;
  const pattern = /[.!?…]+["»”]?(?=[\s\u00a0\u202f]+["«“]?[\p{Lu}\d])/gu;
  const body = text.slice(block.start, block.end);
  for (const m of body.matchAll(pattern)) {
    const end = block.start + (m.index ?? 0) + m[0].length;
    if (ABBREVIATIONS.test(text.slice(start, end))) continue;
    out.push({ start, end, index: 0, text: text.slice(start, end) });
    start = end;
    while (start < block.end && /[\s\u00a0\u202f]/u.test(text[start] ?? '')) start++;
  }
  if (start < block.end)
    out.push({ start, end: block.end, index: 0, text: text.slice(start, block.end) });
  return out;
}
