import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createExecutor } from '../src/neo4j/driver.js';
import type { Executor } from '../src/neo4j/executor.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { startTcpProxy } from './helpers/tcp-proxy.js';

/**
 * Neo4j going away and coming back, through a proxy the test cuts: the API
 * answers SERVICE_UNAVAILABLE (HTTP 503) and /ready 503, stays up, and
 * recovers by itself.
 */
const db = useTestDatabase();
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let executor: Executor;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  await loadDirectory(await db.reset(), 'seeds', silentLogger);
  const neo4j = inject('neo4j');
  const url = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
  proxy = await startTcpProxy({ host: url.hostname, port: Number(url.port) });
  executor = createExecutor(
    { ...neo4j, uri: `bolt://127.0.0.1:${proxy.port}`, release: async () => {} },
    loadConfig({}),
    silentLogger,
  );
  app = createApp({ executor, logger: silentLogger });
});

afterAll(async () => {
  await executor?.close();
  await proxy?.cut();
});

const QUERY = '{ company(id: "bollore") { name partners { company { name } } } }';

async function ask() {
  const response = await app.fetch('http://accord.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const ready = async () => (await app.fetch('http://accord.test/ready')).status;
const health = async () => (await app.fetch('http://accord.test/health')).status;

describe('when Neo4j cannot be reached', () => {
  it('answers while it is there', async () => {
    expect(await ask()).toMatchObject({
      status: 200,
      body: {
        data: { company: { name: 'Bolloré', partners: [{ company: { name: 'Alibaba' } }] } },
      },
    });
    expect(await ready()).toBe(200);
  });

  it('says SERVICE_UNAVAILABLE with HTTP 503, and /ready says 503, while /health still answers', async () => {
    await proxy.cut();
    const { status, body } = await ask();
    expect(status).toBe(503);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'The graph database cannot be reached right now; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      }),
    ]);
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    expect(await ready()).toBe(503);
    expect(await health()).toBe(200);
  });

  it('recovers by itself when Neo4j is back', async () => {
    await proxy.restore();
    expect(await ready()).toBe(200);
    expect(await ask()).toMatchObject({
      status: 200,
      body: { data: { company: { name: 'Bolloré' } } },
    });
  });
});
