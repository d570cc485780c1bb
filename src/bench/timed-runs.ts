import type { Logger } from '../logger.js';
import type { BenchQuery } from './api-queries.js';
import { send, type Transport } from './api-transports.js';
import { type Latency, latency, round } from './latency.js';
import type { MemorySampler } from './memory-sampler.js';
import type { OperationLine } from './operation-log.js';

/**
 * The timed part of the API benchmark: warm-up, then sequential runs of every
 * query over each transport, and a burst of concurrent clients on the slowest.
 */

/** How many requests to send. */
export interface RunCounts {
  runs: number;
  warmup: number;
  concurrency: number;
}

/** What the runs need besides the query: counts, the app's operation lines, memory, the console. */
export interface RunContext {
  counts: RunCounts;
  /** Filled by the app's logger; emptied here before each measured request. */
  operations: OperationLine[];
  sampler: MemorySampler;
  logger: Logger;
}

/** Fewest and most Cypher statements one request ran. */
export interface CypherRange {
  min: number;
  max: number;
}

export interface QueryResult {
  name: string;
  description: string;
  /** Response body size, in bytes (the largest seen; the same every run unless the data changes). */
  bytes: number;
  /** Cypher statements per request, from the 'graphql operation' log line. */
  cypher: CypherRange;
  http: Latency;
  inProcess: Latency;
}

export interface BurstResult {
  transport: Transport['name'];
  query: string;
  clients: number;
  requests: number;
  wallMs: number;
  requestsPerSecond: number;
  latency: Latency;
  cypher: CypherRange;
}

/** Every query's results over both transports, and the two bursts. */
export interface TimedResults {
  queries: QueryResult[];
  bursts: BurstResult[];
}

interface Measurement {
  latency: Latency;
  bytes: number;
  cypher: CypherRange;
}

const range = (values: number[]): CypherRange => ({
  min: Math.min(...values),
  max: Math.max(...values),
});

/** Warm-up, then timed sequential runs: latencies, sizes and Cypher counts of one query. */
async function measure(ctx: RunContext, transport: Transport, q: BenchQuery): Promise<Measurement> {
  const { counts, operations } = ctx;
  for (let i = 0; i < counts.warmup; i++) await send(transport, q);
  const times: number[] = [];
  const cypher: number[] = [];
  let bytes = 0;
  for (let i = 0; i < counts.runs; i++) {
    operations.length = 0;
    const reply = await send(transport, q);
    ctx.sampler.sample();
    times.push(reply.ms);
    bytes = Math.max(bytes, reply.bytes);
    const [op, ...more] = operations;
    if (!op || more.length > 0 || op.errors > 0)
      throw new Error(
        `${q.name} (${transport.name}): expected one 'graphql operation' line without errors, got ${JSON.stringify(operations)}`,
      );
    cypher.push(op.cypher);
  }
  const spread = latency(times);
  ctx.logger.info('bench query', { transport: transport.name, query: q.name, ...spread });
  return { latency: spread, bytes, cypher: range(cypher) };
}

/** `concurrency` concurrent clients, each sending `runs` requests one after the other. */
async function burst(ctx: RunContext, transport: Transport, q: BenchQuery): Promise<BurstResult> {
  const { counts, operations } = ctx;
  for (let i = 0; i < counts.warmup; i++) await send(transport, q);
  operations.length = 0;
  const times: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: counts.concurrency }, async () => {
      for (let i = 0; i < counts.runs; i++) times.push((await send(transport, q)).ms);
    }),
  );
  const wallMs = performance.now() - started;
  ctx.sampler.sample();
  const requests = counts.concurrency * counts.runs;
  if (operations.length !== requests || operations.some((op) => op.errors > 0))
    throw new Error(
      `${q.name} burst (${transport.name}): ${operations.length} 'graphql operation' lines for ${requests} requests, ${operations.filter((op) => op.errors > 0).length} with errors`,
    );
  const result = {
    transport: transport.name,
    query: q.name,
    clients: counts.concurrency,
    requests,
    wallMs: Math.round(wallMs),
    requestsPerSecond: round((requests / wallMs) * 1000),
    latency: latency(times),
    cypher: range(operations.map((op) => op.cypher)),
  };
  const { latency: spread, ...rest } = result;
  ctx.logger.info('bench burst', { ...rest, ...spread });
  return result;
}

/**
 * Every query over HTTP first (the headline), then in-process; the slowest
 * query over HTTP gets the burst, on both transports. Memory is sampled per
 * transport phase.
 */
export async function timeQueries(
  ctx: RunContext,
  http: Transport,
  inProcess: Transport,
  queries: BenchQuery[],
): Promise<TimedResults> {
  ctx.sampler.phase = 'http';
  const overHttp = new Map<string, Measurement>();
  for (const q of queries) overHttp.set(q.name, await measure(ctx, http, q));
  const p50 = (q: BenchQuery) => overHttp.get(q.name)?.latency.p50Ms ?? 0;
  const heaviest = [...queries].sort((a, b) => p50(b) - p50(a))[0] as BenchQuery;
  const bursts = [await burst(ctx, http, heaviest)];

  ctx.sampler.phase = 'in-process';
  const results: QueryResult[] = [];
  for (const q of queries) {
    const viaApp = await measure(ctx, inProcess, q);
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
  bursts.push(await burst(ctx, inProcess, heaviest));
  return { queries: results, bursts };
}
