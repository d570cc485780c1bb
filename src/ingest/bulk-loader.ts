import { Label } from '../graph/vocabulary.js';
import type { Logger } from '../logger.js';
import {
  articleStates,
  dropUnwrittenArticles,
  graphStatements,
  lockArticles,
  withdrawalStatements,
} from '../neo4j/batch-writes.js';
import { nodesReportedBy, settleEntities, writtenBy } from '../neo4j/entity-names.js';
import type { Executor, Row, Tx } from '../neo4j/executor.js';
import { settlePartnerships } from '../neo4j/partnership-settle.js';
import { applySchema } from '../neo4j/schema.js';
import { restateValues, statedClaim } from '../neo4j/stated-values.js';
import { readBatch } from './batch-read.js';
import { type BatchPlan, planBatch } from './batch-resolution.js';
import { isTimeout, withRetries } from './batch-retries.js';
import type { ArticleSource } from './graph-builder.js';
import { ArticleLoadError, loadArticle, readArticles } from './loader.js';
import { LoadProgress, type ProgressCounts } from './progress.js';

/**
 * Loads many articles with the semantics of loadArticles (each article
 * resolved against everything before it, conflicts refused with the same
 * message) but a batch of articles per transaction: one read to resolve the
 * batch, planning in memory (batch-resolution.ts), then one statement per
 * label and relationship type. Articles whose text and extraction file are
 * those the graph already holds are skipped.
 */

export const DEFAULT_BATCH_SIZE = 200;
/** The first batch when starting small. */
const FIRST_BATCH = 10;

export interface BulkLoadOptions {
  /** Articles per transaction. @default 200 */
  batchSize?: number;
  /** Reload every article, even those the graph holds unchanged. @default false */
  force?: boolean;
  /** `auto`: a bar on a terminal, log lines otherwise; `none`: nothing. @default 'auto' */
  progress?: 'auto' | 'log' | 'none';
  /**
   * Begin with batches of 10 and double after each success up to the batch
   * size: the first transactions also compile every statement, and a cold or
   * busy server should not time out on a large one. @default true
   */
  startSmall?: boolean;
}

export interface BulkLoadSummary {
  /** Articles given. */
  articles: number;
  /** Articles written by this run. */
  loaded: number;
  /** Of those, articles that replaced an earlier version. */
  reloaded: number;
  /** Articles the graph already held unchanged. */
  skipped: number;
  /** Transactions committed. */
  batches: number;
  /** Nodes and relationships written (merged), Evidence and Alias included. */
  nodes: number;
  relationships: number;
  /** Entities that resolved to a node of another id. */
  merged: number;
  ms: number;
  /** Where the batches' time went (see LoadPhase); a retried batch counts each attempt. */
  phasesMs: Record<LoadPhase, number>;
}

/**
 * The steps of one batch's transaction, in order: lock the articles and read
 * their stored versions (and, last, drop the locked ones not written); read
 * what the graph knows of the batch's entities and partnerships (one read);
 * plan the graph (pure, no I/O); withdraw what
 * reloaded articles said before; write nodes, relationships and evidence;
 * restate the values each article gives; settle the partnerships many
 * articles report (canonical id and names).
 */
export const LOAD_PHASES = [
  'lock',
  'read',
  'plan',
  'withdraw',
  'write',
  'values',
  'settle',
] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

const noPhases = (): Record<LoadPhase, number> =>
  Object.fromEntries(LOAD_PHASES.map((phase) => [phase, 0])) as Record<LoadPhase, number>;

/** Runs `work`, adding its time to `phase`. */
async function timed<T>(
  phases: Record<LoadPhase, number>,
  phase: LoadPhase,
  work: () => Promise<T> | T,
): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    phases[phase] += performance.now() - started;
  }
}

/** What the graph holds of each article, by id: the hashes of the version it loaded. */
type Stored = Map<string, { sha256: string | null; extractionSha256: string | null }>;

function storedStates(rows: Row[]): Stored {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return new Map(
    rows.map((r) => [
      String(r.id),
      { sha256: text(r.sha256), extractionSha256: text(r.extractionSha256) },
    ]),
  );
}

/** Whether the graph holds this very version of the article. */
function unchanged(source: ArticleSource, stored: Stored): boolean {
  const s = stored.get(source.id);
  return (
    s !== undefined &&
    s.sha256 === source.sha256 &&
    (s.extractionSha256 ?? undefined) === source.extractionSha256
  );
}

interface BatchOutcome {
  /** The batch's articles not skipped, in order; plan indexes refer to them. */
  considered: ArticleSource[];
  plan: BatchPlan;
  reloaded: number;
}

/** Plans and writes one batch in the transaction; see the module comment. */
async function writeBatch(
  tx: Tx,
  batch: ArticleSource[],
  force: boolean,
  phases: Record<LoadPhase, number>,
): Promise<BatchOutcome> {
  const ids = batch.map((s) => s.id);
  // Locks first, then decides: another loader may have loaded some meanwhile.
  const stored = storedStates(await timed(phases, 'lock', () => tx.run(lockArticles(ids))));
  const considered = force ? batch : batch.filter((s) => !unchanged(s, stored));
  const reloaded = considered.filter((s) => stored.get(s.id)?.sha256 != null).map((s) => s.id);
  let plan: BatchPlan = { articles: [], stop: undefined };
  if (considered.length > 0) {
    const read = await timed(phases, 'read', () => readBatch(tx, considered, reloaded));
    plan = await timed(phases, 'plan', () => planBatch(considered, new Set(reloaded), read));
    const withdrawals = plan.articles.flatMap((a) => (a.withdrawal ? [a.withdrawal] : []));
    const reported = await timed(phases, 'withdraw', async () => {
      const reported = await nodesReportedBy(
        tx,
        withdrawals.map((w) => w.articleId),
      );
      for (const statement of withdrawalStatements(withdrawals)) await tx.run(statement);
      return reported;
    });
    const graphs = plan.articles.map((a) => a.graph);
    const refresh = withdrawals.flatMap((w) => w.refresh);
    await timed(phases, 'write', async () => {
      for (const statement of graphStatements(graphs, refresh)) await tx.run(statement);
    });
    // Values are restated from the evidence, so the batch gives what loading one by one gives.
    const claims = [
      ...(read.retraction?.evidence ?? []),
      ...graphs.flatMap((g) => g.evidence.map(statedClaim)),
    ];
    await timed(phases, 'values', () => restateValues(tx, claims));
    const partnerships = graphs.flatMap((g) =>
      g.nodes.filter((n) => n.label === Label.Partnership).map((n) => n.id),
    );
    await timed(phases, 'settle', async () => {
      await settlePartnerships(tx, [...reported.partnerships, ...partnerships]);
      await settleEntities(tx, [...reported.entities, ...graphs.flatMap(writtenBy)]);
    });
  }
  await timed(phases, 'lock', () => tx.run(dropUnwrittenArticles(ids)));
  return {
    considered,
    plan,
    reloaded: plan.articles.filter((a) => a.withdrawal).length,
  };
}

const written = (plan: BatchPlan): ProgressCounts =>
  plan.articles.reduce(
    (sum, { graph: g }) => ({
      articles: sum.articles + 1,
      nodes: sum.nodes + g.nodes.length + g.evidence.length + g.aliases.length,
      relationships: sum.relationships + g.rels.length + 2 * g.evidence.length + g.aliases.length,
    }),
    { articles: 0, nodes: 0, relationships: 0 },
  );

/** Checks every article of a folder (nothing written if one is bad), then bulk-loads them. */
export async function bulkLoadDirectory(
  executor: Executor,
  dir: string,
  logger: Logger,
  options: BulkLoadOptions = {},
): Promise<BulkLoadSummary> {
  return bulkLoadArticles(executor, readArticles(dir), logger, options);
}

/**
 * Applies the schema, skips the articles the graph holds unchanged (one
 * read), then loads the others in order, a batch per transaction. A batch
 * stops before an article whose entities conflict with the graph; that
 * article is then loaded alone, so it is refused with loadArticle's message
 * and the articles before it stay loaded. A batch that fails otherwise is
 * loaded again article by article, which names the article that fails.
 */
export async function bulkLoadArticles(
  executor: Executor,
  sources: ArticleSource[],
  logger: Logger,
  options: BulkLoadOptions = {},
): Promise<BulkLoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`batch size must be a positive integer, got ${batchSize}`);
  const force = options.force ?? false;
  await applySchema(executor, logger);
  const stored = storedStates(await executor.query(articleStates(sources.map((s) => s.id))));
  const todo = force ? sources : sources.filter((s) => !unchanged(s, stored));
  const summary: BulkLoadSummary = {
    articles: sources.length,
    loaded: 0,
    reloaded: 0,
    skipped: sources.length - todo.length,
    batches: 0,
    nodes: 0,
    relationships: 0,
    merged: 0,
    ms: 0,
    phasesMs: noPhases(),
  };
  logger.info('articles to load', {
    articles: sources.length,
    unchanged: summary.skipped,
    toLoad: todo.length,
    batchSize,
    force,
  });
  const progress = new LoadProgress({
    total: todo.length,
    logger,
    ...(options.progress === 'log' ? { bar: false } : {}),
  });
  const report = options.progress !== 'none';
  const count = (counts: ProgressCounts) => {
    summary.loaded += counts.articles;
    summary.nodes += counts.nodes;
    summary.relationships += counts.relationships;
    if (report) progress.advance(counts);
  };
  /** Loads one article in its own transaction, as loadArticles does. */
  const loadOne = async (source: ArticleSource) => {
    const result = await loadArticle(executor, source).catch((error: Error) => {
      throw new ArticleLoadError(source.extractionFile, summary.loaded, error);
    });
    summary.batches += 1;
    summary.merged += result.merged.length;
    count({
      articles: 1,
      nodes: result.nodes + result.evidence,
      relationships: result.relationships + 2 * result.evidence,
    });
  };

  let start = 0;
  // A batch that timed out lowers the ceiling for the rest of the run.
  let ceiling = batchSize;
  let size = options.startSmall === false ? batchSize : Math.min(batchSize, FIRST_BATCH);
  while (start < todo.length) {
    const batch = todo.slice(start, start + size);
    let outcome: BatchOutcome;
    try {
      outcome = await withRetries(logger, () =>
        executor.write((tx) => writeBatch(tx, batch, force, summary.phasesMs), {
          metadata: { loader: 'bulk', articles: batch.length },
        }),
      );
    } catch (error) {
      if (isTimeout(error) && batch.length > 1) {
        size = Math.ceil(batch.length / 2);
        ceiling = size;
        logger.warn('batch timed out; trying a smaller one', {
          articles: batch.length,
          next: size,
        });
        continue;
      }
      logger.warn('batch failed; loading its articles one by one', {
        first: batch[0]?.extractionFile,
        articles: batch.length,
        error,
      });
      for (const source of batch) await loadOne(source);
      start += batch.length;
      continue;
    }
    size = Math.min(ceiling, size * 2);
    const { considered, plan } = outcome;
    summary.batches += 1;
    summary.skipped += batch.length - considered.length;
    summary.reloaded += outcome.reloaded;
    for (const a of plan.articles) {
      summary.merged += a.merged.length;
      for (const m of a.merged)
        logger.debug('entity resolved by alias', { article: a.source.id, ...m });
    }
    count(written(plan));
    const stop = plan.stop;
    if (!stop) {
      start += batch.length;
      continue;
    }
    const next = considered[stop.index] as ArticleSource;
    start += batch.indexOf(next);
    if (stop.reason === 'conflict') {
      // Alone, it is refused with the message loadArticle gives, naming its file.
      await loadOne(next);
      start += 1;
    }
  }
  summary.ms = Math.round(performance.now() - started);
  for (const phase of LOAD_PHASES) summary.phasesMs[phase] = Math.round(summary.phasesMs[phase]);
  if (report) progress.finish();
  logger.info('load complete', { ...summary });
  return summary;
}
