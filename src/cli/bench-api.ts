import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, validate } from 'graphql';
import {
  type BenchIds,
  type BenchQuery,
  benchQueries,
  DISCOVERY,
  nextCompanyPage,
  PARTNERSHIP_CANDIDATES,
  PATH_TARGET,
} from '../bench/api-queries.js';
import { syntheticArticles } from '../bench/synthetic-articles.js';
import { loadConfig } from '../config.js';
import { loadArticle, readArticles } from '../ingest/loader.js';
import { createLogger, type LogFields, type LogLevel } from '../logger.js';
import { resolveNeo4j } from '../neo4j/connection.js';
import { createExecutor } from '../neo4j/driver.js';
import { applySchema } from '../neo4j/schema.js';
import { schema } from '../schema/index.js';
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

interface Options {
  articles: number;
  runs: number;
  warmup: number;
  concurrency: number;
}

/** The options, or every problem with them in one message. */
function parseOptions(): Options | string {
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

/** Checks every document against the schema, so a renamed field fails before Neo4j starts. */
function invalidDocuments(): string[] {
  const placeholder: BenchIds = {
    company: { id: 'Company:x', key: 'x', name: 'x' },
    partnership: { id: 'Partnership:x', key: 'x' },
    sectors: [],
    pathTarget: 'Company:y',
    searchText: 'x',
  };
  const documents: [string, string][] = [
    ['BenchDiscovery', DISCOVERY],
    ['BenchPartnerships', PARTNERSHIP_CANDIDATES],
    ['BenchPathTarget', PATH_TARGET],
    ...[...benchQueries(placeholder), nextCompanyPage(placeholder, 'x')].map(
      (q): [string, string] => [q.name, q.query],
    ),
  ];
  return documents.flatMap(([name, document]) =>
    validate(schema, parse(document)).map((error) => `${name}: ${error.message}`),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const round = (ms: number) => Number(ms.toFixed(1));

interface Latency {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

function latency(times: number[]): Latency {
  const sorted = [...times].sort((x, y) => x - y);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? 0),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}

/** The line useRequestLog writes once per GraphQL operation. */
interface OperationLine {
  operation: string | null;
  ms: number;
  cypher: number;
  errors: number;
}

interface Reply {
  status: number;
  body: string;
}

/** One way to reach the API: `app.fetch` or a real HTTP request. */
interface Transport {
  name: 'http' | 'in-process';
  post(body: string): Promise<Reply>;
}

/**
 * Fresh headers for every request: @whatwg-node's Request (behind `app.fetch`)
 * writes content-length into a plain headers object it is given, and a stale
 * one then breaks the next request that reuses the object.
 */
const headers = () => ({ 'content-type': 'application/json', accept: 'application/json' });

/** Peak memory of this process (the API, the loader and the benchmark's own client; not Neo4j). */
class MemorySampler {
  readonly peaks: Record<string, { rssMb: number; heapUsedMb: number }> = {};
  phase = 'load';
  private readonly timer = setInterval(() => this.sample(), 20);

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    const peak = this.peaks[this.phase] ?? { rssMb: 0, heapUsedMb: 0 };
    this.peaks[this.phase] = peak;
    peak.rssMb = Math.max(peak.rssMb, mb(rss));
    peak.heapUsedMb = Math.max(peak.heapUsedMb, mb(heapUsed));
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

interface QueryResult {
  name: string;
  description: string;
  /** Response body size, in bytes (the largest seen; the same every run unless the data changes). */
  bytes: number;
  /** Cypher statements per request, from the 'graphql operation' log line. */
  cypher: { min: number; max: number };
  http: Latency;
  inProcess: Latency;
}

interface BurstResult {
  transport: Transport['name'];
  query: string;
  clients: number;
  requests: number;
  wallMs: number;
  requestsPerSecond: number;
  latency: Latency;
  cypher: { min: number; max: number };
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

  // The app logs one line per operation; keep those (they carry the Cypher
  // count) and pass everything else on to the console logger.
  const operations: OperationLine[] = [];
  const appLogger = createLogger({
    level: config.log.level === 'debug' ? 'debug' : 'info',
    format: 'json',
    write: (line) => {
      const {
        time: _time,
        level,
        msg,
        ...fields
      } = JSON.parse(line) as LogFields & {
        level: LogLevel;
        msg: string;
      };
      if (msg === 'graphql operation') operations.push(fields as unknown as OperationLine);
      else logger[level](msg, fields);
    },
  });

  // Check every article before starting Neo4j, as seed does.
  const dir = mkdtempSync(join(tmpdir(), 'accord-bench-api-'));
  const sampler = new MemorySampler();
  let server: Server | undefined;
  try {
    for (const a of syntheticArticles(options.articles)) {
      writeFileSync(join(dir, `${a.stem}.txt`), a.text);
      writeFileSync(join(dir, `${a.stem}.yaml`), a.extraction);
    }
    const seeds = readArticles(SEEDS_DIR);
    const sources = [...seeds, ...readArticles(dir)];

    const connection = await resolveNeo4j({ config, logger, purpose: 'bench' });
    const executor = createExecutor(connection, config, logger);
    try {
      const [existing] = await executor.query({ cypher: 'MATCH (n) RETURN count(n) AS n' });
      if (Number(existing?.n) > 0)
        throw new Error(
          `the benchmark needs an empty database; ${connection.uri} has ${existing?.n} nodes`,
        );

      // Load: the seed articles, then the generated ones.
      const loadStarted = performance.now();
      await applySchema(executor, logger);
      for (const [i, source] of sources.entries()) {
        await loadArticle(executor, source);
        if ((i + 1) % 50 === 0 || i + 1 === sources.length)
          logger.info('bench load', { progress: `${i + 1}/${sources.length}` });
      }
      const loadMs = Math.round(performance.now() - loadStarted);
      const [sizes] = await executor.query({
        cypher:
          'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      });
      const graph = { nodes: Number(sizes?.nodes), relationships: Number(sizes?.rels) };

      // The app, in-process and listening on a free port.
      const app = createApp({ executor, logger: appLogger });
      const listening = createServer(app);
      server = listening;
      await new Promise<void>((resolve, reject) => {
        listening.once('error', reject);
        listening.listen(0, '127.0.0.1', resolve);
      });
      const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/graphql`;
      logger.info('bench api listening', { url });
      const transports: Transport[] = [
        {
          name: 'http',
          post: async (body) => {
            try {
              const response = await fetch(url, { method: 'POST', headers: headers(), body });
              return { status: response.status, body: await response.text() };
            } catch (error) {
              // fetch says only "fetch failed"; the reason is its cause.
              const cause = (error as Error).cause as Error | undefined;
              throw new Error(`POST ${url}: ${(error as Error).message}: ${cause?.message}`, {
                cause,
              });
            }
          },
        },
        {
          name: 'in-process',
          post: async (body) => {
            const response = await app.fetch('http://bench.local/graphql', {
              method: 'POST',
              headers: headers(),
              body,
            });
            return { status: response.status, body: await response.text() };
          },
        },
      ];
      const [http, inProcess] = transports as [Transport, Transport];

      /** Sends one query; throws on a status other than 200, on `errors`, or on a null root field. */
      const send = async (transport: Transport, q: BenchQuery) => {
        const body = JSON.stringify({ query: q.query, variables: q.variables });
        const started = performance.now();
        const reply = await transport.post(body);
        const ms = performance.now() - started;
        let parsed: { data?: Record<string, unknown> | null; errors?: unknown[] };
        try {
          parsed = JSON.parse(reply.body);
        } catch {
          throw new Error(
            `${q.name} (${transport.name}): HTTP ${reply.status}, not JSON: ${reply.body.slice(0, 500)}`,
          );
        }
        if (reply.status !== 200 || parsed.errors || !parsed.data)
          throw new Error(
            `${q.name} (${transport.name}) failed: HTTP ${reply.status}, errors: ${JSON.stringify(parsed.errors ?? null)}`,
          );
        const empty = Object.entries(parsed.data).find(([, v]) => v === null);
        if (empty)
          throw new Error(
            `${q.name} (${transport.name}): ${empty[0]} is null for ${JSON.stringify(q.variables)}; the benchmark picked an id that names nothing`,
          );
        return { ms, bytes: Buffer.byteLength(reply.body), data: parsed.data };
      };
      const data = async <T>(query: string, variables: Record<string, unknown> = {}) =>
        (await send(inProcess, { name: 'discovery', description: '', query, variables })).data as T;

      // Ids the queries need, found in the loaded graph (untimed).
      const found = await data<{
        dashboard: { companiesByPartners: { company: BenchIds['company'] }[] };
        companies: { nodes: BenchIds['company'][] };
        partnerships: { nodes: BenchIds['partnership'][] };
        sectors: { nodes: { id: string }[] };
      }>(DISCOVERY);
      const company = found.dashboard.companiesByPartners[0]?.company ?? found.companies.nodes[0];
      if (!company) throw new Error('the loaded graph has no company');
      const seedPartnerships = seeds.flatMap((s) =>
        s.extraction.partnerships.map((p) => `Partnership:${p.id}`),
      );
      const candidates = (
        await data<{ nodes: (Record<string, unknown[]> & BenchIds['partnership'])[] }>(
          PARTNERSHIP_CANDIDATES,
          { ids: seedPartnerships },
        )
      ).nodes.filter(Boolean);
      const richness = (p: Record<string, unknown>) =>
        Object.values(p).reduce<number>((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
      candidates.sort((a, b) => richness(b) - richness(a));
      const partnership = candidates[0] ?? found.partnerships.nodes[0];
      if (!partnership) throw new Error('the loaded graph has no partnership');
      const around = await data<{
        neighborhood: { nodes: { id: string; kind: string; depth: number }[] };
      }>(PATH_TARGET, { id: company.id });
      const others = around.neighborhood.nodes.filter(
        (n) => n.kind === 'COMPANY' && n.id !== company.id,
      );
      // The farthest company within reach, so paths have several hops to explore.
      const target =
        others.sort((a, b) => b.depth - a.depth)[0] ??
        found.companies.nodes.find((c) => c.id !== company.id);
      if (!target) throw new Error('the loaded graph has only one company');
      const ids: BenchIds = {
        company: { id: company.id, key: company.key, name: company.name },
        partnership: { id: partnership.id, key: partnership.key },
        sectors: found.sectors.nodes.map((s) => s.id),
        pathTarget: target.id,
        searchText: 'synthese',
      };
      logger.info('bench api ids', { ...ids, sectors: ids.sectors.length });

      const queries = benchQueries(ids);
      const firstPage = queries.find((q) => q.name === 'companies-page-1');
      const page = firstPage
        ? ((await send(inProcess, firstPage)).data.companies as {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          })
        : undefined;
      if (page?.pageInfo.hasNextPage && page.pageInfo.endCursor)
        queries.push(nextCompanyPage(ids, page.pageInfo.endCursor));
      else logger.warn('companies-page-2 skipped: the first page is the only one');

      /** Warm-up, then timed sequential runs: latencies, sizes and Cypher counts of one query. */
      const measure = async (transport: Transport, q: BenchQuery) => {
        for (let i = 0; i < options.warmup; i++) await send(transport, q);
        const times: number[] = [];
        const cypher: number[] = [];
        let bytes = 0;
        for (let i = 0; i < options.runs; i++) {
          operations.length = 0;
          const reply = await send(transport, q);
          sampler.sample();
          times.push(reply.ms);
          bytes = Math.max(bytes, reply.bytes);
          const [op, ...more] = operations;
          if (!op || more.length > 0 || op.errors > 0)
            throw new Error(
              `${q.name} (${transport.name}): expected one 'graphql operation' line without errors, got ${JSON.stringify(operations)}`,
            );
          cypher.push(op.cypher);
        }
        logger.info('bench query', { transport: transport.name, query: q.name, ...latency(times) });
        return {
          latency: latency(times),
          bytes,
          cypher: { min: Math.min(...cypher), max: Math.max(...cypher) },
        };
      };

      /** `clients` concurrent clients, each sending `runs` requests one after the other. */
      const burst = async (transport: Transport, q: BenchQuery): Promise<BurstResult> => {
        for (let i = 0; i < options.warmup; i++) await send(transport, q);
        operations.length = 0;
        const times: number[] = [];
        const started = performance.now();
        await Promise.all(
          Array.from({ length: options.concurrency }, async () => {
            for (let i = 0; i < options.runs; i++) times.push((await send(transport, q)).ms);
          }),
        );
        const wallMs = performance.now() - started;
        sampler.sample();
        const requests = options.concurrency * options.runs;
        if (operations.length !== requests || operations.some((op) => op.errors > 0))
          throw new Error(
            `${q.name} burst (${transport.name}): ${operations.length} 'graphql operation' lines for ${requests} requests, ${operations.filter((op) => op.errors > 0).length} with errors`,
          );
        const cypher = operations.map((op) => op.cypher);
        const result = {
          transport: transport.name,
          query: q.name,
          clients: options.concurrency,
          requests,
          wallMs: Math.round(wallMs),
          requestsPerSecond: round((requests / wallMs) * 1000),
          latency: latency(times),
          cypher: { min: Math.min(...cypher), max: Math.max(...cypher) },
        };
        const { latency: spread, ...rest } = result;
        logger.info('bench burst', { ...rest, ...spread });
        return result;
      };

      // HTTP first (the headline); the slowest query over HTTP gets the burst, on both transports.
      sampler.phase = 'http';
      const overHttp = new Map<string, Awaited<ReturnType<typeof measure>>>();
      for (const q of queries) overHttp.set(q.name, await measure(http, q));
      const heaviest = [...queries].sort(
        (a, b) =>
          (overHttp.get(b.name)?.latency.p50Ms ?? 0) - (overHttp.get(a.name)?.latency.p50Ms ?? 0),
      )[0] as BenchQuery;
      const bursts = [await burst(http, heaviest)];

      sampler.phase = 'in-process';
      const results: QueryResult[] = [];
      for (const q of queries) {
        const viaApp = await measure(inProcess, q);
        const viaHttp = overHttp.get(q.name) ?? viaApp;
        results.push({
          name: q.name,
          description: q.description,
          bytes: viaHttp.bytes,
          cypher: {
            min: Math.min(viaHttp.cypher.min, viaApp.cypher.min),
            max: Math.max(viaHttp.cypher.max, viaApp.cypher.max),
          },
          http: viaHttp.latency,
          inProcess: viaApp.latency,
        });
      }
      bursts.push(await burst(inProcess, heaviest));
      sampler.stop();

      const report = {
        benchmark: 'api',
        date: new Date().toISOString(),
        neo4j: { source: connection.source, uri: connection.uri },
        machine: {
          node: process.version,
          platform: process.platform,
          cpus: cpus().length,
          cpu: cpus()[0]?.model ?? null,
        },
        options,
        articles: { seeds: seeds.length, synthetic: options.articles },
        loadMs,
        graph,
        ids,
        queries: results,
        bursts,
        memory: sampler.peaks,
        queryText: Object.fromEntries(queries.map((q) => [q.name, q.query])),
      };
      mkdirSync('reports', { recursive: true });
      const stem = join('reports', `bench-api-${report.date.replace(/[:.]/g, '-')}`);
      writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
      writeFileSync(`${stem}.md`, markdown(report));
      process.stdout.write(text(report, stem));
      return 0;
    } finally {
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await executor.close();
      await connection.release();
    }
  } finally {
    sampler.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Report {
  date: string;
  neo4j: { source: string };
  machine: { node: string; cpus: number; cpu: string | null };
  options: Options;
  articles: { seeds: number; synthetic: number };
  loadMs: number;
  graph: { nodes: number; relationships: number };
  queries: QueryResult[];
  bursts: BurstResult[];
  memory: Record<string, { rssMb: number; heapUsedMb: number }>;
}

const cypherCell = ({ min, max }: { min: number; max: number }) =>
  min === max ? String(max) : `${min}-${max}`;

/** The per-query table: header and rows of cells, shared by the console and Markdown. */
function table(report: Report): { header: string[]; rows: string[][] } {
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

function memoryLine(report: Report): string {
  return Object.entries(report.memory)
    .map(([phase, m]) => `${phase}: RSS ${m.rssMb} MB, heap used ${m.heapUsedMb} MB`)
    .join('; ');
}

function summary(report: Report): string {
  const o = report.options;
  return `${report.articles.seeds} seed + ${report.articles.synthetic} synthetic articles (${report.graph.nodes} nodes, ${report.graph.relationships} relationships, loaded in ${report.loadMs} ms), ${report.neo4j.source} Neo4j; ${o.warmup} warm-up + ${o.runs} timed runs per query; node ${report.machine.node}, ${report.machine.cpus} CPUs`;
}

function text(report: Report, stem: string): string {
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

function markdown(report: Report): string {
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

runCli(main);
