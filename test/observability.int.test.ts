import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { createLogger, silentLogger } from '../src/logger.js';
import { createExecutor } from '../src/neo4j/driver.js';
import type { Executor } from '../src/neo4j/executor.js';
import { createMetrics } from '../src/plugins/use-metrics.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * What an operator sees: request ids on responses and on every log line of
 * the request, faults logged with type and stack, slow operations with their
 * Cypher, and /metrics with requests and Neo4j statements. Real Neo4j, the
 * seeded graph, the app as `npm start` builds it.
 */
const db = useTestDatabase();
const lines: Record<string, unknown>[] = [];
let app: ReturnType<typeof createApp>;
let executor: Executor;
/** When set, the next read fails with this error: a fault that is not Neo4j's. */
let fault: Error | undefined;

beforeAll(async () => {
  await loadDirectory(await db.reset(), 'seeds', silentLogger);
  const metrics = createMetrics();
  const logger = createLogger({
    level: 'debug',
    write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  executor = createExecutor(
    { ...inject('neo4j'), release: async () => {} },
    loadConfig({}),
    silentLogger,
    metrics.statement,
  );
  const query = executor.query.bind(executor);
  executor.query = ((...args: Parameters<Executor['query']>) => {
    const error = fault;
    fault = undefined;
    return error ? Promise.reject(error) : query(...args);
  }) as Executor['query'];
  app = createApp({
    executor,
    logger,
    metrics,
    http: { metrics: { enabled: true, token: 'a-token-of-sixteen-chars' } },
  });
  return () => executor.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  app.fetch('http://accord.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('request ids', () => {
  it('answers with a new id and logs the operation under it', async () => {
    const response = await post('query Named { company(id: "bollore") { name } }');
    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await response.json();
    const line = lines.find((l) => l.msg === 'graphql operation' && l.requestId === id);
    expect(line).toMatchObject({ operation: 'Named', errors: 0 });
  });

  it("keeps a caller's sane id and replaces one that is not", async () => {
    const kept = await post('{ __typename }', { 'x-request-id': 'dashboard-42.7' });
    expect(kept.headers.get('x-request-id')).toBe('dashboard-42.7');
    const replaced = await post('{ __typename }', { 'x-request-id': 'a b\nforged=1' });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('a fault in a resolver', () => {
  it('is masked for the caller and logged with its type, stack and request id', async () => {
    fault = new TypeError('the planner met a shape it cannot read');
    const response = await post('query Broken { company(id: "bollore") { name } }');
    const id = response.headers.get('x-request-id');
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe('Unexpected error.');
    const line = lines.find((l) => l.msg === 'resolver failed' && l.requestId === id);
    expect(line).toMatchObject({ level: 'error', operation: 'Broken', path: ['company'] });
    const error = line?.error as { type: string; message: string; stack: string };
    expect(error.type).toBe('TypeError');
    expect(error.message).toBe('the planner met a shape it cannot read');
    expect(error.stack).toContain('observability.int.test.ts');
  });
});

describe('/metrics', () => {
  it('asks for the token', async () => {
    const refused = await app.fetch('http://accord.test/metrics');
    expect(refused.status).toBe(401);
    const wrong = await app.fetch('http://accord.test/metrics', {
      headers: { authorization: 'Bearer not-the-token-at-all' },
    });
    expect(wrong.status).toBe(401);
  });

  it('counts requests by operation and the Neo4j statements they ran', async () => {
    await (await post('query CountedOnce { company(id: "alibaba") { name } }')).json();
    const response = await app.fetch('http://accord.test/metrics', {
      headers: { authorization: 'Bearer a-token-of-sixteen-chars' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(
      /graphql_envelop_request_duration_count\{[^}]*operationName="CountedOnce"[^}]*\} 1/,
    );
    expect(text).toMatch(
      /accord_neo4j_statement_duration_seconds_count\{operation="CountedOnce",outcome="ok"\} 1/,
    );
    expect(text).toMatch(/graphql_envelop_error_result\{[^}]*operationName="Broken"/);
    expect(text).toMatch(/accord_process_resident_memory_bytes \d+/);
  });
});
