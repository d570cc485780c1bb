import { CalendarDate, MONTH_NAMES } from '../graph/calendar-date.js';
import { type Span, TextOffsets } from './offsets.js';

/** What the text of an article says about itself, with spans into the original text. */
export interface ParsedArticle {
  title: string;
  titleSpan: Span;
  /** The standfirst between the title and the byline, if any. */
  lede: string | undefined;
  publishedOn: CalendarDate;
  author: string | undefined;
  bylineSpan: Span;
  sections: ParsedSection[];
  /** Where the article ends and site boilerplate begins (the text's length when there is none). */
  bodyEnd: number;
}

export interface ParsedSection {
  /** The intertitle, or null for paragraphs before the first one. */
  heading: string | null;
  span: Span;
  paragraphs: Span[];
}

export class ArticleParseError extends Error {
  override name = 'ArticleParseError';
  constructor(
    message: string,
    /** 1-based line in the article file. */
    readonly line: number | undefined,
  ) {
    super(message);
  }
}

/**
 * Site boilerplate, compared after trimming and lower-casing. An end marker
 * ("Les dernières actualités") starts the site's list of other stories: it and
 * everything after it are dropped. Other lines are dropped wherever they stand.
 */
export const BOILERPLATE_END_MARKERS = new Set([
  'les dernières actualités',
  'dernières actualités',
  'sur le même sujet',
  'latest news',
  'related articles',
]);
export const BOILERPLATE_LINES = new Set([
  'à lire aussi',
  'lire aussi',
  'partager cet article',
  'partager',
  'read more',
]);

/**
 * "Publié le 02-07-2018 par Aglaë Derouen", "Publié le 2 juillet 2018 à 10h30",
 * "Mis à jour le …"; any run of spaces, no-break ones included, separates words.
 */
const FRENCH_BYLINE =
  /^(?:Publié|Mis\s+à\s+jour)\s+le\s+(?<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}(?:er)?\s+\p{L}+\s+\d{4})(?:\s+à\s+\d{1,2}[h:]\d{2})?(?:\s+par\s+(?<author>.+?))?\s*$/u;

/**
 * "Published on 3 July 2018 by Jane Doe", "Published 2018-07-03 by …",
 * "Published July 3, 2018 at 10:30 by …", "Updated …": the day-first numeric
 * form is not read in English, where 03/07 is ambiguous; ISO dates are.
 */
const ENGLISH_BYLINE =
  /^(?:Published|Updated|Last\s+updated)(?:\s+on)?\s+(?<date>\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?:,?\s+at\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?(?:,?\s+by\s+(?<author>.+?))?\s*$/iu;

const BYLINES = [
  { pattern: FRENCH_BYLINE, language: 'fr' },
  { pattern: ENGLISH_BYLINE, language: 'en' },
] as const;

const SPACE = /^[\s\u00a0\u202f]*$/u;

interface Block {
  text: string;
  /** UTF-16 indices into the original text. */
  start: number;
  end: number;
  line: number;
  lines: number;
}

/** Splits the text into blocks separated by blank lines (a line of no-break spaces is blank). */
function blocks(text: string): Block[] {
  const out: Block[] = [];
  let current: Block | undefined;
  let offset = 0;
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (SPACE.test(line)) {
      current = undefined;
    } else if (current) {
      current.text += `\n${line}`;
      current.end = offset + line.length;
      current.lines++;
    } else {
      current = { text: line, start: offset, end: offset + line.length, line: index + 1, lines: 1 };
      out.push(current);
    }
    offset += raw.length + 1;
  });
  return out;
}

function parseDate(text: string, language: 'fr' | 'en', line: number): CalendarDate {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const dayFirst = /^(\d{1,2})(?:er|st|nd|rd|th)?\s+(\p{L}+),?\s+(\d{4})$/u.exec(text);
  const monthFirst = /^(\p{L}+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text);
  const months: readonly string[] = MONTH_NAMES[language];
  const month = (name: string | undefined) => {
    const index = months.indexOf((name ?? '').toLowerCase()) + 1;
    if (index === 0) throw new ArticleParseError(`unknown month "${name}" in date "${text}"`, line);
    return index;
  };
  let date: CalendarDate | undefined;
  if (iso) {
    date = CalendarDate.of(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  } else if (numeric && language === 'fr') {
    date = CalendarDate.of(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  } else if (dayFirst) {
    date = CalendarDate.of(Number(dayFirst[3]), month(dayFirst[2]), Number(dayFirst[1]));
  } else if (monthFirst) {
    date = CalendarDate.of(Number(monthFirst[3]), month(monthFirst[1]), Number(monthFirst[2]));
  }
  if (!date)
    throw new ArticleParseError(`impossible date "${text}" (expected day-month-year)`, line);
  return date;
}

/** A short single line with no closing punctuation reads as an intertitle. */
function isHeading(block: Block): boolean {
  return block.lines === 1 && block.text.length <= 100 && !/[.!?:;,…»"]\s*$/u.test(block.text);
}

/** The block's first line as a marker: lower case, single spaces, no trailing colon or dots. */
const folded = (block: Block) =>
  (block.text.split('\n')[0] ?? '')
    .replace(/\s+/gu, ' ')
    .replace(/[\s:.…]+$/u, '')
    .trim()
    .toLowerCase();
const isEndMarker = (block: Block) => BOILERPLATE_END_MARKERS.has(folded(block));
const isBoilerplate = (block: Block) => BOILERPLATE_LINES.has(folded(block)) || isEndMarker(block);

/**
 * Parses an article in the layout of the seed source: title (possibly
 * repeated), standfirst, "Publié le DD-MM-YYYY par Author" (or its English
 * form, "Published on 3 July 2018 by Author"), then paragraphs and
 * intertitles, then site boilerplate.
 */
export function parseArticle(text: string): ParsedArticle {
  const offsets = new TextOffsets(text);
  const span = (b: Pick<Block, 'start' | 'end'>): Span => ({
    start: offsets.toCodePoint(b.start),
    end: offsets.toCodePoint(b.end),
  });
  const all = blocks(text);
  const first = all[0];
  if (!first) throw new ArticleParseError('the article is empty', 1);
  if (first.lines > 1) throw new ArticleParseError('the title must be a single line', first.line);

  const bylineIndex = all.findIndex((b) => BYLINES.some(({ pattern }) => pattern.test(b.text)));
  const byline = all[bylineIndex];
  if (!byline) {
    throw new ArticleParseError(
      'no byline found: expected a line such as "Publié le 02-07-2018 par Prénom Nom" or "Published on 2 July 2018 by First Last"',
      undefined,
    );
  }
  const { pattern, language } = BYLINES.find((b) => b.pattern.test(byline.text)) ?? BYLINES[0];
  const match = pattern.exec(byline.text);
  const publishedOn = parseDate(match?.groups?.date ?? '', language, byline.line);
  const author = match?.groups?.author?.replace(/\s+/gu, ' ').trim() || undefined;

  const ledeBlocks = all.slice(1, bylineIndex).filter((b) => b.text !== first.text);
  const lede = ledeBlocks.map((b) => b.text).join('\n\n') || undefined;

  let body = all.slice(bylineIndex + 1);
  const end = body.findIndex(isEndMarker);
  let bodyEnd = end === -1 ? text.length : (body[end] as Block).start;
  if (end !== -1) body = body.slice(0, end);
  while (body.length > 0 && isBoilerplate(body[body.length - 1] as Block)) {
    bodyEnd = (body.pop() as Block).start;
  }
  body = body.filter((b) => !isBoilerplate(b));

  const sections: ParsedSection[] = [];
  for (const block of body) {
    const last = sections[sections.length - 1];
    if (isHeading(block)) {
      sections.push({ heading: block.text, span: span(block), paragraphs: [] });
    } else if (last) {
      last.paragraphs.push(span(block));
      last.span.end = span(block).end;
    } else {
      sections.push({ heading: null, span: span(block), paragraphs: [span(block)] });
    }
  }

  return {
    title: first.text.trim(),
    titleSpan: span(first),
    lede,
    publishedOn,
    author,
    bylineSpan: span(byline),
    sections,
    bodyEnd: offsets.toCodePoint(bodyEnd),
  };
}
