import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { createApp } from '../yoga.js';
import type { BenchQuery } from './api-queries.js';

/** The GraphQL app under test. */
export type App = ReturnType<typeof createApp>;

interface Reply {
  status: number;
  body: string;
}

/** One way to reach the API: `app.fetch` or a real HTTP request. */
export interface Transport {
  name: 'http' | 'in-process';
  post(body: string): Promise<Reply>;
}

/** What one request took and returned. */
export interface Sent {
  ms: number;
  bytes: number;
  data: Record<string, unknown>;
}

/**
 * Fresh headers for every request: @whatwg-node's Request (behind `app.fetch`)
 * writes content-length into a plain headers object it is given, and a stale
 * one then breaks the next request that reuses the object.
 */
const headers = () => ({ 'content-type': 'application/json', accept: 'application/json' });

/** POSTs to the API listening at `url`. */
export function httpTransport(url: string): Transport {
  return {
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
  };
}

/** Calls `app.fetch`, with no socket in between. */
export function inProcessTransport(app: App): Transport {
  return {
    name: 'in-process',
    post: async (body) => {
      const response = await app.fetch('http://bench.local/graphql', {
        method: 'POST',
        headers: headers(),
        body,
      });
      return { status: response.status, body: await response.text() };
    },
  };
}

/** Sends one query; throws on a status other than 200, on `errors`, or on a null root field. */
export async function send(transport: Transport, q: BenchQuery): Promise<Sent> {
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
}

/** The app listening on a free loopback port. */
export interface Listening {
  url: string;
  /** Stops listening and drops open keep-alive connections, so the process can exit. */
  close(): Promise<void>;
}

/** Serves `app` at http://127.0.0.1:<free port>/graphql. */
export async function listen(app: App): Promise<Listening> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
