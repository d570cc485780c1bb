import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ZodError } from 'zod';
import { buildArticleGraph } from './article-graph.js';
import { ArticleParseError, parseArticle } from './article-parser.js';
import { checkExtraction } from './extraction-check.js';
import { type Extraction, ExtractionSchema } from './extraction-schema.js';
import type { ArticleSource } from './graph-builder.js';
import { formatPath, type Issue, IssueList } from './issues.js';
import { checkReviewMarks } from './review-marks.js';

/** Extensions an extraction file may have, in the order they are looked for. */
export const EXTRACTION_EXTENSIONS = ['.yaml', '.yml', '.json'] as const;

/** An input file that cannot be loaded; the message lists every problem with its place. */
export class SourceFileError extends Error {
  override name = 'SourceFileError';
  constructor(
    readonly file: string,
    readonly problems: { location: string; message: string }[],
  ) {
    super(
      `${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n` +
        problems.map((p) => `  ${p.location}: ${p.message}`).join('\n'),
    );
  }
}

/** The articles of a folder: every `NAME.txt` with its `NAME.yaml` (or .yml, .json) beside it. */
export function listArticleFiles(dir: string): { textFile: string; extractionFile: string }[] {
  if (!existsSync(dir))
    throw new SourceFileError(dir, [{ location: dir, message: 'no such folder' }]);
  const names = readdirSync(dir).sort();
  const pairs: { textFile: string; extractionFile: string }[] = [];
  const problems: { location: string; message: string }[] = [];
  for (const name of names.filter((n) => n.endsWith('.txt'))) {
    const stem = name.slice(0, -'.txt'.length);
    const extraction = EXTRACTION_EXTENSIONS.map((ext) => stem + ext).find((n) =>
      names.includes(n),
    );
    if (extraction)
      pairs.push({ textFile: join(dir, name), extractionFile: join(dir, extraction) });
    else
      problems.push({
        location: join(dir, name),
        message: `no extraction file ${stem}.yaml beside it`,
      });
  }
  for (const name of names.filter((n) => EXTRACTION_EXTENSIONS.some((ext) => n.endsWith(ext)))) {
    const stem = name.slice(0, name.lastIndexOf('.'));
    if (!names.includes(`${stem}.txt`)) {
      problems.push({
        location: join(dir, name),
        message: `no article text ${stem}.txt beside it`,
      });
    }
  }
  if (problems.length > 0) throw new SourceFileError(dir, problems);
  return pairs;
}

/**
 * Reads and checks one article: parses its text, validates its extraction file
 * against the schema and the article, and locates every quote. Throws a
 * SourceFileError naming each problem's file, line, path and value.
 */
export function readArticle(
  textFile: string,
  extractionFile: string,
  root = process.cwd(),
): ArticleSource {
  const textName = displayPath(root, textFile);
  const extractionName = displayPath(root, extractionFile);
  const text = readFileSync(textFile, 'utf8');
  let parsed: ReturnType<typeof parseArticle>;
  try {
    parsed = parseArticle(text);
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error;
    throw new SourceFileError(textName, [
      { location: error.line ? `${textName}:${error.line}` : textName, message: error.message },
    ]);
  }

  const raw = readFileSync(extractionFile, 'utf8');
  const lines = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  const at = (issue: Issue) => {
    const node = doc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
    const offset = node?.range?.[0];
    const pos = offset === undefined ? undefined : lines.linePos(offset);
    return {
      location: `${extractionName}${pos ? `:${pos.line}:${pos.col}` : ''} ${formatPath(issue.path)}`,
      message: issue.message,
    };
  };
  if (doc.errors.length > 0) {
    throw new SourceFileError(
      extractionName,
      doc.errors.map((e) => ({
        location: `${extractionName}:${e.linePos?.[0]?.line ?? '?'}:${e.linePos?.[0]?.col ?? '?'}`,
        message: `malformed ${extractionFile.endsWith('.json') ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const data: unknown = doc.toJS();
  // Items still under review are reported with the schema's problems, so a draft's are all listed at once.
  const reviews = new IssueList();
  checkReviewMarks(data, reviews);
  const result = ExtractionSchema.safeParse(data);
  if (!result.success)
    throw new SourceFileError(
      extractionName,
      [...zodIssues(result.error, data), ...reviews.items].map(at),
    );

  const extraction: Extraction = result.data;
  const issues = new IssueList();
  issues.items.push(...reviews.items);
  checkExtraction(extraction, issues);
  const source: ArticleSource = {
    id: extraction.article.id,
    textFile: textName,
    extractionFile: extractionName,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    extractionSha256: createHash('sha256').update(raw).digest('hex'),
    parsed,
    extraction,
  };
  // Building locates every quote; the graph itself is rebuilt at load time with resolved ids.
  issues.items.push(...buildArticleGraph(source).issues.items);
  if (!issues.empty) throw new SourceFileError(extractionName, issues.items.map(at));
  return source;
}

/** A path relative to the working folder when inside it, absolute otherwise. */
function displayPath(root: string, file: string): string {
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

function zodIssues(error: ZodError, data: unknown): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(data, path);
    const shown =
      value === undefined || typeof value === 'object' ? '' : ` (got ${JSON.stringify(value)})`;
    const message =
      issue.code === 'invalid_type' && value === undefined
        ? `required: ${issue.message}`
        : `${issue.message}${shown}`;
    return { path, message };
  });
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
