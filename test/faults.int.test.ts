import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Deadline, withDeadline } from '../src/neo4j/deadline.js';
import { TransactionTimeoutError } from '../src/neo4j/errors.js';
import { spawnAccord } from './helpers/accord-process.js';
import { localNeo4jPid } from './helpers/local-neo4j-process.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { startTcpProxy } from './helpers/tcp-proxy.js';

/**
 * Neo4j faults against `npm start` over real HTTP, with the real Neo4j behind
 * a proxy the test cuts (as kill -9 would) or freezes (as SIGSTOP would):
 * Neo4j down at start, frozen past the deadline, killed while requests flow,
 * and a real slow Cypher. Each fault's time to fail and to recover is printed
 * as a table at the end; the tests assert outcomes, never times.
 */
const DEADLINE_MS = 2_000;
const QUERY = '{ company(id: "bollore") { name partners { company { name } } } }';

const db = useTestDatabase();
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let accord: ReturnType<typeof spawnAccord>;
let base: URL;
/** Node and relationship counts once the seeds are loaded: the faults must not change them. */
let seeded: { nodes: number; relationships: number };

interface Outcome {
  fault: string;
  status: string;
  failMs: number | undefined;
  recoverMs: number | undefined;
}
const outcomes: Outcome[] = [];

beforeAll(async () => {
  await db.reset();
  const neo4j = inject('neo4j');
  const target = new URL(neo4j.uri.replace(/^[a-z+]+:/, 'http:'));
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  // Neo4j is "down" when Accord starts: its address refuses connections.
  await proxy.cut();
  accord = spawnAccord({
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    ...(neo4j.database ? { NEO4J_DATABASE: neo4j.database } : {}),
    SEEDS_DIR: 'seeds',
    LOAD_SEEDS: 'true',
    REQUEST_DEADLINE_MS: String(DEADLINE_MS),
    NEO4J_STARTUP_RETRY_MAX_MS: '1000',
  });
  base = new URL(String((await accord.waitForLog('Accord is listening')).url));
}, 120_000);

afterAll(async () => {
  const code = await accord?.stop();
  await proxy?.cut();
  printOutcomes();
  expect(code).toBe(0);
});

interface Answer {
  status: number;
  /** The first error's code, or OK. */
  code: string;
  data: Record<string, unknown> | null | undefined;
  ms: number;
}

async function ask(query = QUERY): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    code: body.errors ? String(body.errors[0]?.extensions?.code) : 'OK',
    data: body.data,
    ms: Math.round(performance.now() - started),
  };
}

async function probe(path: '/ready' | '/health') {
  const started = performance.now();
  const response = await fetch(new URL(path, base));
  await response.arrayBuffer();
  return { status: response.status, ms: Math.round(performance.now() - started) };
}

/** Milliseconds until check() holds, polling; fails after timeoutMs. */
async function until(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return Math.round(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not recovered within ${timeoutMs} ms`);
}

const answersBollore = async () => {
  const answer = await ask();
  return answer.status === 200 && answer.code === 'OK';
};

describe('Neo4j down at start', () => {
  it('listens, answers /health 200, /ready 503 and SERVICE_UNAVAILABLE, and retries with logs', async () => {
    expect((await probe('/health')).status).toBe(200);
    const ready = await probe('/ready');
    expect(ready.status).toBe(503);
    const answer = await ask();
    expect(answer).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    await until(async () =>
      accord.logs.some(
        (l) => l.msg === 'preparing the graph: Neo4j cannot be reached yet; retrying',
      ),
    );
    const retry = accord.logs.find((l) => l.msg?.endsWith('retrying'));
    expect(retry).toMatchObject({ level: 'warn', attempt: 1, retryInMs: 500 });
    outcomes.push({
      fault: 'Neo4j down at start: a query',
      status: `${answer.status} ${answer.code}`,
      failMs: answer.ms,
      recoverMs: undefined,
    });
    outcomes.push({
      fault: 'Neo4j down at start: /ready',
      status: `${ready.status}`,
      failMs: ready.ms,
      recoverMs: undefined,
    });
  });

  it('loads the seeds once Neo4j is there, and only then says ready', {
    timeout: 120_000,
  }, async () => {
    const restored = performance.now();
    await proxy.restore();
    // Logged once the schema is applied and the graph read: Neo4j is reached again.
    await accord.waitForLog('articles to load', 100_000);
    const reachedMs = Math.round(performance.now() - restored);
    await accord.waitForLog('Accord is ready', 100_000);
    const recoverMs = Math.round(performance.now() - restored);
    expect((await probe('/ready')).status).toBe(200);
    const answer = await ask();
    expect(answer).toMatchObject({
      status: 200,
      data: { company: { name: 'Bolloré', partners: [{ company: { name: 'Alibaba' } }] } },
    });
    const loaded = accord.logs.findIndex((l) => l.msg === 'load complete');
    const ready = accord.logs.findIndex((l) => l.msg === 'Accord is ready');
    expect(loaded).toBeGreaterThanOrEqual(0);
    expect(loaded).toBeLessThan(ready);
    const { nodes, relationships } = await db.snapshot();
    seeded = { nodes, relationships };
    for (const outcome of outcomes)
      if (outcome.fault.startsWith('Neo4j down at start')) outcome.recoverMs = recoverMs;
    outcomes.push({
      fault: 'Neo4j down at start: schema applied once back (the seeds load after)',
      status: '–',
      failMs: undefined,
      recoverMs: reachedMs,
    });
  });
});

describe('Neo4j frozen (as by SIGSTOP) for longer than the deadline', () => {
  it('answers TIMEOUT by the deadline and /ready 503 within about a second, then recovers', async () => {
    expect(await answersBollore()).toBe(true);
    const frozen = performance.now();
    proxy.freeze();
    const [first, ready] = await Promise.all([ask(), probe('/ready')]);
    // A second request while still frozen: its pooled connection is stuck, so
    // it opens a new one, which the frozen server never completes.
    const second = await ask();
    expect(first).toMatchObject({ status: 200, code: 'TIMEOUT', data: { company: null } });
    expect([
      { status: 200, code: 'TIMEOUT' },
      { status: 503, code: 'SERVICE_UNAVAILABLE' },
    ]).toContainEqual({ status: second.status, code: second.code });
    expect(ready.status).toBe(503);
    const thawed = performance.now();
    proxy.thaw();
    const recoverMs = await until(answersBollore);
    expect((await probe('/ready')).status).toBe(200);
    outcomes.push({
      fault: `Neo4j frozen ${Math.round(thawed - frozen)} ms: a query (deadline ${DEADLINE_MS} ms)`,
      status: `${first.status} ${first.code}`,
      failMs: first.ms,
      recoverMs,
    });
    outcomes.push({
      fault: 'Neo4j frozen: a second query (new connection)',
      status: `${second.status} ${second.code}`,
      failMs: second.ms,
      recoverMs: undefined,
    });
    outcomes.push({
      fault: 'Neo4j frozen: /ready',
      status: `${ready.status}`,
      failMs: ready.ms,
      recoverMs: undefined,
    });
  });
});

describe('Neo4j really stopped by SIGSTOP (the local Neo4j the tests started)', () => {
  const pid = localNeo4jPid(inject('neo4j').uri);
  let stopped = false;
  afterAll(() => {
    // Whatever happened, the shared Neo4j must run again for the other test files.
    if (stopped && pid) process.kill(pid, 'SIGCONT');
  });

  it.skipIf(pid === undefined)(
    'answers by the deadline and /ready 503 while it is stopped, then recovers after SIGCONT',
    async () => {
      if (!pid) return;
      expect(await answersBollore()).toBe(true);
      const frozen = performance.now();
      process.kill(pid, 'SIGSTOP');
      stopped = true;
      let answers: Answer[];
      let ready: Awaited<ReturnType<typeof probe>>;
      try {
        [answers, ready] = await Promise.all([Promise.all([ask(), ask()]), probe('/ready')]);
        // Stopped for longer than the deadline.
        await new Promise((resolve) =>
          setTimeout(resolve, DEADLINE_MS + 1_000 - (performance.now() - frozen)),
        );
      } finally {
        process.kill(pid, 'SIGCONT');
        stopped = false;
      }
      const resumed = performance.now();
      const recoverMs = await until(answersBollore);
      for (const answer of answers) {
        expect([
          { status: 200, code: 'TIMEOUT' },
          { status: 503, code: 'SERVICE_UNAVAILABLE' },
        ]).toContainEqual({ status: answer.status, code: answer.code });
      }
      expect(ready.status).toBe(503);
      outcomes.push({
        fault: `Neo4j SIGSTOP ${Math.round(resumed - frozen)} ms: 2 queries`,
        status: [...new Set(answers.map((a) => `${a.status} ${a.code}`))].join(', '),
        failMs: Math.max(...answers.map((a) => a.ms)),
        recoverMs,
      });
      outcomes.push({
        fault: 'Neo4j SIGSTOP: /ready',
        status: `${ready.status}`,
        failMs: ready.ms,
        recoverMs: undefined,
      });
    },
  );
});

describe('Neo4j killed (connections cut, address refused) and back while requests flow', () => {
  it('answers 503 SERVICE_UNAVAILABLE, never a masked 500, then recovers by itself', async () => {
    const answers: (Answer & { at: number })[] = [];
    const started = performance.now();
    let flowing = true;
    const client = async () => {
      while (flowing) {
        const at = performance.now() - started;
        answers.push({ ...(await ask()), at });
      }
    };
    const clients = Promise.all([client(), client(), client()]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const cutAt = performance.now() - started;
    await proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const restoredAt = performance.now() - started;
    await proxy.restore();
    await until(async () => answers.some((a) => a.at > restoredAt && a.code === 'OK'));
    flowing = false;
    await clients;

    const during = answers.filter((a) => a.at > cutAt && a.at < restoredAt);
    const failed = answers.filter((a) => a.code !== 'OK');
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((a) => a.code === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    for (const answer of failed) {
      expect([
        { status: 503, code: 'SERVICE_UNAVAILABLE' },
        { status: 200, code: 'TIMEOUT' },
      ]).toContainEqual({ status: answer.status, code: answer.code });
    }
    const recovered = answers.find((a) => a.at > restoredAt && a.code === 'OK');
    expect(recovered?.data).toMatchObject({ company: { name: 'Bolloré' } });
    outcomes.push({
      fault: `Neo4j killed 3s under 3 clients (${answers.length} requests, ${failed.length} failed)`,
      status: [...new Set(failed.map((a) => `${a.status} ${a.code}`))].join(', '),
      failMs: Math.max(...failed.map((a) => a.ms)),
      recoverMs: Math.round((recovered?.at ?? 0) + (recovered?.ms ?? 0) - restoredAt),
    });
  });
});

describe('a real slow Cypher past the deadline', () => {
  const SLOW = {
    cypher: 'UNWIND range(1, 2000000000) AS i WITH i WHERE i % 7 = 3 RETURN count(i) AS n',
  };
  const running = async () =>
    (
      await db.query(
        'SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = "SlowOnPurpose" RETURN count(*) AS n',
      )
    )[0]?.n;

  it('fails with a timeout by the deadline, and Neo4j stops running it', async () => {
    const executor = await db.executor();
    const started = performance.now();
    const error = await withDeadline(Deadline.after(1_000), () =>
      executor.query(SLOW, 'READ', { metadata: { operation: 'SlowOnPurpose' } }),
    ).catch((e: unknown) => e);
    const failMs = Math.round(performance.now() - started);
    expect(error).toBeInstanceOf(TransactionTimeoutError);
    const stoppedMs = await until(async () => Number(await running()) === 0, 10_000);
    outcomes.push({
      fault: 'slow Cypher, 1 s deadline (recover = gone from SHOW TRANSACTIONS)',
      status: `TIMEOUT (${(error as Error).name})`,
      failMs,
      recoverMs: stoppedMs,
    });
  });

  it('leaves the graph as the seeds made it', async () => {
    const { nodes, relationships } = await db.snapshot();
    expect(seeded.nodes).toBeGreaterThan(0);
    expect({ nodes, relationships }).toEqual(seeded);
  });
});

function printOutcomes() {
  const ms = (value: number | undefined) => (value === undefined ? '–' : `${value} ms`);
  const lines = [
    '| fault | status | time to fail | time to recover |',
    '| --- | --- | --- | --- |',
    ...outcomes.map((o) => `| ${o.fault} | ${o.status} | ${ms(o.failMs)} | ${ms(o.recoverMs)} |`),
  ];
  console.log(`\nNeo4j faults (deadline ${DEADLINE_MS} ms):\n${lines.join('\n')}\n`);
}
