import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type CsvLoadResult, exportGraph, loadCsv } from '../bench/load-csv.js';
import {
  bulkPass,
  emptyDatabase,
  type GraphCounts,
  graphCounts,
  type PassResult,
  perArticlePass,
} from '../bench/load-passes.js';
import { MemorySampler } from '../bench/memory-sampler.js';
import { syntheticArticles } from '../bench/synthetic-articles.js';
import { loadConfig } from '../config.js';
import { LOAD_PHASES, type LoadPhase } from '../ingest/bulk-loader.js';
import { readArticles } from '../ingest/loader.js';
import { createLogger } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { runCli } from './run.js';

const USAGE =
  'usage: npm run bench:load [-- --articles <n> | --dir <folder>] [--batch <n>] [--per-article] [--force-reload] [--skip-load-csv]';

/**
 * `npm run bench:load`: loads generated articles (or a folder) into an empty
 * Neo4j (a throwaway instance unless NEO4J_URI is set) with the bulk loader,
 * loads them again (every article skipped), optionally reloads them all
 * (--force-reload) and loads them article by article (--per-article). Then,
 * on the server those passes warmed up, it loads the same graph with the
 * server's own LOAD CSV (the reference) and with the bulk loader again, and
 * prints and writes nodes/s and relationships/s of each to reports/.
 */

interface BenchArgs {
  articles: number;
  dir: string | undefined;
  batch: number | undefined;
  perArticle: boolean;
  forceReload: boolean;
  loadCsv: boolean;
}

function parseBenchArgs(): BenchArgs {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '300' },
      dir: { type: 'string' },
      batch: { type: 'string' },
      'per-article': { type: 'boolean', default: false },
      'force-reload': { type: 'boolean', default: false },
      'skip-load-csv': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1 || articles > 1_000_000)
    throw new Error(`--articles must be an integer from 1 to 1000000, got "${values.articles}"`);
  const batch = values.batch === undefined ? undefined : Number(values.batch);
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1 || batch > 10_000))
    throw new Error(`--batch must be an integer from 1 to 10000, got "${values.batch}"`);
  return {
    articles,
    dir: values.dir,
    batch,
    perArticle: values['per-article'] ?? false,
    forceReload: values['force-reload'] ?? false,
    loadCsv: !values['skip-load-csv'],
  };
}

const same = (a: GraphCounts, b: GraphCounts) =>
  a.nodes === b.nodes && a.relationships === b.relationships;

/** Each step's share of the batches' time, e.g. `read 1200 ms (12%)`. */
function phaseLine(phases: Record<LoadPhase, number>): string {
  const total = LOAD_PHASES.reduce((sum, phase) => sum + phases[phase], 0) || 1;
  return LOAD_PHASES.map(
    (phase) => `${phase} ${phases[phase]} ms (${Math.round((phases[phase] / total) * 100)}%)`,
  ).join(', ');
}

function line(p: PassResult): string {
  const lat = p.latency ? `, p50 ${p.latency.p50Ms} ms, p95 ${p.latency.p95Ms} ms per article` : '';
  const phases = p.phasesMs && p.articles > 0 ? `\n${' '.repeat(15)}${phaseLine(p.phasesMs)}` : '';
  return (
    `  ${p.pass.padEnd(12)} ${p.ms} ms, ${p.articles} articles (${p.skipped} skipped) in ${p.transactions} transactions: ` +
    `${p.articlesPerSecond} articles/s, ${p.nodesPerSecond} nodes/s, ${p.relationshipsPerSecond} relationships/s${lat}${phases}`
  );
}

async function main(): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  const generated = args.dir === undefined;
  const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'accord-bench-'));
  if (generated) {
    for (const a of syntheticArticles(args.articles)) {
      writeFileSync(join(dir, `${a.stem}.txt`), a.text);
      writeFileSync(join(dir, `${a.stem}.yaml`), a.extraction);
    }
  }
  const csvDir = mkdtempSync(join(tmpdir(), 'accord-csv-'));
  const memory = new MemorySampler();
  memory.phase = 'check';
  const checkStart = performance.now();
  const sources = readArticles(dir);
  const checkMs = Math.round(performance.now() - checkStart);
  const batchSize = args.batch ?? config.load.batchSize;

  const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
  const executor = createExecutor(connection, config, logger);
  try {
    const { nodes } = await graphCounts(executor);
    if (nodes > 0)
      throw new Error(
        `the benchmark needs an empty database; ${connection.uri} has ${nodes} nodes`,
      );
    const passes: PassResult[] = [];
    const bulk = { batchSize, progress: 'log' as const };
    memory.phase = 'bulk load';
    const cold = await bulkPass('bulk (cold)', executor, sources, logger, bulk);
    passes.push(cold);
    memory.phase = 'reload';
    passes.push(await bulkPass('reload', executor, sources, logger, bulk));
    const reloadChangedCounts = !same(cold.graph, passes[1]?.graph ?? cold.graph);
    // The reference loads the graph the bulk loader made, so it is exported now.
    const csvSkipped = !args.loadCsv
      ? '--skip-load-csv'
      : connection.source !== 'local'
        ? `the ${connection.source} Neo4j cannot read this machine's files`
        : undefined;
    const exportStart = performance.now();
    const files = csvSkipped ? [] : await exportGraph(executor, csvDir);
    const exportMs = Math.round(performance.now() - exportStart);
    if (args.forceReload)
      passes.push(await bulkPass('force', executor, sources, logger, { ...bulk, force: true }));
    if (args.perArticle) {
      memory.phase = 'per-article load';
      await emptyDatabase(executor, logger);
      passes.push(await perArticlePass('per-article', executor, sources, logger));
    }
    let csv: (CsvLoadResult & { exportMs: number; sameCounts: boolean }) | { skipped: string };
    let warm = cold;
    if (csvSkipped) csv = { skipped: csvSkipped };
    else {
      // Both measured on a server the passes above have warmed up (JIT, query plans).
      memory.phase = 'load csv';
      await emptyDatabase(executor, logger);
      logger.info('LOAD CSV of the same graph', { files: files.length, dir: csvDir });
      const loaded = await loadCsv(executor, files);
      csv = { ...loaded, exportMs, sameCounts: same(cold.graph, await graphCounts(executor)) };
      memory.phase = 'bulk load';
      await emptyDatabase(executor, logger);
      warm = await bulkPass('bulk (warm)', executor, sources, logger, bulk);
      passes.push(warm);
    }
    memory.stop();

    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    const report = {
      benchmark: 'load',
      date: new Date().toISOString(),
      neo4j: { source: connection.source, uri: connection.uri, heap: config.neo4j.local.heap },
      machine: { node: process.version, platform: process.platform },
      input: generated ? { generated: args.articles } : { dir },
      articles: sources.length,
      batchSize,
      checkMs,
      passes,
      graph: cold.graph,
      reloadChangedCounts,
      loadCsv: csv,
      bulkVersusLoadCsv:
        'ms' in csv
          ? {
              nodes: ratio(warm.nodesPerSecond, csv.nodesPerSecond),
              relationships: ratio(warm.relationshipsPerSecond, csv.relationshipsPerSecond),
            }
          : undefined,
      memory: memory.peaks,
    };
    mkdirSync('reports', { recursive: true });
    const file = join('reports', `bench-load-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(
      [
        `load benchmark: ${sources.length} articles from ${generated ? 'generated files' : dir} (${connection.source} Neo4j), batches of ${batchSize}`,
        `  check (parse, validate, locate quotes): ${checkMs} ms`,
        ...passes.map(line),
        `  graph: ${cold.graph.nodes} nodes, ${cold.graph.relationships} relationships; reload changed counts: ${reloadChangedCounts}`,
        'ms' in csv
          ? `  LOAD CSV:    ${csv.ms} ms (export ${csv.exportMs} ms): ${csv.nodesPerSecond} nodes/s, ${csv.relationshipsPerSecond} relationships/s; same counts: ${csv.sameCounts}`
          : `  LOAD CSV:    skipped (${csv.skipped})`,
        report.bulkVersusLoadCsv
          ? `  bulk (warm) / LOAD CSV: ${report.bulkVersusLoadCsv.nodes}× nodes/s, ${report.bulkVersusLoadCsv.relationships}× relationships/s`
          : '',
        `  peak RSS of the loader: ${Math.max(...Object.values(memory.peaks).map((p) => p.rssMb))} MB`,
        `  report: ${file}`,
        '',
      ].join('\n'),
    );
    const csvMismatch = 'sameCounts' in csv && (!csv.sameCounts || !same(cold.graph, warm.graph));
    return reloadChangedCounts || csvMismatch ? 1 : 0;
  } finally {
    memory.stop();
    await executor.close();
    await connection.release();
    if (generated) rmSync(dir, { recursive: true, force: true });
    rmSync(csvDir, { recursive: true, force: true });
  }
}

runCli(main);
