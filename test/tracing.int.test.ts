import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createExecutor } from '../src/neo4j/driver.js';
import type { Executor } from '../src/neo4j/executor.js';
import { createTracing, type Tracing } from '../src/plugins/use-tracing.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * Tracing as an operator switches it on: OTEL_* variables name an OTLP/HTTP
 * endpoint, here a collector on loopback that keeps what it is sent. A query
 * over the seeded graph must arrive as an operation span and a Cypher span.
 */
const db = useTestDatabase();
const received: unknown[] = [];
let collector: Server;
let tracing: Tracing;
let executor: Executor;
let app: ReturnType<typeof createApp>;

interface OtlpSpan {
  traceId: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

beforeAll(async () => {
  await loadDirectory(await db.reset(), 'seeds', silentLogger);
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on('end', () => {
      if (request.url === '/v1/traces') received.push(JSON.parse(body));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
  // The standard variables, read as Accord reads them.
  const config = loadConfig({
    OTEL_EXPORTER_OTLP_ENDPOINT: base,
    OTEL_SERVICE_NAME: 'accord-test',
  });
  expect(config.tracing).toEqual({ endpoint: `${base}/v1/traces`, serviceName: 'accord-test' });
  tracing = createTracing(config.tracing as NonNullable<typeof config.tracing>);
  executor = createExecutor(
    { ...inject('neo4j'), release: async () => {} },
    config,
    silentLogger,
    undefined,
    tracing.statements,
  );
  app = createApp({ executor, logger: silentLogger, tracing: tracing.plugin });
});

afterAll(async () => {
  await tracing?.shutdown();
  await executor?.close();
  await new Promise((resolve) => collector?.close(resolve));
});

const spans = (): OtlpSpan[] =>
  received.flatMap((body) =>
    (body as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] }).resourceSpans.flatMap(
      (r) => r.scopeSpans.flatMap((s) => s.spans),
    ),
  );
const attribute = (span: OtlpSpan, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('tracing', () => {
  it('is off unless an OTLP endpoint is named, or when OTEL_SDK_DISABLED says so', () => {
    expect(loadConfig({}).tracing).toBeUndefined();
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://x:4318', OTEL_SDK_DISABLED: 'true' })
        .tracing,
    ).toBeUndefined();
  });

  it('exports a span for the operation and one for each Cypher statement it ran', async () => {
    const response = await app.fetch('http://accord.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Traced { company(id: "bollore") { name } }' }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({
      company: { name: 'Bolloré' },
    });
    await tracing.flush();
    const all = spans();
    const operation = all.find((s) => s.name.includes('Traced'));
    expect(operation).toBeDefined();
    const cypher = all.filter((s) => attribute(s, 'graphql.operation.name') === 'Traced');
    expect(cypher).toHaveLength(1);
    expect(cypher[0]?.name).toBe('cypher');
    expect(attribute(cypher[0] as OtlpSpan, 'db.system')).toBe('neo4j');
    expect(attribute(cypher[0] as OtlpSpan, 'db.query.text')).toContain('MATCH (n:Company');
  });
});
