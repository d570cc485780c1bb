import { execFileSync } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEFAULT_MALLOC_MMAP_THRESHOLD } from '../src/config.js';
import { spawnAccord } from './helpers/accord-process.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * The real thing over real HTTP: the compiled server, `npm run build` then
 * `node dist/cli/serve.js` (what `npm start` runs), against the test database, on a free port. It loads seeds/, serves
 * GraphiQL and GraphQL, and on SIGTERM finishes the request in flight first.
 */
const db = useTestDatabase();
let server: ReturnType<typeof spawnAccord>;
let url: URL;

beforeAll(async () => {
  await db.reset();
  const neo4j = inject('neo4j');
  // npm puts node_modules/.bin first on PATH, so tsc here runs on the same Node as npm start.
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  server = spawnAccord(
    {
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      SEEDS_DIR: 'seeds',
      LOAD_SEEDS: 'true',
      LOG_LEVEL: 'debug',
      // What `npm start` adds in front of node.
      MALLOC_MMAP_THRESHOLD_: String(DEFAULT_MALLOC_MMAP_THRESHOLD),
    },
    { compiled: true },
  );
  url = new URL(String((await server.waitForLog('Accord is ready', 110_000)).url));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

async function graphql(query: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: Record<string, unknown> },
  };
}

describe('npm start', () => {
  it('listens at once, loads the seed article, then says it is ready', () => {
    const listening = server.logs.findIndex((l) => l.msg === 'Accord is listening');
    const loaded = server.logs.findIndex((l) => l.msg === 'load complete' && l.loaded === 1);
    const ready = server.logs.findIndex((l) => l.msg === 'Accord is ready');
    expect(listening).toBeGreaterThanOrEqual(0);
    expect(loaded).toBeGreaterThan(listening);
    expect(ready).toBeGreaterThan(loaded);
    expect(url.pathname).toBe('/graphql');
  });

  it('says which malloc threshold it runs with', () => {
    const listening = server.logs.find((l) => l.msg === 'Accord is listening');
    expect(listening?.mallocMmapThreshold).toBe(DEFAULT_MALLOC_MMAP_THRESHOLD);
  });

  it('serves GraphiQL to a browser', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<title>Accord</title>');
    expect(html.toLowerCase()).toContain('graphiql');
  });

  it('answers GraphQL over HTTP with the seeded graph', async () => {
    const { status, body } = await graphql(
      '{ company(name: "Bolloré") { name partners { company { name } kind } } }',
    );
    expect(status).toBe(200);
    expect(body.data).toEqual({
      company: {
        name: 'Bolloré',
        partners: [{ company: { name: 'Alibaba' }, kind: 'MEMORANDUM_OF_UNDERSTANDING' }],
      },
    });
  });

  it('answers /health and /ready', async () => {
    expect((await fetch(new URL('/health', url))).status).toBe(200);
    expect((await fetch(new URL('/ready', url))).status).toBe(200);
  });

  it('on SIGTERM finishes the request in flight, closes the driver and exits 0', async () => {
    const body = JSON.stringify({ query: '{ company(id: "alibaba") { name } }' });
    // Half a request is on the wire when the signal comes; the rest follows after.
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.signal('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { company: { name: 'Alibaba' } } });
    expect(await server.exited).toBe(0);
    const messages = server.logs.map((l) => l.msg);
    expect(messages).toContain('signal received');
    expect(messages.indexOf('shutting down: finishing requests in flight')).toBeLessThan(
      messages.lastIndexOf('graphql operation'),
    );
    expect(messages.at(-1)).toBe('stopped');
  });
});
