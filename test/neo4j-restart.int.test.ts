import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_NEO4J_PASSWORD, loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { createExecutor } from '../src/neo4j/driver.js';
import {
  type LocalNeo4jOptions,
  removeLocalNeo4jData,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/neo4j/local/local-neo4j.js';
import { spawnAccord } from './helpers/accord-process.js';

/**
 * Neo4j really killed with SIGKILL while requests flow, then started again on
 * the same store and port, as an operator or a supervisor would: Accord
 * answers 503 SERVICE_UNAVAILABLE meanwhile (never a masked 500), recovers by
 * itself without a restart, and the graph Neo4j recovers from its transaction
 * log is the one it had. Neo4j here is an instance of this file's own (the
 * project's local Neo4j, started by its own code), since the shared one must
 * survive for the other files. The times are printed, never asserted.
 */
const config = loadConfig({});
const instance: LocalNeo4jOptions = {
  dir: config.neo4j.local.dir,
  // `test-<pid>`: swept by the next run if this process dies before cleaning up.
  instance: `test-${process.pid}`,
  port: 0,
  heap: '512m',
  password: LOCAL_NEO4J_PASSWORD,
  logger: silentLogger,
};
const QUERY = '{ company(id: "bollore") { name partners { company { name } } } }';

let neo4j: Awaited<ReturnType<typeof startLocalNeo4j>>;
let accord: ReturnType<typeof spawnAccord>;
let base: URL;

beforeAll(async () => {
  neo4j = await startLocalNeo4j(instance);
  accord = spawnAccord({
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    SEEDS_DIR: 'seeds',
    LOAD_SEEDS: 'true',
    REQUEST_DEADLINE_MS: '2000',
    NEO4J_STARTUP_RETRY_MAX_MS: '1000',
  });
  base = new URL(String((await accord.waitForLog('Accord is listening')).url));
  await accord.waitForLog('Accord is ready', 100_000);
}, 240_000);

afterAll(async () => {
  const code = await accord?.stop();
  await stopLocalNeo4j(instance);
  removeLocalNeo4jData(instance);
  expect(code).toBe(0);
}, 120_000);

interface Answer {
  at: number;
  status: number;
  code: string;
  data: unknown;
}

async function ask(started: number): Promise<Answer> {
  const at = performance.now() - started;
  try {
    const response = await fetch(new URL('/graphql', base), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { extensions?: { code?: string } }[];
    };
    const code = body.errors ? String(body.errors[0]?.extensions?.code) : 'OK';
    return { at, status: response.status, code, data: body.data };
  } catch (error) {
    return { at, status: 0, code: `fetch failed: ${(error as Error).message}`, data: undefined };
  }
}

async function graphCounts(uri: string) {
  const executor = createExecutor(
    {
      uri,
      username: neo4j.username,
      password: neo4j.password,
      database: undefined,
      source: 'local',
      release: async () => {},
    },
    config,
    silentLogger,
  );
  try {
    const [row] = await executor.query<{ nodes: number; relationships: number }>({
      cypher:
        'MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
    });
    return { nodes: Number(row?.nodes), relationships: Number(row?.relationships) };
  } finally {
    await executor.close();
  }
}

describe('Neo4j killed with SIGKILL and started again', () => {
  it('answers 503 while it is gone, recovers by itself, and the graph is whole', {
    timeout: 240_000,
  }, async () => {
    const before = await graphCounts(neo4j.uri);
    expect(before.nodes).toBeGreaterThan(0);
    const port = Number(new URL(neo4j.uri.replace(/^bolt:/, 'http:')).port);

    const answers: Answer[] = [];
    const started = performance.now();
    let flowing = true;
    const client = async () => {
      while (flowing) {
        answers.push(await ask(started));
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const clients = Promise.all([client(), client()]);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const killedAt = performance.now() - started;
    process.kill(neo4j.pid, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const restartAt = performance.now() - started;
    const again = await startLocalNeo4j({ ...instance, port });
    const upAt = performance.now() - started;
    expect(again.uri).toBe(neo4j.uri);
    expect(again.started).toBe(true);
    neo4j = again;
    const deadline = Date.now() + 60_000;
    while (!answers.some((a) => a.at > upAt && a.code === 'OK') && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    flowing = false;
    await clients;

    const gone = answers.filter((a) => a.at > killedAt && a.at < restartAt);
    const failed = answers.filter((a) => a.code !== 'OK');
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.some((a) => a.status === 503 && a.code === 'SERVICE_UNAVAILABLE')).toBe(true);
    for (const answer of failed) {
      expect([
        { status: 503, code: 'SERVICE_UNAVAILABLE' },
        { status: 200, code: 'TIMEOUT' },
      ]).toContainEqual({ status: answer.status, code: answer.code });
    }
    const recovered = answers.find((a) => a.at > upAt && a.code === 'OK');
    expect(recovered?.data).toMatchObject({
      company: { name: 'Bolloré', partners: [{ company: { name: 'Alibaba' } }] },
    });
    expect(await graphCounts(neo4j.uri)).toEqual(before);
    const ready = await fetch(new URL('/ready', base));
    expect(ready.status).toBe(200);

    console.log(
      `\nNeo4j SIGKILL and restart: ${answers.length} requests, ${failed.length} failed ` +
        `(${[...new Set(failed.map((a) => `${a.status} ${a.code}`))].join(', ')}); ` +
        `Neo4j back in ${Math.round(upAt - restartAt)} ms; first answer ${Math.round(
          (recovered?.at ?? 0) - upAt,
        )} ms after Bolt answered\n`,
    );
  });
});
