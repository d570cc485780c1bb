import { type BulkLoadOptions, bulkLoadArticles, type LoadPhase } from '../ingest/bulk-loader.js';
import type { ArticleSource } from '../ingest/graph-builder.js';
import { loadArticle } from '../ingest/loader.js';
import type { Logger } from '../logger.js';
import type { Executor } from '../neo4j/executor.js';
import { applySchema } from '../neo4j/schema.js';
import { type Latency, latency } from './latency.js';

/**
 * The passes of the load benchmark: loading with the bulk loader or article
 * by article, each timed and measured in articles, nodes and relationships
 * per second, and the helpers they share (counting, emptying the database).
 */

export interface GraphCounts {
  nodes: number;
  relationships: number;
}

export interface PassResult {
  pass: string;
  ms: number;
  /** Articles written by the pass (skipped ones excluded). */
  articles: number;
  skipped: number;
  articlesPerSecond: number;
  /**
   * Nodes and relationships per second: of the graph the pass built when it
   * started from an empty database, else of what it wrote (merged).
   */
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** The graph after the pass. */
  graph: GraphCounts;
  transactions: number;
  latency?: Latency;
  /** Bulk passes: where the batches' time went. */
  phasesMs?: Record<LoadPhase, number>;
}

export async function graphCounts(executor: Executor): Promise<GraphCounts> {
  const [row] = await executor.query({
    cypher:
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  });
  return { nodes: Number(row?.nodes), relationships: Number(row?.rels) };
}

/** Deletes everything (in transactions of 10,000 nodes, as a large graph needs) and applies the schema. */
export async function emptyDatabase(executor: Executor, logger: Logger): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, which the executor does not offer.
  const session = executor.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(executor, logger);
}

export const perSecond = (n: number, ms: number) => Math.round((n / Math.max(ms, 1)) * 10_000) / 10;

/** Loads with the bulk loader and measures it. */
export async function bulkPass(
  pass: string,
  executor: Executor,
  sources: ArticleSource[],
  logger: Logger,
  options: BulkLoadOptions,
): Promise<PassResult> {
  const before = await graphCounts(executor);
  const started = performance.now();
  const summary = await bulkLoadArticles(executor, sources, logger, options);
  const ms = performance.now() - started;
  const graph = await graphCounts(executor);
  // A pass that grew the graph is measured by what it added, as LOAD CSV is by
  // what it creates; one that only rewrote it (a reload) by what it wrote. An
  // emptied database still holds its migrations' nodes, so "empty before" is
  // not the test: a pass after emptying once counted every merge, repeats and all.
  const grew = graph.nodes > before.nodes;
  return {
    pass,
    ms: Math.round(ms),
    articles: summary.loaded,
    skipped: summary.skipped,
    articlesPerSecond: perSecond(summary.loaded, ms),
    nodesPerSecond: perSecond(grew ? graph.nodes - before.nodes : summary.nodes, ms),
    relationshipsPerSecond: perSecond(
      grew ? graph.relationships - before.relationships : summary.relationships,
      ms,
    ),
    graph,
    transactions: summary.batches,
    phasesMs: summary.phasesMs,
  };
}

/** Loads each article in its own transaction (the loader before the bulk one) and measures it. */
export async function perArticlePass(
  pass: string,
  executor: Executor,
  sources: ArticleSource[],
  logger: Logger,
): Promise<PassResult> {
  const before = await graphCounts(executor);
  await applySchema(executor, logger);
  const times: number[] = [];
  const started = performance.now();
  for (const [i, source] of sources.entries()) {
    const t = performance.now();
    await loadArticle(executor, source);
    times.push(performance.now() - t);
    if ((i + 1) % 100 === 0 || i + 1 === sources.length)
      logger.info(`${pass} load`, { progress: `${i + 1}/${sources.length}` });
  }
  const ms = performance.now() - started;
  const graph = await graphCounts(executor);
  const built = before.nodes === 0;
  return {
    pass,
    ms: Math.round(ms),
    articles: sources.length,
    skipped: 0,
    articlesPerSecond: perSecond(sources.length, ms),
    nodesPerSecond: built ? perSecond(graph.nodes, ms) : 0,
    relationshipsPerSecond: built ? perSecond(graph.relationships, ms) : 0,
    graph,
    transactions: sources.length,
    latency: latency(times),
  };
}
