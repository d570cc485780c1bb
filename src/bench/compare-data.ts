import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { bulkLoadArticles } from '../ingest/bulk-loader.js';
import type { ArticleSource } from '../ingest/graph-builder.js';
import { readArticles } from '../ingest/loader.js';
import type { Logger } from '../logger.js';
import { type Neo4jConnection, resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import type { Executor } from '../neo4j/executor.js';
import { applySchema, modelNodeCount } from '../neo4j/schema.js';
import type { ServerNeo4j } from './compare-child.js';
import { libraryVersion } from './compare-neo4j-graphql.js';
import { machine, type Setting } from './compare-report.js';
import { benchArticles } from './graph-load.js';

/**
 * The one Neo4j and one data set `npm run bench` measures on: a local Neo4j
 * already loaded (`--neo4j-dir`), the server at NEO4J_URI as it is, or a
 * throwaway Neo4j loaded with a folder of articles (`--dataset`) or with the
 * seeds and synthetic articles.
 */

export interface CompareData {
  neo4j: ServerNeo4j;
  /** For discovery and the report's counts. */
  executor: Executor;
  /** The machine, software and data, for the report. */
  setting(): Promise<Setting>;
  close(): Promise<void>;
}

export interface DataOptions {
  dataset: string | undefined;
  articles: number;
  neo4jDir: string | undefined;
  /** Always load the seeds and synthetic articles (into NEO4J_URI too, which must be empty). */
  smoke: boolean;
}

const SEEDS_DIR = 'seeds';

/** A generated data set's folder holds its articles in `articles/`; a plain folder holds them itself. */
const articlesIn = (dir: string) =>
  existsSync(join(dir, 'articles')) ? join(dir, 'articles') : dir;

/** Bulk-loads the articles into the empty database behind `executor`; refuses one that holds data. */
async function loadInto(
  executor: Executor,
  uri: string,
  sources: ArticleSource[],
  logger: Logger,
): Promise<number> {
  const existing = await modelNodeCount(executor);
  if (existing > 0)
    throw new Error(
      `the benchmark loads its data into an empty database; ${uri} has ${existing} nodes (to measure what it holds, give no --dataset)`,
    );
  return (await bulkLoadArticles(executor, sources, logger, { progress: 'log' })).ms;
}

export async function openCompareData(
  options: DataOptions,
  config: Config,
  scratch: string,
  logger: Logger,
): Promise<CompareData> {
  const reuse =
    options.neo4jDir !== undefined ||
    (config.neo4j.external !== undefined && !options.dataset && !options.smoke);
  // Check the articles before starting Neo4j, as seed does.
  const articles = reuse
    ? undefined
    : options.dataset
      ? { sources: readArticles(articlesIn(options.dataset)), seeds: [] }
      : benchArticles(SEEDS_DIR, scratch, options.articles);
  const local = options.neo4jDir
    ? { ...config.neo4j.local, dir: resolve(options.neo4jDir) }
    : config.neo4j.local;
  const connection: Neo4jConnection = await resolveNeo4j({
    config: { ...config, neo4j: { ...config.neo4j, local } },
    logger,
    // The long-lived instance under --neo4j-dir, kept running; otherwise a throwaway one.
    purpose: options.neo4jDir ? 'app' : 'bench',
  });
  const executor = createExecutor(connection, config, logger);
  try {
    const loadMs = articles
      ? await loadInto(executor, connection.uri, articles.sources, logger)
      : null;
    // A data set loaded by an earlier version is brought to today's model, as
    // `npm start` would bring it before serving: Accord is measured on the
    // graph it serves (a no-op when the migrations are recorded).
    if (!articles) await applySchema(executor, logger);
    const description = options.neo4jDir
      ? `the local Neo4j under ${options.neo4jDir}`
      : !articles
        ? `the Neo4j at ${connection.uri}`
        : options.dataset
          ? `${articles.sources.length} articles from ${options.dataset}`
          : `${articles.seeds.length} seed + ${options.articles} synthetic articles`;
    return {
      neo4j: {
        uri: connection.uri,
        username: connection.username,
        password: connection.password,
        database: connection.database,
      },
      executor,
      setting: async () => {
        const [version] = await executor.query({
          cypher:
            'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
        });
        const [sizes] = await executor.query({
          cypher: `CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (c:Company) RETURN count(c) AS companies }
RETURN nodes, relationships, companies`,
        });
        return {
          ...machine(),
          neo4j: {
            version: String(version?.version),
            edition: String(version?.edition),
            source: connection.source,
          },
          neo4jGraphql: libraryVersion(),
          dataset: {
            description,
            nodes: Number(sizes?.nodes),
            relationships: Number(sizes?.relationships),
            companies: Number(sizes?.companies),
            loadMs: loadMs === null ? null : Math.round(loadMs),
          },
        };
      },
      close: async () => {
        await executor.close();
        await connection.release();
      },
    };
  } catch (error) {
    await executor.close();
    await connection.release();
    throw error;
  }
}
