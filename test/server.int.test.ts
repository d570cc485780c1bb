import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * The real thing over real HTTP: the compiled server, `npm run build` then
 * `node dist/cli/serve.js` (what `npm start` runs), against the test database, on a free port. It loads seeds/, serves
 * GraphiQL and GraphQL, and on SIGTERM finishes the request in flight first.
 */
const db = useTestDatabase();
let server: ChildProcess;
let url: URL;
const logs: Record<string, unknown>[] = [];
let exited: Promise<number | null>;

beforeAll(async () => {
  await db.reset();
  const neo4j = inject('neo4j');
  // npm puts node_modules/.bin first on PATH, so tsc here runs on the same Node as npm start.
  execFileSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  server = spawn(process.execPath, ['dist/cli/serve.js'], {
    env: {
      ...process.env,
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      PORT: '0',
      HOST: '127.0.0.1',
      SEEDS_DIR: 'seeds',
      LOAD_SEEDS: 'true',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  url = await new Promise<URL>((resolve, reject) => {
    let buffered = '';
    server.stderr?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const record = JSON.parse(line) as Record<string, unknown>;
        logs.push(record);
        if (record.msg === 'Accord is ready') resolve(new URL(String(record.url)));
      }
    });
    exited.then((code) => reject(new Error(`server exited with ${code}: ${JSON.stringify(logs)}`)));
  });
}, 120_000);

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
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
    const listening = logs.findIndex((l) => l.msg === 'Accord is listening');
    const loaded = logs.findIndex((l) => l.msg === 'load complete' && l.loaded === 1);
    const ready = logs.findIndex((l) => l.msg === 'Accord is ready');
    expect(listening).toBeGreaterThanOrEqual(0);
    expect(loaded).toBeGreaterThan(listening);
    expect(ready).toBeGreaterThan(loaded);
    expect(url.pathname).toBe('/graphql');
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
        server.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 100);
    });
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { company: { name: 'Alibaba' } } });
    expect(await exited).toBe(0);
    const messages = logs.map((l) => l.msg);
    expect(messages).toContain('signal received');
    expect(messages.indexOf('shutting down: finishing requests in flight')).toBeLessThan(
      messages.lastIndexOf('graphql operation'),
    );
    expect(messages.at(-1)).toBe('stopped');
  });
});
