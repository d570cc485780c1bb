import type { Server } from 'node:http';

/**
 * How `npm run bench`'s servers account for what they do: the requests they
 * receive, the Cypher statements they send (through a driver that records
 * them, whichever library drives it), and the PROFILE of the statements of
 * one request. Nothing here imports neo4j-driver, so server C can use its
 * own copy.
 */

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
      if (prop === 'beginTransaction') {
        return (config?: unknown) =>
          recordingTxPromise((value as (c?: unknown) => object).call(target, config), recorder);
      }
      return bound(target, value);
    },
  });
}

/**
 * An explicit transaction (Accord's reads of several statements under a deadline use one): the
 * driver's TransactionPromise runs statements itself and resolves to another
 * object that does too, so both are recorded.
 */
function recordingTxPromise<T extends object>(pending: T, recorder: Recorder): T {
  return new Proxy(pending, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (prop === 'run') return recordingRun(target, value as Run, recorder);
      if (prop === 'then') {
        return (onFulfilled?: (tx: object) => unknown, onRejected?: (error: unknown) => unknown) =>
          (target as unknown as Promise<object>)
            .then((tx) => recordingTx(tx, recorder))
            .then(onFulfilled, onRejected);
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
