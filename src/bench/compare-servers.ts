import { type ChildProcess, fork } from 'node:child_process';
import type { Logger } from '../logger.js';
import type { FromChild, ServerNeo4j, ToChild, Usage } from './compare-child.js';
import type { Question } from './compare-questions.js';
import type { ProfiledStatement } from './compare-recorder.js';

/**
 * The benchmark's side of its three servers: each is a child process (see
 * compare-child.ts) run from compiled JavaScript (compare-build.ts), asked
 * over IPC where it listens, what it has used, and what its Cypher cost.
 */

export const SERVERS = ['raw', 'accord', 'neo4j-graphql'] as const;
export type ServerName = (typeof SERVERS)[number];

/** How long a child may take to answer a message (PROFILE of a heavy query included). */
const REPLY_TIMEOUT_MS = 300_000;

export interface ServerProcess {
  name: ServerName;
  pid: number;
  url: string;
  usage(): Promise<Usage>;
  resetPeak(): Promise<void>;
  /** Keeps the statements of the requests sent until `profile`. */
  capture(): Promise<void>;
  profile(): Promise<ProfiledStatement[]>;
  stop(): Promise<void>;
}

type Reply<T extends FromChild['type']> = Extract<FromChild, { type: T }>;
type Message = ToChild extends infer M ? (M extends ToChild ? Omit<M, 'id'> : never) : never;

/** Forks `script` (compiled JavaScript) under plain node, sends it `start`, and resolves once it listens. */
export async function startServerProcess(
  name: ServerName,
  script: string,
  neo4j: ServerNeo4j,
  options: unknown,
  logger: Logger,
  /** Variables the server's own production settings add (read at process start). */
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child: ChildProcess = fork(script, [], {
    // Not the benchmark's own tsx: the server runs as production's node does.
    execArgv: [],
    // Every server runs as the Docker image runs Accord: graphql-js, among
    // others, skips its development-time checks under NODE_ENV=production.
    env: { ...env, ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(m: FromChild): void; reject(e: Error): void }>();
  let next = 0;
  let exited: Error | undefined;
  child.on('message', (message: FromChild) => {
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.type === 'error') waiting?.reject(new Error(`${name} server: ${message.message}`));
    else waiting?.resolve(message);
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`${name} server (pid ${child.pid}) exited: ${signal ?? `code ${code}`}`);
    for (const waiting of pending.values()) waiting.reject(exited);
    pending.clear();
  });

  const ask = <T extends FromChild['type']>(message: Message, expect: T): Promise<Reply<T>> => {
    if (exited) return Promise.reject(exited);
    const id = ++next;
    return new Promise<Reply<T>>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(
          new Error(`${name} server did not answer ${message.type} in ${REPLY_TIMEOUT_MS} ms`),
        );
      }, REPLY_TIMEOUT_MS);
      pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.type === expect) resolve(reply as Reply<T>);
          else reject(new Error(`${name} server answered ${reply.type} to ${message.type}`));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      child.send({ ...message, id } as ToChild);
    });
  };

  try {
    const { url } = await ask({ type: 'start', neo4j, options }, 'listening');
    logger.info('bench server listening', { server: name, pid: child.pid, url });
    return {
      name,
      pid: child.pid as number,
      url,
      usage: async () => (await ask({ type: 'usage' }, 'usage')).usage,
      resetPeak: async () => {
        await ask({ type: 'reset-peak' }, 'done');
      },
      capture: async () => {
        await ask({ type: 'capture' }, 'done');
      },
      profile: async () => (await ask({ type: 'profile' }, 'profile')).statements,
      stop: async () => {
        if (exited) return;
        const gone = new Promise((resolve) => child.once('exit', resolve));
        await ask({ type: 'stop' }, 'done').catch(() => child.kill());
        await gone;
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** One HTTP request of a question to a server: what autocannon and the answer check send. */
export interface ServerRequest {
  url: string;
  body: string;
}

/** The request that asks `question` of `server`. */
export function requestOf(server: ServerProcess, question: Question): ServerRequest {
  switch (server.name) {
    case 'raw':
      return { url: `${server.url}${question.name}`, body: JSON.stringify(question.raw.params) };
    case 'accord':
      return { url: server.url, body: JSON.stringify(question.accord) };
    case 'neo4j-graphql':
      return { url: server.url, body: JSON.stringify(question.library) };
  }
}

/** Sends one request and returns the answer: A's rows, or B's and C's `data` (errors throw). */
export async function ask(server: ServerProcess, question: Question): Promise<unknown> {
  const { url, body } = requestOf(server, question);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  });
  const text = await response.text();
  const where = `${question.name} on ${server.name}`;
  if (response.status !== 200) throw new Error(`${where}: HTTP ${response.status}: ${text}`);
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (server.name === 'raw') return parsed;
  if (parsed.errors) throw new Error(`${where}: ${JSON.stringify(parsed.errors)}`);
  return parsed.data;
}
