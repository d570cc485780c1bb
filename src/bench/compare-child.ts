import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProfiledStatement, Recorder } from './compare-recorder.js';

/**
 * The child side of `npm run bench`'s servers. Each server (A: raw Cypher, B:
 * Accord, C: @neo4j/graphql) runs in a process of its own, so its CPU time
 * and memory are its own, and answers the benchmark over IPC: where it
 * listens, its counters, its peak memory, and the PROFILE of the Cypher it
 * ran for one request (compare-recorder.ts counts and profiles).
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

/** What a server gives the protocol once it listens. */
export interface ChildServer {
  recorder: Recorder;
  /** PROFILE of what was captured since the last 'capture'. */
  profile(): Promise<ProfiledStatement[]>;
  close(): Promise<void>;
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
