import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleSource } from '../ingest/graph-builder.js';
import { loadArticle, readArticles } from '../ingest/loader.js';
import type { Logger } from '../logger.js';
import type { Executor } from '../neo4j/executor.js';
import { applySchema, modelNodeCount } from '../neo4j/schema.js';
import { syntheticArticles } from './synthetic-articles.js';

/**
 * The graph a benchmark reads: the seed articles and generated ones, checked
 * before Neo4j is touched (as seed does) and loaded into an empty database.
 */

/** The seed articles and every article of the folder. */
export interface BenchArticles {
  seeds: ArticleSource[];
  sources: ArticleSource[];
}

/** Writes `count` synthetic articles into `dir`, then reads and checks the seeds and them. */
export function benchArticles(seedsDir: string, dir: string, count: number): BenchArticles {
  for (const a of syntheticArticles(count)) {
    writeFileSync(join(dir, `${a.stem}.txt`), a.text);
    writeFileSync(join(dir, `${a.stem}.yaml`), a.extraction);
  }
  const seeds = readArticles(seedsDir);
  return { seeds, sources: [...seeds, ...readArticles(dir)] };
}

/** What loading took and made. */
export interface LoadedGraph {
  loadMs: number;
  graph: { nodes: number; relationships: number };
}

/** Loads `sources` in order into the empty database behind `executor`; refuses one with data. */
export async function loadGraph(
  executor: Executor,
  uri: string,
  sources: ArticleSource[],
  logger: Logger,
): Promise<LoadedGraph> {
  const existing = await modelNodeCount(executor);
  if (existing > 0)
    throw new Error(`the benchmark needs an empty database; ${uri} has ${existing} nodes`);
  const started = performance.now();
  await applySchema(executor, logger);
  for (const [i, source] of sources.entries()) {
    await loadArticle(executor, source);
    if ((i + 1) % 50 === 0 || i + 1 === sources.length)
      logger.info('bench load', { progress: `${i + 1}/${sources.length}` });
  }
  const loadMs = Math.round(performance.now() - started);
  const [sizes] = await executor.query({
    cypher:
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  });
  return { loadMs, graph: { nodes: Number(sizes?.nodes), relationships: Number(sizes?.rels) } };
}
