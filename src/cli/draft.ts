import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ArticleText } from '../draft/article-text.js';
import { draftExtraction } from '../draft/draft.js';
import { KnownNames, lookupKnownNames } from '../draft/known-names.js';
import { draftYaml } from '../draft/yaml-writer.js';
import { ArticleParseError } from '../ingest/article-parser.js';
import { createLogger, type Logger } from '../logger.js';
import { runningNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { runCli } from './run.js';

const USAGE = 'usage: npm run draft -- <article.txt> [--out <file.yaml>] [--force] [--no-graph]';

/** How long the draft waits for a Neo4j that may not be there. */
const GRAPH_TIMEOUT_MS = 5_000;

interface DraftArgs {
  article: string;
  out: string;
  force: boolean;
  graph: boolean;
}

function parseDraftArgs(): DraftArgs {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'no-graph': { type: 'boolean', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const [article, ...rest] = positionals;
  if (!article) throw new Error('missing the article: give the path of its .txt file');
  if (rest.length > 0) throw new Error(`one article at a time, got also ${rest.join(', ')}`);
  const stem = extname(article) === '.txt' ? article.slice(0, -'.txt'.length) : article;
  return {
    article,
    out: values.out ?? `${stem}.yaml`,
    force: values.force ?? false,
    graph: !values['no-graph'],
  };
}

/** What the graph knows of the article's words, or nothing when no Neo4j answers. */
async function knownNames(article: ArticleText, logger: Logger): Promise<KnownNames> {
  const config = loadConfig();
  const connection = runningNeo4j(config);
  if (!connection) {
    logger.info('no Neo4j running: drafting from the text alone');
    return KnownNames.none();
  }
  const executor = createExecutor(connection, config, logger);
  try {
    await Promise.race([
      executor.driver.verifyConnectivity(),
      new Promise((_, reject) =>
        setTimeout(
          () => reject(new Error(`no answer in ${GRAPH_TIMEOUT_MS} ms`)),
          GRAPH_TIMEOUT_MS,
        ).unref(),
      ),
    ]);
    const known = await lookupKnownNames(executor, article);
    logger.info('names resolved against the graph', { uri: connection.uri, known: known.size });
    return known;
  } catch (error) {
    logger.warn('Neo4j not reachable: drafting from the text alone', {
      uri: connection.uri,
      reason: (error as Error).message,
    });
    return KnownNames.none();
  } finally {
    await executor.close();
  }
}

/**
 * `npm run draft -- <article.txt>`: drafts the article's extraction file
 * beside it (or at --out), for a person to review, resolving names against
 * the graph when a Neo4j runs. Never overwrites a file without --force.
 * Exit codes: 0 written, 1 the article cannot be read or the file exists, 2 bad arguments.
 */
async function main(): Promise<number> {
  let args: DraftArgs;
  try {
    args = parseDraftArgs();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const logger = createLogger(loadConfig().log);
  if (existsSync(args.out) && !args.force) {
    process.stderr.write(
      `${args.out} already exists: not overwritten (give --force to replace it)\n`,
    );
    return 1;
  }
  if (!existsSync(args.article)) {
    process.stderr.write(`${args.article}: no such file\n`);
    return 1;
  }
  const text = readFileSync(args.article, 'utf8');
  let article: ArticleText;
  try {
    article = new ArticleText(text);
  } catch (error) {
    if (!(error instanceof ArticleParseError)) throw error;
    const where = error.line ? `${args.article}:${error.line}` : args.article;
    process.stderr.write(`${where}: ${error.message}\n`);
    return 1;
  }
  const known = args.graph ? await knownNames(article, logger) : KnownNames.none();
  const draft = draftExtraction(text, { id: basename(args.article, '.txt'), known });
  const yaml = draftYaml(draft, args.article);
  writeFileSync(args.out, yaml, { flag: args.force ? 'w' : 'wx' });
  const reviews = (yaml.match(/^\s*(?:- )?review:/gmu) ?? []).length;
  logger.info('draft written', {
    file: args.out,
    companies: draft.companies?.length ?? 0,
    people: draft.people?.length ?? 0,
    partnerships: draft.partnerships.length,
    toReview: reviews,
  });
  return 0;
}

runCli(main);
