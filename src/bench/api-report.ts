import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Neo4jConnection } from '../neo4j/connection.js';
import type { BenchIds, BenchQuery } from './api-queries.js';
import type { LoadedGraph } from './graph-load.js';
import type { Latency } from './latency.js';
import type { MemoryPeak } from './memory-sampler.js';
import type {
  BurstResult,
  CypherRange,
  QueryResult,
  RunCounts,
  TimedResults,
} from './timed-runs.js';

/**
 * The API benchmark's report: one object, written as JSON (everything, for
 * comparing runs) and Markdown (for reading), and summed up on the console.
 */

/** The options of `npm run bench:api`. */
export interface ApiBenchOptions extends RunCounts {
  articles: number;
}

/** What the API benchmark measured, and on what. */
export interface ApiReport extends LoadedGraph {
  benchmark: 'api';
  date: string;
  neo4j: { source: Neo4jConnection['source']; uri: string };
  machine: { node: string; platform: string; cpus: number; cpu: string | null };
  options: ApiBenchOptions;
  articles: { seeds: number; synthetic: number };
  ids: BenchIds;
  queries: QueryResult[];
  bursts: BurstResult[];
  memory: Record<string, MemoryPeak>;
  /** Each query's document, by name, so a report says exactly what was timed. */
  queryText: Record<string, string>;
}

/** What the report is made of, gathered by the benchmark. */
export interface ReportInput {
  neo4j: Pick<Neo4jConnection, 'source' | 'uri'>;
  options: ApiBenchOptions;
  seeds: number;
  loaded: LoadedGraph;
  ids: BenchIds;
  queries: BenchQuery[];
  results: TimedResults;
  memory: Record<string, MemoryPeak>;
}

/** The report, dated now, with this machine's description. */
export function apiReport(input: ReportInput): ApiReport {
  return {
    benchmark: 'api',
    date: new Date().toISOString(),
    neo4j: { source: input.neo4j.source, uri: input.neo4j.uri },
    machine: {
      node: process.version,
      platform: process.platform,
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? null,
    },
    options: input.options,
    articles: { seeds: input.seeds, synthetic: input.options.articles },
    loadMs: input.loaded.loadMs,
    graph: input.loaded.graph,
    ids: input.ids,
    queries: input.results.queries,
    bursts: input.results.bursts,
    memory: input.memory,
    queryText: Object.fromEntries(input.queries.map((q) => [q.name, q.query])),
  };
}

/** Writes reports/bench-api-<date>.json and .md; returns their path without the extension. */
export function writeReport(report: ApiReport): string {
  mkdirSync('reports', { recursive: true });
  const stem = join('reports', `bench-api-${report.date.replace(/[:.]/g, '-')}`);
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, reportMarkdown(report));
  return stem;
}

const cypherCell = ({ min, max }: CypherRange) => (min === max ? String(max) : `${min}-${max}`);

/** The per-query table: header and rows of cells, shared by the console and Markdown. */
function table(report: ApiReport): { header: string[]; rows: string[][] } {
  const ms = (l: Latency) => [l.p50Ms, l.p95Ms, l.maxMs].map((n) => n.toFixed(1));
  return {
    header: [
      'query',
      'http p50',
      'http p95',
      'http max',
      'in-proc p50',
      'in-proc p95',
      'in-proc max',
      'bytes',
      'cypher',
    ],
    rows: report.queries.map((q) => [
      q.name,
      ...ms(q.http),
      ...ms(q.inProcess),
      String(q.bytes),
      cypherCell(q.cypher),
    ]),
  };
}

function burstLine(b: BurstResult): string {
  return `${b.clients} clients x ${b.requests / b.clients} requests of ${b.query} (${b.transport}): ${b.requestsPerSecond} req/s, p50 ${b.latency.p50Ms} ms, p95 ${b.latency.p95Ms} ms, max ${b.latency.maxMs} ms, ${cypherCell(b.cypher)} Cypher statements each`;
}

function memoryLine(report: ApiReport): string {
  return Object.entries(report.memory)
    .map(([phase, m]) => `${phase}: RSS ${m.rssMb} MB, heap used ${m.heapUsedMb} MB`)
    .join('; ');
}

function summary(report: ApiReport): string {
  const o = report.options;
  return `${report.articles.seeds} seed + ${report.articles.synthetic} synthetic articles (${report.graph.nodes} nodes, ${report.graph.relationships} relationships, loaded in ${report.loadMs} ms), ${report.neo4j.source} Neo4j; ${o.warmup} warm-up + ${o.runs} timed runs per query; node ${report.machine.node}, ${report.machine.cpus} CPUs`;
}

/** The console summary: the table with aligned columns, bursts, memory and where the files are. */
export function reportText(report: ApiReport, stem: string): string {
  const { header, rows } = table(report);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [
    `API benchmark: ${summary(report)}`,
    '  latency in ms; bytes: response body; cypher: statements per request',
    '',
    `  ${line(header)}`,
    ...rows.map((r) => `  ${line(r)}`),
    '',
    ...report.bursts.map((b) => `  burst: ${burstLine(b)}`),
    `  peak memory of this process: ${memoryLine(report)}`,
    `  report: ${stem}.json, ${stem}.md`,
    '',
  ].join('\n');
}

/** The Markdown report: the same table, bursts and memory, and what each query stands for. */
export function reportMarkdown(report: ApiReport): string {
  const { header, rows } = table(report);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `# API benchmark, ${report.date}`,
    '',
    summary(report),
    '',
    'Latency in ms (client side: request sent to body read); bytes: response body; cypher: Cypher statements per request (from the `graphql operation` log line).',
    '',
    row(header),
    row(header.map((_, i) => (i === 0 ? '---' : '---:'))),
    ...rows.map(row),
    '',
    '## Concurrent burst',
    '',
    ...report.bursts.map((b) => `- ${burstLine(b)}`),
    '',
    '## Memory',
    '',
    `Peak of the benchmark process (loader, API and its own client; Neo4j runs apart): ${memoryLine(report)}.`,
    '',
    '## Queries',
    '',
    ...report.queries.map((q) => `- \`${q.name}\`: ${q.description}`),
    '',
  ].join('\n');
}
