import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { schema } from '../src/schema/index.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { type GraphPools, randomQuery } from './helpers/random-query.js';

/**
 * Random valid queries (fast-check, built from the schema and filled with the
 * seeded graph's ids and names) sent over real HTTP to the app with its whole
 * HTTP policy, on the real Neo4j. Whatever the query, the answer is no 5xx,
 * carries only the codes callers are told to expect (never the masked
 * "Unexpected error." of a fault), and comes before the deadline. The graph
 * is unchanged at the end. The seed is fixed: a failure replays.
 */
const SEED = 20_260_801;
const RUNS = 150;
const DEADLINE_MS = 10_000;
/** How far past the deadline an answer may come before it counts as timed out (not a performance bound). */
const MARGIN_MS = 5_000;
/** Codes a valid query may be answered with on a healthy Neo4j. */
const KNOWN_CODES = new Set(['BAD_USER_INPUT', 'QUERY_TOO_COMPLEX', 'TIMEOUT']);

const db = useTestDatabase();
let server: Server;
let url: string;
let pools: GraphPools;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  const executor = await db.reset();
  await loadDirectory(executor, 'seeds', silentLogger);
  const app = createApp({
    executor,
    logger: silentLogger,
    http: loadConfig({}).http,
    deadlineMs: DEADLINE_MS,
  });
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const rows = await db.query(
    `MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Alias
     RETURN labels(n)[0] AS label, n.id AS id,
            [x IN coalesce(n.names, []) + [n.name, n.title] WHERE x IS NOT NULL] AS names`,
  );
  pools = { ids: {}, names: [] };
  for (const row of rows) {
    const label = String(row.label);
    pools.ids[label] = [...(pools.ids[label] ?? []), String(row.id)];
    pools.names.push(...(row.names as string[]));
  }
  pools.names = [...new Set(pools.names)];
  const { nodes, relationships } = await db.snapshot();
  before = { nodes, relationships };
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

interface Answer {
  status: number;
  ms: number;
  errors: { message: string; extensions?: { code?: string } }[];
  hasData: boolean;
}

async function post(query: string): Promise<Answer> {
  const started = performance.now();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(DEADLINE_MS + MARGIN_MS),
    });
  } catch (error) {
    throw new Error(
      `no answer within ${DEADLINE_MS + MARGIN_MS} ms (${(error as Error).name}) to:\n${query}`,
    );
  }
  const body = (await response.json()) as { data?: unknown; errors?: Answer['errors'] };
  return {
    status: response.status,
    ms: Math.round(performance.now() - started),
    errors: body.errors ?? [],
    hasData: body.data !== undefined && body.data !== null,
  };
}

describe('random valid queries over HTTP', () => {
  it(`${RUNS} of them: no 5xx, no unmasked or unknown error, none past the deadline`, {
    timeout: 180_000,
  }, async () => {
    const outcomes: Record<string, number> = {};
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const query = randomQuery(g, schema, pools);
        // The generator's own check: the query is valid GraphQL for this schema.
        const invalid = validate(schema, parse(query));
        expect(
          invalid.map((e) => e.message),
          query,
        ).toEqual([]);
        const answer = await post(query);
        slowest = Math.max(slowest, answer.ms);
        const codes = answer.errors.map((e) => e.extensions?.code ?? 'no code');
        const outcome = `${answer.status} ${codes[0] ?? 'OK'}`;
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        const context = `${query}\n→ ${answer.status} ${JSON.stringify(answer.errors).slice(0, 500)}`;
        expect(answer.status, context).toBeLessThan(500);
        expect(
          answer.errors.map((e) => e.message),
          context,
        ).not.toContain('Unexpected error.');
        expect(
          codes.filter((code) => !KNOWN_CODES.has(code)),
          context,
        ).toEqual([]);
      }),
      {
        seed: SEED,
        numRuns: RUNS,
        // Bounded: past it, the runs so far stand (and are reported).
        interruptAfterTimeLimit: 150_000,
        markInterruptAsFailure: false,
      },
    );
    const total = Object.values(outcomes).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `property: ${total} random queries (seed ${SEED}), slowest ${slowest} ms: ${JSON.stringify(outcomes)}\n`,
    );
    // The generator is only useful if most of its queries reach Neo4j rather than a limit.
    expect(outcomes['200 OK'] ?? 0).toBeGreaterThan(total / 2);
  });

  it('left the graph as it was', async () => {
    const { nodes, relationships } = await db.snapshot();
    expect({ nodes, relationships }).toEqual(before);
  });
});
