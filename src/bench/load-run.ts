import autocannon from 'autocannon';
import { round } from './latency.js';
import {
  AMPLIFICATION,
  abusiveKinds,
  type LoadKind,
  type LoadRequest,
  normalKind,
  SIMPLE_QUERY,
} from './load-mix.js';
import { type AccordChild, type LoadNeo4j, startAccordChild } from './load-server.js';
import type { MemoryBreakdown } from './memory-breakdown.js';

/**
 * `npm run test:load`: Accord in a child process, the README's questions and
 * the abuses of issue 8 sent together by autocannon for a fixed time, then
 * the fairness probe (a simple query timed while six amplification requests
 * run) and the server's memory after an idle pause and a GC. It measures;
 * the caller decides what fails (a 5xx on a normal query).
 */

export interface LoadOptions {
  neo4j: LoadNeo4j;
  /** How long autocannon sends, in seconds. @default 20 */
  durationS?: number;
  /** Connections sending the README questions. @default 4 */
  normalConnections?: number;
  /** Connections per abusive kind. @default 1 */
  abusiveConnections?: number;
  /** The pause before memory is read again, in ms. @default 3000 */
  idleMs?: number;
  /** Rounds of the fairness probe. @default 3 */
  fairnessRounds?: number;
  /** Added to the child's environment (NODE_ENV=production and REQUEST_DEADLINE_MS=10000 unless given). */
  env?: Record<string, string>;
  /** Progress lines; silent by default. */
  log?: (line: string) => void;
}

/** What one kind of request got. */
export interface KindResult {
  kind: string;
  normal: boolean;
  connections: number;
  /** Responses received. */
  requests: number;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  /** Responses with another status (1xx, 3xx). */
  other: number;
  /** Of the 5xx, those that were a 503 (the queue full, or Neo4j away). */
  '503': number;
  /** Connection errors and requests past autocannon's timeout. */
  errors: number;
  timeouts: number;
  /** Responses by status and first error code, e.g. `400 QUERY_TOO_COMPLEX`, `200 OK`. */
  outcomes: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
}

export interface FairnessRound {
  /** The simple query's time, sent just after six amplification requests. */
  simpleMs: number;
  simpleStatus: number;
  /** Whether the simple query got its data (Bolloré's name). */
  answered: boolean;
  /** The six amplification requests' statuses and the slowest one's time. */
  amplificationStatuses: number[];
  amplificationMaxMs: number;
}

export interface LoadReport {
  date: string;
  durationS: number;
  server: {
    production: boolean;
    deadlineMs: number;
    pid: number;
    /** MALLOC_MMAP_THRESHOLD_ as the server read it; undefined: glibc's dynamic default. */
    mallocMmapThreshold: number | undefined;
  };
  kinds: KindResult[];
  totals: { normal: Totals; abusive: Totals };
  memory: {
    /** Once the seeds are in, before any request, after a GC: the cold start. */
    coldMb: number;
    /** After seeds, a warm-up of every request and a GC. */
    beforeMb: number;
    /** The highest RSS sampled while the load ran. */
    peakMb: number;
    /** After the idle pause, before the GC (no one forces a GC on a real server). */
    idleMb: number;
    /** After the idle pause and a GC. */
    afterMb: number;
    idleMs: number;
    /** (after − before) / before, in percent. */
    changePct: number;
    /** (after − cold) / cold, in percent: the same against the cold start. */
    changeFromColdPct: number;
    /** The target: back within 20% of where it started. */
    withinTarget: boolean;
    /** The JS heap in use after each GC: what the server still holds, apart from memory V8 and malloc keep for reuse. */
    heapBeforeMb: number;
    heapAfterMb: number;
    /**
     * Where the memory is (process.memoryUsage and V8's spaces), at the cold
     * start, before, at the highest RSS of the samples taken every second of
     * the load, after the idle pause (before its GC) and after the GC;
     * undefined when the child had no inspector.
     */
    breakdown: Record<'cold' | 'before' | 'peak' | 'idle' | 'after', MemoryBreakdown | undefined>;
  };
  fairness: { rounds: FairnessRound[]; maxMs: number; targetMs: number; withinTarget: boolean };
  /** The one assertion: no README question got a 5xx. */
  passed: boolean;
}

export type Totals = Pick<KindResult, 'requests' | '2xx' | '4xx' | '5xx' | 'errors' | 'timeouts'>;

const FAIRNESS_TARGET_MS = 1_000;
const MEMORY_TARGET_PCT = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Accord on `neo4j`, runs the mix, the probe and the memory check, stops Accord. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const durationS = options.durationS ?? 20;
  const idleMs = options.idleMs ?? 3_000;
  const log = options.log ?? (() => {});
  const env = { NODE_ENV: 'production', REQUEST_DEADLINE_MS: '10000', ...options.env };
  const deadlineMs = Number(env.REQUEST_DEADLINE_MS);
  const kinds = [normalKind(), ...abusiveKinds()];

  log('starting Accord and loading the seeds');
  const accord = await startAccordChild(options.neo4j, env);
  try {
    log(`Accord is ready at ${accord.url} (pid ${accord.pid}); warming up`);
    await accord.collectGarbage();
    const coldMb = accord.rssMb();
    const cold = await accord.memory();
    for (const kind of kinds) for (const request of kind.requests) await send(accord.url, request);
    const heapBeforeMb = await accord.collectGarbage();
    const beforeMb = accord.rssMb();
    const before = await accord.memory();

    log(`sending the mix for ${durationS} s`);
    let peakMb = beforeMb;
    let peak: MemoryBreakdown | undefined;
    let reading = false;
    let tick = 0;
    const sampler = setInterval(() => {
      peakMb = Math.max(peakMb, accord.rssMb());
      tick += 1;
      if (tick % 4 !== 0 || reading) return;
      // Every second, the breakdown; the one of the highest RSS is kept.
      reading = true;
      accord
        .memory()
        .then((m) => {
          if (m && m.rssMb > (peak?.rssMb ?? 0)) peak = m;
        })
        .catch(() => {})
        .finally(() => {
          reading = false;
        });
    }, 250);
    const results = await Promise.all(
      kinds.map((kind) =>
        hammer(
          accord.url,
          kind,
          kind.normal ? (options.normalConnections ?? 4) : (options.abusiveConnections ?? 1),
          durationS,
          deadlineMs,
        ),
      ),
    ).finally(() => clearInterval(sampler));

    log('fairness probe: a simple query while six amplification requests run');
    const rounds: FairnessRound[] = [];
    for (let i = 0; i < (options.fairnessRounds ?? 3); i += 1) rounds.push(await fairness(accord));

    log(`idle for ${idleMs} ms, then GC`);
    await sleep(idleMs);
    // What a server left alone holds, before the GC the test asks for.
    const idleMb = accord.rssMb();
    const idle = await accord.memory();
    const heapAfterMb = await accord.collectGarbage();
    const afterMb = accord.rssMb();
    const after = await accord.memory();
    const changePct = round(((afterMb - beforeMb) / beforeMb) * 100);
    const maxMs = Math.max(...rounds.map((r) => r.simpleMs));
    const totals = {
      normal: total(results.filter((r) => r.normal)),
      abusive: total(results.filter((r) => !r.normal)),
    };
    return {
      date: new Date().toISOString(),
      durationS,
      server: {
        production: env.NODE_ENV === 'production',
        deadlineMs,
        pid: accord.pid,
        mallocMmapThreshold: accord.mallocMmapThreshold,
      },
      kinds: results,
      totals,
      memory: {
        coldMb,
        beforeMb,
        peakMb,
        idleMb,
        afterMb,
        idleMs,
        changePct,
        changeFromColdPct: round(((afterMb - coldMb) / coldMb) * 100),
        withinTarget: Math.abs(changePct) <= MEMORY_TARGET_PCT,
        heapBeforeMb,
        heapAfterMb,
        breakdown: { cold, before, peak, idle, after },
      },
      fairness: {
        rounds,
        maxMs,
        targetMs: FAIRNESS_TARGET_MS,
        withinTarget: maxMs < FAIRNESS_TARGET_MS,
      },
      passed: totals.normal['5xx'] === 0,
    };
  } finally {
    await accord.stop();
  }
}

/** Status and first error code of a response body, e.g. `400 QUERY_TOO_COMPLEX`. */
function outcomeOf(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    const code = parsed.errors?.[0]?.extensions?.code;
    return `${status} ${parsed.errors ? (code ?? 'no code') : 'OK'}`;
  } catch {
    return `${status} (not JSON)`;
  }
}

async function send(url: string, request: LoadRequest): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return { status: response.status, body: await response.text() };
}

/** One autocannon instance for one kind: its connections send its requests in turn. */
async function hammer(
  url: string,
  kind: LoadKind,
  connections: number,
  durationS: number,
  deadlineMs: number,
): Promise<KindResult> {
  const outcomes: Record<string, number> = {};
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationS,
        // Past the deadline plus a margin, a request counts as timed out.
        timeout: Math.ceil(deadlineMs / 1000) + 5,
        requests: kind.requests.map((request) => ({
          ...request,
          onResponse: (status: number, body: string) => {
            const outcome = outcomeOf(status, body);
            outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
          },
        })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  const byClass = (prefix: string) =>
    Object.entries(outcomes)
      .filter(([outcome]) => outcome.startsWith(prefix))
      .reduce((sum, [, n]) => sum + n, 0);
  const counted = { '2xx': byClass('2'), '4xx': byClass('4'), '5xx': byClass('5') };
  const sorted = times.sort((a, b) => a - b);
  const at = (p: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0);
  return {
    kind: kind.kind,
    normal: kind.normal,
    connections,
    requests: times.length,
    ...counted,
    other: times.length - counted['2xx'] - counted['4xx'] - counted['5xx'],
    '503': byClass('503'),
    errors: result.errors,
    timeouts: result.timeouts,
    outcomes,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

function total(results: KindResult[]): Totals {
  const sum = (key: keyof Totals) => results.reduce((n, r) => n + r[key], 0);
  return {
    requests: sum('requests'),
    '2xx': sum('2xx'),
    '4xx': sum('4xx'),
    '5xx': sum('5xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

const JSON_POST = (query: string): LoadRequest => ({
  name: 'probe',
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ query }),
});

/** Six amplification requests, then (once they are on their way) the simple query, timed. */
async function fairness(accord: AccordChild): Promise<FairnessRound> {
  const started = performance.now();
  const heavy = Array.from({ length: 6 }, () =>
    send(accord.url, JSON_POST(AMPLIFICATION)).then((answer) => ({
      status: answer.status,
      ms: performance.now() - started,
    })),
  );
  await sleep(20);
  const simpleStarted = performance.now();
  const simple = await send(accord.url, JSON_POST(SIMPLE_QUERY));
  const simpleMs = round(performance.now() - simpleStarted);
  const done = await Promise.all(heavy);
  return {
    simpleMs,
    simpleStatus: simple.status,
    answered: simple.status === 200 && simple.body.includes('"name":"Bolloré"'),
    amplificationStatuses: done.map((d) => d.status),
    amplificationMaxMs: round(Math.max(...done.map((d) => d.ms))),
  };
}
