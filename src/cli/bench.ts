import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileServers, type ServerScripts } from '../bench/compare-build.js';
import { type BulkLoadSummary, readBulkLoadReport } from '../bench/compare-bulk-load.js';
import { type CompareData, openCompareData } from '../bench/compare-data.js';
import { discoverParams } from '../bench/compare-discovery.js';
import { benchmarksMarkdown } from '../bench/compare-docs.js';
import { growthRows, readSmallerReport, smallerLine } from '../bench/compare-growth.js';
import { ensureLibraryInstalled, startLibraryServer } from '../bench/compare-neo4j-graphql.js';
import { compareQuestions, QUESTION_NAMES } from '../bench/compare-questions.js';
import {
  type CompareReport,
  compareReport,
  readCompareReport,
  reportText,
  writeReport,
  writeText,
} from '../bench/compare-report.js';
import {
  checkAnswers,
  DisagreementError,
  profileQuestions,
  type TimingOptions,
  timeRounds,
  untilNeo4jIdle,
  warmUp,
} from '../bench/compare-run.js';
import { type ServerProcess, startServerProcess } from '../bench/compare-servers.js';
import { DEFAULT_MALLOC_MMAP_THRESHOLD, loadConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import { runCli } from './run.js';

/**
 * `npm run bench`: raw Cypher (A), Accord (B) and @neo4j/graphql 7 (C) over
 * one Neo4j and one data set. Finds the questions' parameters in the data,
 * checks the three servers give the same answers, PROFILEs the Cypher each
 * runs, then times every question at every concurrency, interleaved, for
 * several rounds. Prints the tables, writes reports/bench-<date>.json and
 * (unless --smoke) docs/benchmarks.md. Exit 1 on a disagreement or a failed
 * request, 2 on bad arguments.
 */

const USAGE = `usage: npm run bench [-- options]
  --dataset <folder>      articles to load into a throwaway Neo4j (default: seeds/ + --articles synthetic ones)
  --articles <n>          synthetic articles added to seeds/ when no --dataset (default 300)
  --neo4j-dir <dir>       reuse the local Neo4j already loaded under <dir> (on NEO4J_LOCAL_PORT)
  --duration <s>          seconds per timed run (default 5)
  --warmup <s>            seconds of warm-up per question and server (default 2)
  --rounds <n>            interleaved rounds (default 3)
  --concurrency <list>    concurrent clients, e.g. 1,8,32 (default)
  --questions <list>      a subset of: ${QUESTION_NAMES.join(', ')}
  --smaller <report.json> a report of this benchmark on a smaller data set (size S): adds how
                          each question's p50 at one client grew from it
  --load-report <report.json>
                          a report of npm run bench:load (reports/bench-load-<date>.json): adds
                          the bulk loader against LOAD CSV, and its target
  --docs-from <report.json>
                          run nothing: rewrite docs/benchmarks.md (and .json) from that full run's
                          report, with --load-report and --smaller if given (e.g. docs/benchmarks.json
                          and a bench:load run made later)
  --smoke                 CI: seeds/ + 20 synthetic articles, one 1 s round at 2 clients, no docs`;

const DOCS = 'docs/benchmarks.md';
/** The last full run's report, kept with its page: reports/ is not committed. */
const DOCS_JSON = 'docs/benchmarks.json';

export interface BenchOptions {
  dataset: string | undefined;
  articles: number;
  neo4jDir: string | undefined;
  smoke: boolean;
  questions: string[];
  timing: TimingOptions;
  smaller: { path: string; report: CompareReport } | undefined;
  bulkLoad: BulkLoadSummary | undefined;
  /** With --docs-from: the report the page is rewritten from; nothing runs. */
  docsFrom: CompareReport | undefined;
}

/** The options, or every problem with them in one message. */
function parseOptions(): BenchOptions | string {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        dataset: { type: 'string' },
        articles: { type: 'string' },
        'neo4j-dir': { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        rounds: { type: 'string' },
        concurrency: { type: 'string' },
        questions: { type: 'string' },
        smoke: { type: 'boolean', default: false },
        smaller: { type: 'string' },
        'load-report': { type: 'string' },
        'docs-from': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return (error as Error).message;
  }
  const smoke = values.smoke === true;
  const problems: string[] = [];
  const number = (name: string, fallback: number, min: number, max: number, integer = true) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (
      String(raw).trim() === '' ||
      !Number.isFinite(n) ||
      (integer && !Number.isInteger(n)) ||
      n < min ||
      n > max
    )
      problems.push(
        `--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${raw}"`,
      );
    return n;
  };
  const list = (name: string, fallback: string[]) =>
    values[name] === undefined
      ? fallback
      : String(values[name])
          .split(',')
          .map((s) => s.trim());
  const concurrency = list('concurrency', smoke ? ['2'] : ['1', '8', '32']).map(Number);
  if (concurrency.some((c) => !Number.isInteger(c) || c < 1 || c > 256))
    problems.push(`--concurrency must be integers from 1 to 256, got "${values.concurrency}"`);
  const questions = list('questions', [...QUESTION_NAMES]);
  const unknown = questions.filter((q) => !(QUESTION_NAMES as readonly string[]).includes(q));
  if (unknown.length > 0)
    problems.push(
      `--questions: unknown ${unknown.join(', ')}; known: ${QUESTION_NAMES.join(', ')}`,
    );
  const dataset = values.dataset as string | undefined;
  const neo4jDir = values['neo4j-dir'] as string | undefined;
  if (dataset && neo4jDir) problems.push('--dataset and --neo4j-dir: give one of them');
  const smallerPath = values.smaller as string | undefined;
  const smaller = smallerPath === undefined ? undefined : readSmallerReport(smallerPath);
  if (typeof smaller === 'string') problems.push(smaller);
  const loadReportPath = values['load-report'] as string | undefined;
  const bulkLoad = loadReportPath === undefined ? undefined : readBulkLoadReport(loadReportPath);
  if (typeof bulkLoad === 'string') problems.push(bulkLoad);
  const docsFromPath = values['docs-from'] as string | undefined;
  const docsFrom =
    docsFromPath === undefined ? undefined : readCompareReport(docsFromPath, '--docs-from');
  if (typeof docsFrom === 'string') problems.push(docsFrom);
  if (docsFromPath !== undefined && smoke)
    problems.push('--docs-from and --smoke: give one of them');
  const options: BenchOptions = {
    dataset,
    neo4jDir,
    smoke,
    articles: number('articles', smoke ? 20 : 300, 0, 100_000),
    smaller:
      smallerPath && smaller && typeof smaller !== 'string'
        ? { path: smallerPath, report: smaller }
        : undefined,
    bulkLoad: typeof bulkLoad === 'string' ? undefined : bulkLoad,
    docsFrom: typeof docsFrom === 'string' ? undefined : docsFrom,
    questions,
    timing: {
      seconds: number('duration', smoke ? 1 : 5, 1, 3600),
      warmupSeconds: number('warmup', smoke ? 0 : 2, 0, 600),
      rounds: number('rounds', smoke ? 1 : 3, 1, 100),
      concurrency,
    },
  };
  return problems.length > 0 ? problems.join('\n') : options;
}

/** The three servers, compiled (`scripts`) and started together on the data's Neo4j. */
async function startServers(
  scripts: ServerScripts,
  data: CompareData,
  statements: Record<string, string>,
  logger: Logger,
): Promise<ServerProcess[]> {
  const started = await Promise.allSettled([
    startServerProcess('raw', scripts.raw, data.neo4j, { statements }, logger),
    // As npm start and the Docker image run it (glibc reads this at start).
    startServerProcess('accord', scripts.accord, data.neo4j, {}, logger, {
      MALLOC_MMAP_THRESHOLD_: String(DEFAULT_MALLOC_MMAP_THRESHOLD),
    }),
    startLibraryServer(scripts.library, data.neo4j, logger),
  ]);
  const servers = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(servers.map((s) => s.stop()));
    throw failed.reason;
  }
  return servers;
}

/** The report with what other runs add: growth from a smaller run, bulk loading from bench:load. */
function withExtras(report: CompareReport, options: BenchOptions): CompareReport {
  const full = { ...report };
  if (options.smaller) {
    const { path, report: smaller } = options.smaller;
    full.growth = {
      smaller: { date: smaller.date, report: path, setting: smallerLine(smaller) },
      rows: growthRows(report, smaller),
    };
  }
  if (options.bulkLoad) full.bulkLoad = options.bulkLoad;
  return full;
}

/** docs/benchmarks.md, and the report it was written from beside it. */
function writeDocs(report: CompareReport): void {
  writeText(DOCS, benchmarksMarkdown(report));
  writeText(DOCS_JSON, `${JSON.stringify(report, null, 2)}\n`);
}

async function main(): Promise<number> {
  const options = parseOptions();
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  if (options.docsFrom) {
    writeDocs(withExtras(options.docsFrom, options));
    process.stdout.write(
      `docs: ${DOCS}, ${DOCS_JSON} (from the run of ${options.docsFrom.date})\n`,
    );
    return 0;
  }
  const config = loadConfig();
  const logger = createLogger(config.log);
  ensureLibraryInstalled(logger);
  const scripts = compileServers(logger);
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-'));
  let data: CompareData | undefined;
  let servers: ServerProcess[] = [];
  try {
    data = await openCompareData(options, config, dir, logger);
    const params = await discoverParams(data.executor, logger);
    const questions = compareQuestions(params).filter((q) => options.questions.includes(q.name));
    servers = await startServers(
      scripts,
      data,
      Object.fromEntries(questions.map((q) => [q.name, q.raw.cypher])),
      logger,
    );
    try {
      await checkAnswers(servers, questions, logger);
    } catch (error) {
      if (!(error instanceof DisagreementError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    const profiles = await profileQuestions(servers, questions);
    await warmUp(servers, questions, options.timing, logger);
    const executor = data.executor;
    const runs = await timeRounds(servers, questions, options.timing, logger, () =>
      untilNeo4jIdle(executor, logger),
    );
    const report = compareReport({
      setting: await data.setting(),
      smoke: options.smoke,
      options: options.timing,
      params,
      questions,
      profiles,
      runs,
    });
    const full = withExtras(report, options);
    const path = writeReport(full);
    if (!options.smoke) writeDocs(full);
    process.stdout.write(reportText(full, path));
    if (!options.smoke) process.stdout.write(`  docs: ${DOCS}\n`);
    return full.failures > 0 ? 1 : 0;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await data?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runCli(main);
