import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { type RunningServer, startServer } from '../src/server.js';
import { spawnAccord } from './helpers/accord-process.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * The HTTP layer of issue 8 over real HTTP: `startServer` on a free port
 * against the test database, as `npm start` runs it, once open (development)
 * and once as NODE_ENV=production. Nothing here writes to the graph.
 */
const db = useTestDatabase();
const neo4j = inject('neo4j');
const running: RunningServer[] = [];
let before: { nodes: number; relationships: number };

/** Starts Accord with these variables on top of the test database's. */
async function start(env: Record<string, string>, uri = neo4j.uri): Promise<URL> {
  const config = loadConfig({
    NEO4J_URI: uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
    PORT: '0',
    HOST: '127.0.0.1',
    LOAD_SEEDS: 'false',
    ...env,
  });
  const server = await startServer(config, silentLogger);
  running.push(server);
  // It serves at once and loads the seeds in the background: wait until they are in.
  await server.prepared;
  return new URL(server.url);
}

const QUERY = '{ company(id: "bollore") { name } }';
const BOLLORE = { data: { company: { name: 'Bolloré' } } };

function post(url: URL, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function answer(response: Response) {
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

let dev: URL;
let prod: URL;

beforeAll(async () => {
  await db.reset();
  // The first server loads seeds/; the others serve what it loaded.
  dev = await start({ LOAD_SEEDS: 'true', SEEDS_DIR: 'seeds' });
  before = await db.snapshot();
  prod = await start({ NODE_ENV: 'production', CORS_ORIGINS: 'https://dash.example.com' });
});

afterAll(async () => {
  await Promise.all(running.map((s) => s.close()));
});

describe('request bodies', () => {
  const huge = { query: `{ company(id: "bollore") { name } }${' '.repeat(200_000)}` };

  it('refuses a body past 100 KB by its Content-Length with 413, naming the limit', async () => {
    const { status, body } = await answer(await post(dev, huge));
    expect(status).toBe(413);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringMatching(
            /Content-Length is 200\d{3} bytes, and the limit is 102400 bytes \(MAX_BODY_BYTES\)/,
          ),
          extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
        },
      ],
    });
  });

  it('refuses a streamed (chunked) body as soon as it passes the limit', async () => {
    // No Content-Length: the server counts the bytes as they come.
    const reply = await new Promise<{ status: number; text: string; sent: number }>(
      (resolve, reject) => {
        let sent = 0;
        const req = request(
          dev,
          { method: 'POST', headers: { 'content-type': 'application/json' } },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => {
              text += c.toString();
            });
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text, sent }));
          },
        );
        req.on('error', reject);
        req.write('{"query": "{ company(id: \\"bollore\\") { name } }", "pad": "');
        const chunk = 'x'.repeat(16_384);
        const more = () => {
          // Keeps sending (up to 10 MB) until the server answers.
          if (sent > 10_000_000 || req.destroyed) return req.end();
          sent += chunk.length;
          if (req.write(chunk)) setImmediate(more);
          else req.once('drain', more);
        };
        more();
      },
    );
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.text).errors[0].message).toMatch(
      /more than 102400 bytes were sent, and the limit is 102400 bytes/,
    );
    expect(reply.sent).toBeLessThan(10_000_000);
  });

  it('answers a body under the limit', async () => {
    expect(await answer(await post(dev, { query: QUERY }))).toEqual({
      status: 200,
      body: BOLLORE,
    });
  });

  it('still refuses batches', async () => {
    const { status, body } = await answer(await post(dev, [{ query: QUERY }, { query: QUERY }]));
    expect(status).toBe(400);
    expect(body).toMatchObject({ errors: [{ message: 'Batching is not supported.' }] });
  });
});

describe('content types and methods', () => {
  it.each([
    ['application/x-www-form-urlencoded', `query=${encodeURIComponent(QUERY)}`],
    [
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: QUERY })}\r\n--x--\r\n`,
    ],
    ['text/plain', JSON.stringify({ query: QUERY })],
    ['application/graphql', QUERY],
  ])('refuses %s with 415 in every mode', async (type, text) => {
    for (const url of [dev, prod]) {
      const { status, body } = await answer(await post(url, text, { 'content-type': type }));
      expect(status).toBe(415);
      expect(body).toEqual({
        errors: [
          {
            message: `Unsupported content type ${JSON.stringify(type)}: POST the query as application/json (or application/graphql+json).`,
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      });
    }
  });

  it('answers application/json and application/graphql+json', async () => {
    for (const type of ['application/json; charset=utf-8', 'application/graphql+json']) {
      expect(await answer(await post(prod, { query: QUERY }, { 'content-type': type }))).toEqual({
        status: 200,
        body: BOLLORE,
      });
    }
  });

  it('answers a query by GET outside production, and refuses it with 405 in production', async () => {
    const get = (url: URL) =>
      fetch(`${url}?query=${encodeURIComponent(QUERY)}`, {
        headers: { accept: 'application/json' },
      });
    expect(await answer(await get(dev))).toEqual({ status: 200, body: BOLLORE });
    const refused = await get(prod);
    expect(refused.status).toBe(405);
    expect(refused.headers.get('allow')).toBe('POST');
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message,
    ).toMatch(/Queries are accepted as POST only/);
  });
});

describe('CORS', () => {
  const preflight = (url: URL, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('outside production, lets any origin read answers, never with credentials', async () => {
    for (const response of [
      await post(dev, { query: QUERY }, { origin: 'https://anywhere.example' }),
      await preflight(dev, 'https://anywhere.example'),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('in production, allows only the origins of CORS_ORIGINS, without credentials', async () => {
    const listed = await post(prod, { query: QUERY }, { origin: 'https://dash.example.com' });
    expect(listed.status).toBe(200);
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://dash.example.com');
    expect(listed.headers.get('access-control-allow-credentials')).toBeNull();
    const listedPreflight = await preflight(prod, 'https://dash.example.com');
    expect(listedPreflight.headers.get('access-control-allow-origin')).toBe(
      'https://dash.example.com',
    );
    expect(listedPreflight.headers.get('access-control-allow-methods')).toBe('GET, POST');

    for (const response of [
      await post(prod, { query: QUERY }, { origin: 'https://evil.example' }),
      await preflight(prod, 'https://evil.example'),
    ]) {
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });
});

describe('production defaults', () => {
  it('refuses introspection before running anything, and keeps __typename', async () => {
    const { status, body } = await answer(
      await post(prod, {
        query: '{ __schema { types { name } } __type(name: "Company") { name } }',
      }),
    );
    expect(status).toBe(200);
    expect(body.data).toBeUndefined();
    const errors = body.errors as { message: string; extensions: unknown }[];
    for (const field of ['__schema', '__type']) {
      expect(errors).toContainEqual(
        expect.objectContaining({
          message: `GraphQL introspection has been disabled, but the requested query contained the field "${field}".`,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    }
    expect(await answer(await post(prod, { query: '{ __typename }' }))).toEqual({
      status: 200,
      body: { data: { __typename: 'Query' } },
    });
    const open = await answer(await post(dev, { query: '{ __schema { queryType { name } } }' }));
    expect(open.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves no GraphiQL in production', async () => {
    const response = await fetch(prod, { headers: { accept: 'text/html' } });
    expect(response.status).not.toBe(200);
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(await response.text()).not.toContain('graphiql');
  });
});

describe('security headers', () => {
  it('sends nosniff and no-referrer on every response, production or not', async () => {
    const responses = [
      await post(dev, { query: QUERY }),
      await post(prod, { query: QUERY }),
      await post(prod, 'x', { 'content-type': 'text/plain' }),
      await fetch(new URL('/health', prod)),
      await fetch(new URL('/ready', dev)),
      await fetch(new URL('/nowhere', dev)),
      await fetch(dev, { headers: { accept: 'text/html' } }),
    ];
    for (const response of responses) {
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it("gives GraphiQL's page a policy that allows its own scripts by hash and nothing inline else", async () => {
    const response = await fetch(dev, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(html).toContain('<title>Accord</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1) ?? [];
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('frame-ancestors')).toEqual(["'none'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    const scripts = directive('script-src');
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    // Every inline script of the page served is allowed by its hash, and only those.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, code]) =>
        `'sha256-${createHash('sha256')
          .update(code ?? '')
          .digest('base64')}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s.startsWith("'sha256-"))).toEqual(inline);
    // Nothing from elsewhere: GraphiQL is inlined from the installed package.
    expect(html).not.toMatch(/<script src=/);
    expect(csp).not.toMatch(/https?:/);
  });
});

describe('persisted operations (PERSISTED_ONLY=true, in production)', () => {
  const document = 'query Bollore { company(id: "bollore") { name } }';
  const hash = createHash('sha256').update(document).digest('hex');
  const persisted = (id: string) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash: id } },
  });
  let url: URL;

  beforeAll(async () => {
    const file = join(tempDir('persisted'), 'operations.json');
    writeFileSync(file, JSON.stringify({ [hash]: document }));
    url = await start({
      NODE_ENV: 'production',
      PERSISTED_OPERATIONS_FILE: file,
      PERSISTED_ONLY: 'true',
    });
  });

  it('runs a listed operation by its id, by POST and by GET', async () => {
    expect(await answer(await post(url, persisted(hash)))).toEqual({ status: 200, body: BOLLORE });
    const extensions = encodeURIComponent(JSON.stringify(persisted(hash).extensions));
    const get = await fetch(`${url}?extensions=${extensions}`, {
      headers: { accept: 'application/json' },
    });
    expect(await answer(get)).toEqual({ status: 200, body: BOLLORE });
  });

  it('refuses an id it does not list', async () => {
    const { status, body } = await answer(await post(url, persisted('f'.repeat(64))));
    expect(status).toBe(400);
    expect(body).toEqual({
      errors: [
        {
          message: `No persisted operation has the id "${'f'.repeat(64)}" (extensions.persistedQuery.sha256Hash).`,
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    });
  });

  it('refuses any other document, even the listed one sent as text', async () => {
    for (const query of [document, '{ companies(first: 100) { nodes { name } } }']) {
      const { status, body } = await answer(await post(url, { query }));
      expect(status).toBe(400);
      expect(body).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_ONLY' } }] });
    }
  });

  it('runs the listed document when a request names its id beside some text, never the text', async () => {
    const query = '{ companies(first: 100) { nodes { name } } }';
    const { status, body } = await answer(await post(url, { query, ...persisted(hash) }));
    expect({ status, body }).toEqual({ status: 200, body: BOLLORE });
    const unknown = await answer(await post(url, { query, ...persisted('f'.repeat(64)) }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_ONLY' } }],
    });
  });

  it('sends no CORS header when CORS_ORIGINS is unset in production', async () => {
    const response = await post(url, persisted(hash), { origin: 'https://dash.example.com' });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('bounded concurrency (MAX_CONCURRENT_REQUESTS=1, MAX_QUEUED_REQUESTS=1)', () => {
  let proxy: Awaited<ReturnType<typeof startHoldingProxy>>;
  let url: URL;

  beforeAll(async () => {
    const target = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
    proxy = await startHoldingProxy({ host: target.hostname, port: Number(target.port) });
    url = await start(
      { MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1' },
      `bolt://127.0.0.1:${proxy.port}`,
    );
  });

  afterAll(async () => {
    proxy?.release();
    await proxy?.close();
  });

  it('runs one, queues one, answers 503 with Retry-After to the rest, then answers the two', async () => {
    // Neo4j's replies are held back, so a request that reached it stays running.
    proxy.hold();
    const first = post(url, { query: QUERY });
    await vi.waitFor(() => expect(proxy.heldBytes()).toBeGreaterThan(0), { timeout: 10_000 });

    const settled: Response[] = [];
    const others = Array.from({ length: 4 }, () =>
      post(url, { query: QUERY }).then((r) => {
        settled.push(r);
        return r;
      }),
    );
    // One of the four takes the queue's place; the other three are refused at once.
    await vi.waitFor(() => expect(settled).toHaveLength(3), { timeout: 10_000 });
    const refused = [...settled];
    for (const response of refused) {
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await response.json()).toEqual({
        errors: [
          {
            message:
              'Too many requests at once: 1 are running and 1 waiting (MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS); retry in 1 s.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ],
      });
    }
    // /health takes no slot.
    expect((await fetch(new URL('/health', url))).status).toBe(200);

    proxy.release();
    expect(await answer(await first)).toEqual({ status: 200, body: BOLLORE });
    const queued = (await Promise.all(others)).filter((r) => !refused.includes(r));
    expect(queued).toHaveLength(1);
    expect(await answer(queued[0] as Response)).toEqual({ status: 200, body: BOLLORE });

    // The slots came back: requests one after another all answer.
    for (let i = 0; i < 3; i += 1) {
      expect((await post(url, { query: QUERY })).status).toBe(200);
    }
  });
});

describe('shutdown', () => {
  let server: ReturnType<typeof spawnAccord> | undefined;

  afterAll(async () => {
    await server?.stop();
  });

  it('exits 1, and says so, when the grace ends with a request still in flight', async () => {
    server = spawnAccord({
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      LOAD_SEEDS: 'false',
      SHUTDOWN_GRACE_MS: '300',
    });
    const listening = new URL(String((await server.waitForLog('Accord is listening')).url));
    // A request whose body never ends: still in flight when the grace is over.
    // Its 100 Continue says the server has taken it in.
    const stuck = request(listening, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': '1000',
        expect: '100-continue',
      },
    });
    stuck.on('error', () => {});
    await new Promise((resolve) => stuck.once('continue', resolve));
    stuck.write('{"query": "{');
    server.signal('SIGTERM');
    expect(await server.exited).toBe(1);
    const { logs } = server;
    const cut = logs.find((l) => l.msg === 'shutdown grace ended: cutting requests in flight');
    expect(cut).toMatchObject({ level: 'error', requests: 1, graceMs: 300 });
    expect(logs.at(-1)).toMatchObject({ msg: 'stopped', cutRequests: 1 });
  });
});

describe('the graph', () => {
  it('holds as many nodes and relationships as before the requests', async () => {
    const after = await db.snapshot();
    expect({ nodes: after.nodes, relationships: after.relationships }).toEqual({
      nodes: before.nodes,
      relationships: before.relationships,
    });
    expect(before.nodes).toBeGreaterThan(0);
  });
});

/**
 * A TCP proxy to Neo4j that can hold back what Accord sends, so that a
 * request which reached the database stays running until released.
 */
async function startHoldingProxy(target: { host: string; port: number }) {
  let holding = false;
  let heldBytes = 0;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => s.destroy());
    }
    client.on('data', (chunk: Buffer) => {
      if (!holding) return void upstream.write(chunk);
      heldBytes += chunk.length;
      held.push(() => upstream.write(chunk));
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    hold() {
      holding = true;
      heldBytes = 0;
    },
    heldBytes: () => heldBytes,
    /** Sends what was held, in order, and stops holding. */
    release() {
      holding = false;
      for (const send of held.splice(0)) send();
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}
