import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { type BulkLoadSummary, bulkLoadTable } from './compare-bulk-load.js';
import { type GrowthRow, growthTable } from './compare-growth.js';
import type { CompareParams, Question } from './compare-questions.js';
import type { QuestionProfile, TimedRun, TimingOptions } from './compare-run.js';
import type { ServerName } from './compare-servers.js';
import {
  peakRss,
  type RatioRow,
  ratios,
  type Spread,
  type SummaryRow,
  summarize,
} from './compare-summary.js';
import { targetRows, targetsTable } from './compare-targets.js';

/**
 * `npm run bench`'s report: everything as JSON in reports/bench-<date>.json,
 * and tables for the console and docs/benchmarks.md.
 */

/** What was measured on: the machine, the software, the data. */
export interface Setting {
  machine: {
    nproc: number;
    memoryGb: number;
    cpu: string | null;
    node: string;
    platform: string;
  };
  neo4j: { version: string; edition: string; source: string };
  neo4jGraphql: string;
  accord: { commit: string | null; dirty: boolean };
  dataset: {
    /** Where the data came from: a folder loaded for the run, or a database reused as it was. */
    description: string;
    nodes: number;
    relationships: number;
    companies: number;
    loadMs: number | null;
  };
}

export interface CompareReport extends Setting {
  benchmark: 'compare';
  date: string;
  smoke: boolean;
  options: TimingOptions & { questions: string[] };
  params: CompareParams;
  questions: Question[];
  profiles: QuestionProfile[];
  runs: TimedRun[];
  summary: SummaryRow[];
  ratios: RatioRow[];
  peakRssMb: Partial<Record<ServerName, number>>;
  /** Failed requests over all runs (client and server side): non-zero fails the run. */
  failures: number;
  /** With `--smaller`: p50 at one client against that run's (compare-growth.ts). */
  growth?: { smaller: { date: string; report: string; setting: string }; rows: GrowthRow[] };
  /** With `--load-report`: the bulk loader against LOAD CSV, from a run of bench:load (compare-bulk-load.ts). */
  bulkLoad?: BulkLoadSummary;
}

/** The machine this runs on, and the commit of Accord it measures. */
export function machine(): Pick<Setting, 'machine' | 'accord'> {
  const git = (...args: string[]) => spawnSync('git', args, { encoding: 'utf8' });
  const commit = git('rev-parse', '--short', 'HEAD');
  const status = git('status', '--porcelain', '--untracked-files=no');
  return {
    machine: {
      nproc: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      cpu: cpus()[0]?.model ?? null,
      node: process.version,
      platform: process.platform,
    },
    accord: {
      commit: commit.status === 0 ? commit.stdout.trim() : null,
      dirty: status.status === 0 && status.stdout.trim() !== '',
    },
  };
}

export function compareReport(input: {
  setting: Setting;
  smoke: boolean;
  options: TimingOptions;
  params: CompareParams;
  questions: Question[];
  profiles: QuestionProfile[];
  runs: TimedRun[];
}): CompareReport {
  const { setting, options, runs, questions } = input;
  const summary = summarize(runs);
  return {
    benchmark: 'compare',
    date: new Date().toISOString(),
    ...setting,
    smoke: input.smoke,
    options: { ...options, questions: questions.map((q) => q.name) },
    params: input.params,
    questions,
    profiles: input.profiles,
    runs,
    summary,
    ratios: ratios(
      runs,
      questions.map((q) => q.name),
      options.concurrency,
    ),
    peakRssMb: peakRss(runs, options.concurrency),
    failures: summary.reduce((n, row) => n + row.failures, 0),
  };
}

/**
 * A benchmark's JSON report read back, or what is wrong with the file;
 * `option` names the argument that gave its path, for the message.
 */
export function readReportFile(path: string, option: string): Record<string, unknown> | string {
  if (!existsSync(path)) return `${option}: no file at ${path}`;
  if (!statSync(path).isFile()) return `${option}: ${path} is not a file`;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : `${option}: ${path} is not a JSON object`;
  } catch (error) {
    return `${option}: ${path} is not JSON (${(error as Error).message})`;
  }
}

/** A full run's report read back, or what is wrong with the file. */
export function readCompareReport(path: string, option: string): CompareReport | string {
  const report = readReportFile(path, option) as Partial<CompareReport> | string;
  if (typeof report === 'string') return report;
  if (report.benchmark !== 'compare' || !Array.isArray(report.summary) || !report.dataset) {
    return `${option}: ${path} is not a report of npm run bench (reports/bench-<date>.json)`;
  }
  if (report.smoke) return `${option}: ${path} is a smoke run, too short to compare with`;
  return report as CompareReport;
}

/** Writes reports/bench-<date>.json; returns its path. */
export function writeReport(report: CompareReport): string {
  mkdirSync('reports', { recursive: true });
  const path = join('reports', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

/** Cells of a table; the first `text` columns are names (left-aligned), the rest numbers. */
export type Table = { header: string[]; rows: string[][]; text?: number };

export const num = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
/** `median (min–max)`, or the median alone when the rounds agree or there was one; n/a for none. */
export const cell = (s: Spread | null) =>
  s === null
    ? 'n/a'
    : s.min === s.max
      ? num(s.median)
      : `${num(s.median)} (${num(s.min)}–${num(s.max)})`;

/** One table per concurrency: each question on each server. */
export function timingTables(report: CompareReport): [number, Table][] {
  return report.options.concurrency.map((c) => [
    c,
    {
      header: ['question', 'server', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'Cypher/req'],
      text: 2,
      rows: report.summary
        .filter((row) => row.connections === c)
        .map((row) => [
          row.question,
          row.server,
          cell(row.requestsPerSecond),
          cell(row.p50Ms),
          cell(row.p99Ms),
          cell(row.cpuMsPerRequest),
          num(row.statementsPerRequest),
        ]),
    },
  ]);
}

/** Accord against @neo4j/graphql (req/s) and raw Cypher (p50, req/s), per question. */
export function ratioTable(report: CompareReport): Table {
  const { concurrency } = report.options;
  const lowest = Math.min(...concurrency);
  const highest = Math.max(...concurrency);
  return {
    header: [
      'question',
      ...concurrency.map((c) => `Accord/@neo4j req/s @${c}`),
      `Accord/raw p50 @${lowest}`,
      `Accord/raw req/s @${highest}`,
    ],
    rows: report.ratios.map((r) => [
      r.question,
      ...concurrency.map((c) => {
        const ratio = r.accordOverLibraryRps[String(c)];
        return ratio ? cell(ratio) : 'n/a';
      }),
      r.accordOverRawP50 ? cell(r.accordOverRawP50) : 'n/a',
      r.accordOverRawRps ? cell(r.accordOverRawRps) : 'n/a',
    ]),
  };
}

/** Cypher statements per request and PROFILE db hits, per question and server. */
export function profileTableOf(report: CompareReport): Table {
  const servers: ServerName[] = ['raw', 'accord', 'neo4j-graphql'];
  return {
    header: ['question', ...servers.flatMap((s) => [`${s} stmts`, `${s} dbHits`])],
    rows: report.options.questions.map((question) => [
      question,
      ...servers.flatMap((server) => {
        const p = report.profiles.find((x) => x.question === question && x.server === server);
        return p ? [String(p.statements), String(p.dbHits)] : ['n/a', 'n/a'];
      }),
    ]),
  };
}

/** Aligned columns for the console. */
export function textTable({ header, rows, text = 1 }: Table): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < text ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].map((l) => `  ${l.trimEnd()}`).join('\n');
}

/** A Markdown table with padded columns, as the formatter (Biome) writes them. */
export function markdownTable({ header, rows, text = 1 }: Table): string {
  const widths = header.map((h, i) =>
    Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const pad = (c: string, i: number) =>
    i < text ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0);
  const row = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((w, i) => (i < text ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`));
  return [row(header), `| ${rule.join(' | ')} |`, ...rows.map(row)].join('\n');
}

/** One line on what was measured and on what. */
export function settingLine(report: CompareReport): string {
  const { machine: m, neo4j, dataset: d, options: o } = report;
  return `${d.description} (${d.nodes} nodes, ${d.relationships} relationships, ${d.companies} companies); Neo4j ${neo4j.version} ${neo4j.edition} (${neo4j.source}); @neo4j/graphql ${report.neo4jGraphql}; Accord ${report.accord.commit ?? '(commit unknown)'}${report.accord.dirty ? ' with uncommitted changes' : ''}; node ${m.node}, ${m.nproc} CPUs, ${m.memoryGb} GB; ${o.rounds} round(s) of ${o.seconds} s per run after ${o.warmupSeconds} s of warm-up, concurrency ${o.concurrency.join(', ')}`;
}

/** The console summary. */
export function reportText(report: CompareReport, path: string): string {
  const rss = Object.entries(report.peakRssMb)
    .map(([server, mb]) => `${server} ${mb} MB`)
    .join(', ');
  return [
    `Benchmark: raw Cypher (A), Accord (B), @neo4j/graphql (C) on ${settingLine(report)}`,
    '  req/s, p50, p99 and CPU: median over rounds (lowest–highest round)',
    ...timingTables(report).flatMap(([c, table]) => [
      '',
      `  ${c} concurrent client(s):`,
      textTable(table),
    ]),
    '',
    '  Cypher per request and PROFILE db hits (one request each):',
    textTable(profileTableOf(report)),
    '',
    '  Ratios (median of per-round ratios):',
    textTable(ratioTable(report)),
    ...(report.growth
      ? [
          '',
          `  Growth of p50 at one client, against ${report.growth.smaller.report}:`,
          textTable(growthTable(report.growth.rows)),
        ]
      : []),
    ...(report.bulkLoad
      ? [
          '',
          `  Bulk loading, from ${report.bulkLoad.report}:`,
          textTable(bulkLoadTable(report.bulkLoad)),
        ]
      : []),
    '',
    '  Targets:',
    textTable(targetsTable(targetRows(report, report.bulkLoad))),
    '',
    `  peak RSS under ${Math.max(...report.options.concurrency)} clients: ${rss}`,
    `  failed requests: ${report.failures}`,
    `  report: ${path}`,
    '',
  ].join('\n');
}

/** Writes `text` to `path`, making its folder. */
export function writeText(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
