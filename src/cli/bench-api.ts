import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { discoverIds, queriesToTime } from '../bench/api-discovery.js';
import { invalidDocuments } from '../bench/api-query-check.js';
import { type ApiBenchOptions, apiReport, reportText, writeReport } from '../bench/api-report.js';
import {
  type App,
  httpTransport,
  inProcessTransport,
  type Listening,
  listen,
} from '../bench/api-transports.js';
import { benchArticles, loadGraph } from '../bench/graph-load.js';
import { MemorySampler } from '../bench/memory-sampler.js';
import { createOperationLog } from '../bench/operation-log.js';
import { type RunContext, timeQueries } from '../bench/timed-runs.js';
import { loadConfig } from '../config.js';
import type { ArticleSource } from '../ingest/graph-builder.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { createApp } from '../yoga.js';
import { runCli } from './run.js';

/**
 * `npm run bench:api [-- --articles 300 --runs 30]`: loads the seed articles
 * and generated ones into an empty Neo4j (a throwaway instance unless
 * NEO4J_URI is set), then times a fixed set of read queries over HTTP (the
 * headline) and in-process (`app.fetch`, for comparison): warm-up runs, timed
 * sequential runs, and a burst of concurrent clients on the slowest query.
 * Prints latency, response size, Cypher statements per request and memory,
 * and writes them as JSON and Markdown to reports/.
 */

const USAGE =
  'usage: npm run bench:api [-- --articles <n>] [--runs <n>] [--warmup <n>] [--concurrency <n>]';

const SEEDS_DIR = 'seeds';

/** The options, or every problem with them in one message. */
function parseOptions(): ApiBenchOptions | string {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        articles: { type: 'string', default: '300' },
        runs: { type: 'string', default: '30' },
        warmup: { type: 'string', default: '5' },
        concurrency: { type: 'string', default: '8' },
      },
      strict: true,
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const problems: string[] = [];
  const integer = (name: string, min: number, max: number) => {
    const raw = values[name];
    const n = Number(raw);
    if (raw === undefined || raw.trim() === '' || !Number.isInteger(n) || n < min || n > max)
      problems.push(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const options = {
    articles: integer('articles', 1, 100_000),
    runs: integer('runs', 1, 10_000),
    warmup: integer('warmup', 0, 1_000),
    concurrency: integer('concurrency', 1, 256),
  };
  return problems.length > 0 ? problems.join('\n') : options;
}

/** Finds ids in the loaded graph, then times the queries over both transports. */
async function measureApi(run: RunContext, app: App, url: string, seeds: ArticleSource[]) {
  const inProcess = inProcessTransport(app);
  const ids = await discoverIds(inProcess, seeds);
  run.logger.info('bench api ids', { ...ids, sectors: ids.sectors.length });
  const queries = await queriesToTime(inProcess, ids, run.logger);
  const results = await timeQueries(run, httpTransport(url), inProcess, queries);
  return { ids, queries, results };
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  const invalid = invalidDocuments();
  if (invalid.length > 0)
    throw new Error(`the benchmark's queries do not match the schema:\n${invalid.join('\n')}`);
  const config = loadConfig();
  const logger = createLogger(config.log);
  const operations = createOperationLog(logger);
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-api-'));
  const sampler = new MemorySampler();
  try {
    // Check every article before starting Neo4j, as seed does.
    const articles = benchArticles(SEEDS_DIR, dir, options.articles);
    const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
    const executor = createExecutor(connection, config, logger);
    let server: Listening | undefined;
    try {
      const loaded = await loadGraph(executor, connection.uri, articles.sources, logger);
      const app = createApp({ executor, logger: operations.logger });
      server = await listen(app);
      logger.info('bench api listening', { url: server.url });
      const run = { counts: options, operations: operations.lines, sampler, logger };
      const measured = await measureApi(run, app, server.url, articles.seeds);
      sampler.stop();
      const report = apiReport({
        neo4j: connection,
        options,
        seeds: articles.seeds.length,
        loaded,
        ...measured,
        memory: sampler.peaks,
      });
      process.stdout.write(reportText(report, writeReport(report)));
      return 0;
    } finally {
      await server?.close();
      await executor.close();
      await connection.release();
    }
  } finally {
    sampler.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

runCli(main);
