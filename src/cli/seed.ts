import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { SourceFileError } from '../ingest/article-source.js';
import type { ArticleSource } from '../ingest/graph-builder.js';
import {
  ArticleLoadError,
  LoadRejectedError,
  loadArticles,
  readArticles,
} from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { runCli } from './run.js';

const USAGE = 'usage: npm run seed [-- --dir <folder>]';

/**
 * `npm run seed [-- --dir <folder>]`: checks every article of the folder
 * (before touching Neo4j), then loads each in its own transaction.
 */
async function main(): Promise<number> {
  let dir: string;
  try {
    const { values } = parseArgs({
      options: { dir: { type: 'string', default: 'seeds' } },
      strict: true,
    });
    dir = values.dir ?? 'seeds';
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);

  let sources: ArticleSource[];
  try {
    sources = readArticles(dir);
  } catch (error) {
    if (!(error instanceof LoadRejectedError || error instanceof SourceFileError)) throw error;
    logger.error('seed rejected', { dir, reason: error.name });
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  if (sources.length === 0) logger.warn('no articles in folder: nothing to load', { dir });
  logger.info('articles checked', { dir, articles: sources.length });

  const connection = await resolveNeo4j({ config, logger, purpose: 'app' });
  const executor = createExecutor(connection, config, logger);
  try {
    const started = Date.now();
    const results = await loadArticles(executor, sources, logger);
    logger.info('seed complete', { dir, articles: results.length, ms: Date.now() - started });
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

runCli(main);
