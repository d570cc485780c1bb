import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The child side of `npm run bench`'s servers. Each server (A: raw Cypher, B:
 * Accord, C: @neo4j/graphql) runs in a process of its own, so its CPU time
 * and memory are its own, and answers the benchmark over IPC: where it
 * listens, its counters, its peak memory, and the PROFILE of the Cypher it
 * ran for one request. Nothing here imports neo4j-driver, so server C can use
 * its own copy.
 */

/** Where Neo4j is, as the benchmark resolved it. */
export interface ServerNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

export type ToChild = { id: number } & (
  | { type: 'start'; neo4j: ServerNeo4j; options: unknown }
  | { type: 'usage' }
  | { type: 'reset-peak' }
  | { type: 'capture' }
  | { type: 'profile' }
  | { type: 'stop' }
);

export type FromChild = { id: number } & (
  | { type: 'listening'; url: string }
  | { type: 'usage'; usage: Usage }
  | { type: 'profile'; statements: ProfiledStatement[] }
  | { type: 'done' }
  | { type: 'error'; message: string }
);

/** What a server has done since it started, and what it holds. */
export interface Usage {
  requests: number;
  /** Requests answered with an error (a status other than 200, or GraphQL `errors`). */
  errors: number;
  /** Cypher statements sent to Neo4j. */
  statements: number;
  /** process.cpuUsage(), in microseconds. */
  cpuUserUs: number;
  cpuSystemUs: number;
  rssMb: number;
  /** The highest RSS sampled since the last reset. */
  peakRssMb: number;
}

export interface ProfiledStatement {
  cypher: string;
  dbHits: number;
  rows: number;
}

/** A statement as it went to the driver: its text and its parameters, already driver values. */
interface Sent {
  cypher: string;
  params: unknown;
}

/** Counts the statements a server sends and, while capturing, keeps them for PROFILE. */
export class Recorder {
  statements = 0;
  requests = 0;
  errors = 0;
  /** Requests received whose response has not closed yet. */
  inFlight = 0;
  capturing = false;
  readonly captured: Sent[] = [];

  record(cypher: string, params: unknown): void {
    this.statements += 1;
    if (this.capturing) this.captured.push({ cypher, params });
  }
}

// The driver is typed by shape: A and B use the project's neo4j-driver, C its own copy.
type AnyFn = (...args: never[]) => unknown;
type Run = (cypher: string, params?: unknown, config?: unknown) => unknown;

/** `run` of a session or transaction, recording what it is given. */
const recordingRun =
  (target: object, run: Run, recorder: Recorder) =>
  (cypher: string, params?: unknown, config?: unknown) => {
    recorder.record(cypher, params ?? {});
    return run.call(target, cypher, params, config);
  };

/** Methods bound to the real object, so the driver's private fields work through the proxy. */
const bound = (target: object, value: unknown) =>
  typeof value === 'function' ? (value as AnyFn).bind(target) : value;

function recordingTx<T extends object>(tx: T, recorder: Recorder): T {
  return new Proxy(tx, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'run') return recordingRun(target, value as Run, recorder);
      return bound(target, value);
    },
  });
}

type Work = (tx: object) => unknown;

function recordingSession<T extends object>(session: T, recorder: Recorder): T {
  return new Proxy(session, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'run') return recordingRun(target, value as Run, recorder);
      if (prop === 'executeRead' || prop === 'executeWrite') {
        return (work: Work, config?: unknown) =>
          (value as (w: Work, c?: unknown) => unknown).call(
            target,
            (tx: object) => work(recordingTx(tx, recorder)),
            config,
          );
      }
      return bound(target, value);
    },
  });
}

/**
 * The driver, with every statement its sessions, managed transactions and
 * executeQuery run recorded: what goes to Neo4j, after each library's own
 * conversions.
 */
export function recordingDriver<T extends object>(driver: T, recorder: Recorder): T {
  return new Proxy(driver, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'session') {
        return (config?: unknown) =>
          recordingSession((value as (c?: unknown) => object).call(target, config), recorder);
      }
      if (prop === 'executeQuery') return recordingRun(target, value as Run, recorder);
      return bound(target, value);
    },
  });
}

/** A plan's operator tree, as the driver gives it. */
interface Plan {
  dbHits: number;
  rows: number;
  children: Plan[];
}

/** `PROFILE` goes after the `CYPHER 5` and option lines a library may put first. */
export function profiled(cypher: string): string {
  const prefix = /^(\s*CYPHER\b[^\n]*\n)*/.exec(cypher)?.[0] ?? '';
  return `${prefix}PROFILE ${cypher.slice(prefix.length)}`;
}

const dbHitsOf = (plan: Plan): number =>
  plan.dbHits + plan.children.reduce((n, child) => n + dbHitsOf(child), 0);

/** A driver session that can run a statement and give its summary. */
export interface ProfileSession {
  run(
    cypher: string,
    params: never,
  ): PromiseLike<{
    records: unknown[];
    summary: { profile: Plan | false };
  }>;
  close(): Promise<void>;
}

/** PROFILEs each captured statement in its own session and empties the capture. */
export async function profileCaptured(
  recorder: Recorder,
  openSession: () => ProfileSession,
): Promise<ProfiledStatement[]> {
  const statements = recorder.captured.splice(0);
  const out: ProfiledStatement[] = [];
  for (const { cypher, params } of statements) {
    const session = openSession();
    try {
      const result = await session.run(profiled(cypher), params as never);
      const plan = result.summary.profile;
      if (!plan) throw new Error(`no profile for ${cypher.slice(0, 200)}`);
      out.push({ cypher, dbHits: dbHitsOf(plan), rows: result.records.length });
    } finally {
      await session.close();
    }
  }
  return out;
}

/** What a server gives the protocol once it listens. */
export interface ChildServer {
  recorder: Recorder;
  /** PROFILE of what was captured since the last 'capture'. */
  profile(): Promise<ProfiledStatement[]>;
  close(): Promise<void>;
}

/**
 * Counts the server's requests, those still open, and those answered with a
 * status other than 200 (B and C also count GraphQL errors themselves).
 */
export function countRequests(server: Server, recorder: Recorder): void {
  server.on('request', (_request, response) => {
    recorder.requests += 1;
    recorder.inFlight += 1;
    response.once('close', () => {
      recorder.inFlight -= 1;
      if (response.statusCode !== 200) recorder.errors += 1;
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once no request is open and no statement has been sent for a
 * moment: a client that stops mid-request (autocannon at the end of a run)
 * closes the response while the server still runs its Cypher, which then
 * belongs to this run's counts, not the next one's.
 */
async function settled(recorder: Recorder, quietMs = 100, maxMs = 120_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let last = -1;
  while (Date.now() < deadline) {
    if (recorder.inFlight === 0 && recorder.statements === last) return;
    last = recorder.inFlight === 0 ? recorder.statements : -1;
    await sleep(quietMs);
  }
}

/** The http server's URL on 127.0.0.1 once it listens on a free port. */
export async function listenOnLoopback(server: Server, path: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
}

/**
 * Answers the benchmark's messages: `start` calls `start` and replies with the
 * URL; the others read counters, reset the peak, capture, profile or stop.
 */
export function serveChild(
  start: (neo4j: ServerNeo4j, options: unknown) => Promise<{ url: string; child: ChildServer }>,
): void {
  let running: ChildServer | undefined;
  let peakRss = 0;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  };
  const sampler = setInterval(sample, 25);
  sampler.unref();
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  let stopped = false;
  // Once stopped, exit as soon as the reply is on its way.
  const reply = (message: FromChild) =>
    process.send?.(message, undefined, undefined, () => {
      if (stopped) process.exit(0);
    });

  const handle = async (message: ToChild): Promise<FromChild> => {
    const { id } = message;
    if (message.type === 'start') {
      const started = await start(message.neo4j, message.options);
      running = started.child;
      return { id, type: 'listening', url: started.url };
    }
    if (!running) throw new Error(`${message.type} before start`);
    const recorder = running.recorder;
    switch (message.type) {
      case 'usage': {
        await settled(recorder);
        sample();
        const cpu = process.cpuUsage();
        return {
          id,
          type: 'usage',
          usage: {
            requests: recorder.requests,
            errors: recorder.errors,
            statements: recorder.statements,
            cpuUserUs: cpu.user,
            cpuSystemUs: cpu.system,
            rssMb: mb(process.memoryUsage.rss()),
            peakRssMb: mb(peakRss),
          },
        };
      }
      case 'reset-peak':
        peakRss = process.memoryUsage.rss();
        return { id, type: 'done' };
      case 'capture':
        recorder.captured.length = 0;
        recorder.capturing = true;
        return { id, type: 'done' };
      case 'profile':
        recorder.capturing = false;
        return { id, type: 'profile', statements: await running.profile() };
      case 'stop':
        await running.close();
        clearInterval(sampler);
        stopped = true;
        return { id, type: 'done' };
    }
  };

  // The benchmark is gone (it stopped or crashed): nobody is left to ask, so stop too.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: ToChild) => {
    handle(message).then(reply, (error: Error) =>
      reply({ id: message.id, type: 'error', message: error.stack ?? error.message }),
    );
  });
}
