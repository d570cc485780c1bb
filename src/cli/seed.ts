import { parseArgs } from 'node:util';
import { type Config, loadConfig } from '../config.js';
import {
  articlesGoneFrom,
  removeArticles,
  UnknownArticleError,
} from '../ingest/article-removal.js';
import { SourceFileError } from '../ingest/article-source.js';
import { bulkLoadArticles } from '../ingest/bulk-loader.js';
import type { ArticleSource } from '../ingest/graph-builder.js';
import {
  ArticleLoadError,
  LoadRejectedError,
  loadArticles,
  readArticles,
} from '../ingest/loader.js';
import { createLogger, type Logger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { runCli } from './run.js';

const USAGE =
  'usage: npm run seed [-- --dir <folder>] [--batch <articles per transaction>] [--force] [--per-article] [--prune]\n' +
  '       npm run seed -- --check [--dir <folder>]\n' +
  '       npm run seed -- --remove <article id> [--remove <article id>]...';

interface SeedArgs {
  dir: string;
  /** Undefined: LOAD_BATCH_SIZE. */
  batch: number | undefined;
  force: boolean;
  perArticle: boolean;
  /** Only check the folder's files, as the loader does, and write nothing. */
  check: boolean;
  /** Articles to take out of the graph instead of loading. */
  remove: string[];
  /** Also take out the articles loaded from the folder whose files are gone. */
  prune: boolean;
}

function parseSeedArgs(): SeedArgs {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'seeds' },
      batch: { type: 'string' },
      force: { type: 'boolean', default: false },
      'per-article': { type: 'boolean', default: false },
      check: { type: 'boolean', default: false },
      remove: { type: 'string', multiple: true },
      prune: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 10_000))
    throw new Error(`--batch must be an integer from 1 to 10000, got "${values.batch}"`);
  if (values['per-article'] && batch !== undefined)
    throw new Error(
      '--batch is for the bulk loader; --per-article loads one article per transaction',
    );
  if (values.check && (batch !== undefined || values.force || values['per-article']))
    throw new Error(
      '--check only reads the files; --batch, --force and --per-article are for loading',
    );
  const remove = values.remove ?? [];
  if (remove.some((id) => id.trim() === '')) throw new Error('--remove needs an article id');
  if (remove.length > 0 && values.prune)
    throw new Error(
      '--remove takes out the articles given; --prune those gone from --dir: give one',
    );
  if (values.check && (remove.length > 0 || values.prune))
    throw new Error('--check only reads the files; --remove and --prune change the graph');
  return {
    check: values.check ?? false,
    remove,
    prune: values.prune ?? false,
    dir: values.dir ?? 'seeds',
    batch,
    force: values.force ?? false,
    perArticle: values['per-article'] ?? false,
  };
}

/**
 * `npm run seed`: checks every article of the folder (before touching Neo4j),
 * then loads them in batches, one transaction per batch, skipping those the
 * graph already holds unchanged (`--force` reloads them). `--per-article`
 * loads each article in its own transaction instead, without skipping.
 * `--check` stops after the checks, without Neo4j: a one-line summary and 0,
 * or the loader's report of every problem and 1.
 * `--prune` first takes out the articles loaded from the folder whose files
 * are gone; `--remove <id>` only takes out the articles given.
 */
async function main(): Promise<number> {
  let args: SeedArgs;
  try {
    args = parseSeedArgs();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { dir } = args;
  const config = loadConfig();
  const logger = createLogger(config.log);
  if (args.remove.length > 0) return remove(args.remove, config, logger);

  let sources: ArticleSource[];
  try {
    sources = readArticles(dir);
  } catch (error) {
    if (!(error instanceof LoadRejectedError || error instanceof SourceFileError)) throw error;
    logger.error('seed rejected', { dir, reason: error.name });
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (args.check) {
    process.stdout.write(
      `${dir}: ${sources.length} article${sources.length === 1 ? '' : 's'} checked, all valid (nothing written)\n`,
    );
    return 0;
  }
  if (sources.length === 0) logger.warn('no articles in folder: nothing to load', { dir });
  logger.info('articles checked', { dir, articles: sources.length });

  const connection = await resolveNeo4j({ config, logger, purpose: 'app' });
  const executor = createExecutor(connection, config, logger);
  try {
    const started = Date.now();
    if (args.prune) {
      const gone = await articlesGoneFrom(
        executor,
        dir,
        sources.map((s) => s.id),
      );
      await removeArticles(executor, gone, logger);
      logger.info('pruned', { dir, removed: gone.length, articles: gone });
    }
    if (args.perArticle) {
      const results = await loadArticles(executor, sources, logger);
      logger.info('seed complete', { dir, articles: results.length, ms: Date.now() - started });
    } else {
      const summary = await bulkLoadArticles(executor, sources, logger, {
        batchSize: args.batch ?? config.load.batchSize,
        force: args.force,
      });
      logger.info('seed complete', {
        dir,
        articles: summary.articles,
        loaded: summary.loaded,
        reloaded: summary.reloaded,
        unchanged: summary.skipped,
        ms: Date.now() - started,
      });
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ArticleLoadError)) throw error;
    logger.error('seed stopped', { dir, article: error.file, loaded: error.loaded });
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await executor.close();
    await connection.release();
  }
}

/** `--remove`: takes the articles out of the graph, or refuses if one is unknown. */
async function remove(ids: string[], config: Config, logger: Logger): Promise<number> {
  const connection = await resolveNeo4j({ config, logger, purpose: 'app' });
  const executor = createExecutor(connection, config, logger);
  try {
    const started = Date.now();
    const results = await removeArticles(executor, ids, logger);
    logger.info('removal complete', { articles: results.length, ms: Date.now() - started });
    return 0;
  } catch (error) {
    if (!(error instanceof UnknownArticleError)) throw error;
    logger.error('removal refused', { unknown: error.ids });
    process.stderr.write(`${error.message}\n`);
    return 1;
  } finally {
    await executor.close();
    await connection.release();
  }
}

runCli(main);
