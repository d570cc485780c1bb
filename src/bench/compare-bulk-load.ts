import type { Table } from './compare-report.js';
import { num, readReportFile } from './compare-report.js';
import { perSecond } from './load-passes.js';

/**
 * Bulk loading next to the read benchmark: `npm run bench -- --load-report
 * <reports/bench-load-<date>.json>` carries what a run of `npm run bench:load`
 * measured (the bulk loader on a warmed-up server against the server's own
 * `LOAD CSV … CALL { } IN TRANSACTIONS` of the same graph) into the report
 * and docs/benchmarks.md, so that one page shows every figure. The load
 * benchmark empties its database twice, so it runs on its own Neo4j, never on
 * the data set the read benchmark reuses.
 */

/** The bulk loader's throughput must be at least this share of LOAD CSV's. */
export const BULK_LOAD_TARGET = 0.5;

interface Throughput {
  ms: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/** LOAD CSV's figures carry what it created: the graph both loaders build. */
type CsvThroughput = Throughput & { nodes: number; relationships: number };

export interface BulkLoadSummary {
  /** The report's path, as given. */
  report: string;
  date: string;
  /** What was loaded: a folder, or N generated articles. */
  input: string;
  articles: number;
  batchSize: number;
  /** The JVM heap of bench:load's Neo4j (NEO4J_LOCAL_HEAP), when the report says. */
  heap?: string;
  graph: { nodes: number; relationships: number };
  /** The bulk loader's last pass, on the server the earlier passes warmed up. */
  bulk: Throughput;
  loadCsv: Throughput;
  /** Bulk over LOAD CSV, nodes/s and relationships/s. */
  ratio: { nodes: number; relationships: number };
}

/** The fields of bench:load's report this page reads (cli/bench-load.ts writes them). */
interface LoadBenchReport {
  benchmark: string;
  date: string;
  input: { dir?: string; generated?: number };
  neo4j?: { heap?: string };
  articles: number;
  batchSize: number;
  graph: { nodes: number; relationships: number };
  passes: ({ pass: string; articles: number } & Throughput)[];
  loadCsv: CsvThroughput | { skipped: string };
}

const hasNumbers = (t: unknown, keys: string[]) =>
  typeof t === 'object' &&
  t !== null &&
  keys.every((k) => typeof (t as Record<string, unknown>)[k] === 'number');
const isThroughput = (t: unknown): t is Throughput =>
  hasNumbers(t, ['ms', 'nodesPerSecond', 'relationshipsPerSecond']);
const isCsvThroughput = (t: unknown): t is CsvThroughput =>
  isThroughput(t) && hasNumbers(t, ['nodes', 'relationships']);

/** The summary of a bench:load report, or what is wrong with the file. */
export function readBulkLoadReport(path: string): BulkLoadSummary | string {
  const where = `--load-report: ${path}`;
  const report = readReportFile(path, '--load-report') as Partial<LoadBenchReport> | string;
  if (typeof report === 'string') return report;
  if (report.benchmark !== 'load' || !Array.isArray(report.passes) || !report.graph) {
    return `${where} is not a report of npm run bench:load (reports/bench-load-<date>.json)`;
  }
  const csv = report.loadCsv;
  if (!isCsvThroughput(csv)) {
    return `${where}: LOAD CSV was skipped in that run, so there is nothing to compare with (run bench:load without --skip-load-csv)`;
  }
  const bulk = report.passes.filter((p) => p.pass.startsWith('bulk') && isThroughput(p)).at(-1);
  if (!bulk) return `${where}: passes holds no bulk pass`;
  if (bulk.articles !== report.articles)
    return `${where}: the last bulk pass (${bulk.pass}) loaded ${bulk.articles} of ${report.articles} articles, not the whole graph`;
  // Both built the same graph (bench:load checks the counts), so each one's
  // rate is that graph over its own time. The pass's own rates are not used:
  // older reports rated a pass on an emptied database by every merge it made,
  // repeats and all (0.42× at M where the graph built gives 0.26×).
  const building = (ms: number): Throughput => ({
    ms,
    nodesPerSecond: perSecond(csv.nodes, ms),
    relationshipsPerSecond: perSecond(csv.relationships, ms),
  });
  const [built, loaded] = [building(bulk.ms), building(csv.ms)];
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : 0);
  return {
    report: path,
    date: String(report.date),
    input:
      report.input?.dir !== undefined
        ? `the folder ${report.input.dir}`
        : `${report.input?.generated ?? '?'} generated articles`,
    articles: Number(report.articles),
    batchSize: Number(report.batchSize),
    ...(typeof report.neo4j?.heap === 'string' ? { heap: report.neo4j.heap } : {}),
    graph: report.graph,
    bulk: built,
    loadCsv: loaded,
    // The same graph: the ratio of rates is that of times, nodes and relationships alike.
    ratio: { nodes: ratio(csv.ms, bulk.ms), relationships: ratio(csv.ms, bulk.ms) },
  };
}

/** The bulk loader against LOAD CSV: time, nodes/s, relationships/s, and their ratio. */
export function bulkLoadTable(s: BulkLoadSummary): Table {
  const row = (name: string, t: Throughput) => [
    name,
    (t.ms / 1000).toFixed(1),
    String(Math.round(t.nodesPerSecond)),
    String(Math.round(t.relationshipsPerSecond)),
  ];
  return {
    header: ['loader', 'seconds', 'nodes/s', 'relationships/s'],
    rows: [
      row(`Accord's bulk loader (batches of ${s.batchSize} articles)`, s.bulk),
      row('LOAD CSV … CALL { } IN TRANSACTIONS', s.loadCsv),
      ['bulk / LOAD CSV', '', `${num(s.ratio.nodes)}×`, `${num(s.ratio.relationships)}×`],
    ],
  };
}

/** One line on the load run, for the docs. */
export function bulkLoadLine(s: BulkLoadSummary): string {
  return `From \`${s.report}\` (\`npm run bench:load\`, ${s.date.slice(0, 16).replace('T', ' ')} UTC): ${s.articles} articles from ${s.input}, ${s.graph.nodes} nodes and ${s.graph.relationships} relationships, loaded into an empty Neo4j of their own${s.heap ? ` (heap ${s.heap})` : ''}. The bulk loader's figures are its pass after LOAD CSV's, both on a server the earlier passes warmed up; LOAD CSV only creates (the CSV files are the graph the loader built, exported), the loader validates, resolves every entity against the graph and merges.`;
}
