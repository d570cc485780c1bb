import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Context, createContext } from '../src/context.js';
import { silentLogger } from '../src/logger.js';
import type { Executor } from '../src/neo4j/executor.js';
import type { ReadLimits } from '../src/neo4j/reader.js';
import { useQueryLimits } from '../src/plugins/use-query-limits.js';
import { QUERY_LIMITS } from '../src/schema/builder.js';
import { maskError } from '../src/schema/errors.js';
import { schema } from '../src/schema/index.js';
import { type GraphQLResponse, useSeededApi } from './helpers/api.js';

/**
 * Hostile queries over real HTTP against the seeded graph in a real Neo4j:
 * each is refused before it runs, with a 400 and QUERY_TOO_COMPLEX naming the
 * limit and the value, or answered with BAD_USER_INPUT naming the argument;
 * never a 500, never a reply that echoes a huge input. The graph is unchanged.
 */
const api = useSeededApi();
let server: Server;
let url: string;
let before: { nodes: number; relationships: number };

/** The app on a real port, as `npm start` serves it. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<[Server, string]> {
  const listening = createServer(handler);
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const { port } = listening.address() as AddressInfo;
  return [listening, `http://127.0.0.1:${port}/graphql`];
}

beforeAll(async () => {
  [server, url] = await listen(api.app() as Parameters<typeof createServer>[1]);
  const { nodes, relationships } = await api.db.snapshot();
  before = { nodes, relationships };
});

/** Stops a server, its idle keep-alive connections included. */
async function stop(listening: Server | undefined): Promise<void> {
  if (!listening) return;
  listening.closeAllConnections();
  await new Promise((resolve) => listening.close(resolve));
}

afterAll(() => stop(server));

interface HttpAnswer extends GraphQLResponse {
  /** The raw body's length, in characters. */
  size: number;
}

async function post(query: string, variables = {}, at = url): Promise<HttpAnswer> {
  const response = await fetch(at, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, size: text.length, ...JSON.parse(text) };
}

/** `count` copies of a field, each under its own alias. */
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

const AMPLIFIER = 'neighborhood(id: "Company:bollore", depth: 3, first: 100) { truncated }';

async function expectRefused(query: string, limit: keyof typeof QUERY_LIMITS, found?: number) {
  const answer = await post(query);
  expect(answer.status, JSON.stringify(answer.errors)).toBe(400);
  expect(answer.data ?? null).toBeNull();
  const [error] = answer.errors ?? [];
  expect(error?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  expect(error?.extensions?.limit).toBe(limit);
  expect(error?.extensions?.max).toBe(QUERY_LIMITS[limit]);
  expect(error?.message).toContain(String(QUERY_LIMITS[limit]));
  if (found !== undefined) {
    expect(error?.extensions?.found).toBe(found);
    expect(error?.message).toContain(String(found));
  }
  return error;
}

describe('queries refused before they run (400, QUERY_TOO_COMPLEX)', () => {
  it('more aliases than the limit', async () => {
    await expectRefused(
      aliased(QUERY_LIMITS.aliases + 1, 'company(id: "bollore") { name }'),
      'aliases',
      16,
    );
  });

  it('the issue’s 90 aliased neighborhood(depth: 3, first: 100): refused, nothing runs', async () => {
    const answer = await api.countCalls(async () => {
      const refused = await post(aliased(90, AMPLIFIER));
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });
    expect(answer.statements).toBe(0);
  });

  it('aliases of __typename count too', async () => {
    await expectRefused(aliased(QUERY_LIMITS.aliases + 1, '__typename'), 'aliases', 16);
  });

  it('more directives than the limit', async () => {
    const fields = Array.from(
      { length: QUERY_LIMITS.directives + 1 },
      () => 'name @include(if: true)',
    );
    await expectRefused(`{ company(id: "bollore") { ${fields.join(' ')} } }`, 'directives', 21);
  });

  it('a document of 50,000 tokens, refused while it is lexed', async () => {
    const answer = await expectRefused(`{ ${'__typename '.repeat(50_000)}}`, 'tokens');
    expect(answer?.message).toMatch(/more than 1000 tokens/);
  });

  it('a query nested 1,700 levels deep: a 400, not a stack overflow', async () => {
    const nested = `{ company(id: "bollore") { ${'partners { company { '.repeat(850)}name${' } }'.repeat(850)} } }`;
    await expectRefused(nested, 'tokens');
  });

  it('a value nested as deep as the token limit allows is still no 500', async () => {
    // `{ nodes ( ids :`, the value, `) { id } }`: 10 tokens besides the brackets.
    const depth = (QUERY_LIMITS.tokens - 12) / 2;
    const answer = await post(`{ nodes(ids: ${'['.repeat(depth)}"x"${']'.repeat(depth)}) { id } }`);
    expect(answer.status).toBeLessThan(500);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('deeper than the depth limit', async () => {
    const levels = 'partners { company { '.repeat(7);
    await expectRefused(
      `{ company(id: "bollore") { ${levels}name${' } }'.repeat(7)} } }`,
      'depth',
      16,
    );
  });

  it('more fields than the breadth limit, __typename included', async () => {
    await expectRefused(`{ ${'__typename '.repeat(QUERY_LIMITS.breadth + 1)}}`, 'breadth', 401);
  });

  it('ten neighborhood(depth: 3, first: 100): the cost alone refuses them', async () => {
    // Under the alias cap: the cost is what refuses it.
    expect(10).toBeLessThanOrEqual(QUERY_LIMITS.aliases);
    await expectRefused(aliased(10, AMPLIFIER), 'complexity', 16_100);
  });

  it('the cost counts variables: first given as a variable is measured too', async () => {
    const query = `query ($first: Int!) { ${Array.from(
      { length: 10 },
      (_, i) => `a${i}: neighborhood(id: "Company:bollore", depth: 3, first: $first) { truncated }`,
    ).join(' ')} }`;
    expect((await post(query, { first: 100 })).status).toBe(400);
    const small = await post(query, { first: 5 });
    expect(small.status).toBe(200);
    expect(small.errors).toBeUndefined();
    // Passing once is remembered per set of variables, not per document.
    expect((await post(query, { first: 100 })).status).toBe(400);
    expect((await post(query, { first: 5 })).status).toBe(200);
  });

  it('cyclic fragments: refused by validation, not a 500', async () => {
    const answer = await post(
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    );
    expect(answer.status).toBeLessThan(500);
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.errors?.[0]?.message).toMatch(/Cannot spread fragment "A" within itself/);
  });
});

describe('bad string arguments (BAD_USER_INPUT naming the argument)', () => {
  const LONG = 'x'.repeat(50_000);

  it.each([
    ['company(name:)', `{ company(name: "${LONG}") { name } }`, 'name'],
    ['partnership(name:)', `{ partnership(name: "${LONG}") { name } }`, 'name'],
    ['search(text:)', `{ search(text: "${LONG}") { score } }`, 'text'],
    [
      'companies(filter: { name })',
      `{ companies(first: 1, filter: { name: "${LONG}" }) { totalCount } }`,
      'filter.name',
    ],
    ['company(id:)', `{ company(id: "${LONG}") { name } }`, 'id'],
    ['neighborhood(id:)', `{ neighborhood(id: "Company:${LONG}") { truncated } }`, 'id'],
  ])(
    '%s of 50,000 characters is refused, and echoed cut to 100',
    async (_name, query, argument) => {
      const answer = await post(query);
      expect(answer.status).toBe(200);
      const [error] = answer.errors ?? [];
      expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error?.extensions?.argument).toBe(argument);
      expect(error?.message).toContain(`"${argument}"`);
      expect(error?.message).toMatch(/at most 200 characters/);
      expect(error?.message).toContain('…');
      expect(answer.size).toBeLessThan(2_000);
    },
  );

  it('a bad date is echoed cut to 100 characters too', async () => {
    const answer = await post(
      `{ articles(first: 1, filter: { publishedFrom: "${'2'.repeat(50_000)}" }) { totalCount } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.size).toBeLessThan(2_000);
  });

  it('a name of 200 characters is still looked up (and found nowhere)', async () => {
    const answer = await post(`{ company(name: "${'x'.repeat(200)}") { name } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ company: null });
  });
});

describe('forged cursors', () => {
  const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it.each([
    ['a key of numbers', cursor({ c: 'sectors', k: [1, 2] })],
    ['another connection’s cursor', cursor({ c: 'companies', k: ['bollore', 'bollore'] })],
    ['a Relay array cursor', Buffer.from('arrayconnection:5').toString('base64')],
    ['a key of one column', cursor({ c: 'sectors', k: ['logistics'] })],
    ['JSON that is not an object', cursor([1, 2])],
    ['not base64url', 'eyJj+/=='],
  ])('%s gives BAD_USER_INPUT naming after', async (_name, after) => {
    const answer = await post(
      'query ($after: String) { sectors(first: 2, after: $after) { totalCount } }',
      { after },
    );
    const [error] = answer.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.argument).toBe('after');
    expect(error?.message).toMatch(/"after" is not a cursor returned by sectors/);
  });

  it('a real cursor still pages', async () => {
    const first = await api.data<{ sectors: { pageInfo: { endCursor: string } } }>(
      '{ sectors(first: 2) { pageInfo { endCursor } } }',
    );
    const next = await post(
      'query ($after: String) { sectors(first: 2, after: $after) { totalCount } }',
      {
        after: first.sectors.pageInfo.endCursor,
      },
    );
    expect(next.errors).toBeUndefined();
  });
});

describe('what one request may ask of Neo4j', () => {
  /** The app's schema and plugins over the test database, with other read limits. */
  async function appWith(limits: ReadLimits, executor: Pick<Executor, 'query' | 'read'>) {
    const yoga = createYoga<object, Context>({
      schema,
      context: () => createContext(executor, silentLogger, limits),
      maskedErrors: { maskError },
      plugins: [useQueryLimits()],
    });
    return listen(yoga as Parameters<typeof createServer>[1]);
  }

  it('past the statement cap, the fields that would run more fail with a coded error; the others answer', async () => {
    const executor = await api.db.executor();
    const [capped, at] = await appWith({ statements: 2, sessions: 4 }, executor);
    try {
      const answer = await post(aliased(4, 'company(id: "bollore") { name }'), {}, at);
      expect(answer.status).toBe(200);
      const answered = Object.values(answer.data ?? {}).filter((v) => v !== null);
      expect(answered).toHaveLength(2);
      expect(answer.errors).toHaveLength(2);
      for (const error of answer.errors ?? []) {
        expect(error.extensions?.code).toBe('QUERY_TOO_COMPLEX');
        expect(error.extensions?.limit).toBe(2);
        expect(error.message).toMatch(/has run 2 Cypher statements, the most one request may run/);
      }
    } finally {
      await stop(capped);
    }
  });

  it('at most `sessions` reads at once; the rest wait their turn and are answered', async () => {
    const executor = await api.db.executor();
    let open = 0;
    let most = 0;
    const counted = async <T>(work: () => Promise<T>): Promise<T> => {
      open += 1;
      most = Math.max(most, open);
      try {
        return await work();
      } finally {
        open -= 1;
      }
    };
    const watched: Pick<Executor, 'query' | 'read'> = {
      query: (statement, mode, options) => counted(() => executor.query(statement, mode, options)),
      read: (work, options) => counted(() => executor.read(work, options)),
    };
    const [capped, at] = await appWith({ statements: 50, sessions: 2 }, watched);
    try {
      const answer = await post(aliased(8, 'company(id: "bollore") { name }'), {}, at);
      expect(answer.errors).toBeUndefined();
      expect(Object.values(answer.data ?? {})).toEqual(Array(8).fill({ name: 'Bolloré' }));
      expect(most).toBe(2);
    } finally {
      await stop(capped);
    }
  });
});

describe('in production', () => {
  it('refusals name neither limit nor value, and no field is suggested', async () => {
    const yoga = createYoga<object, Context>({
      schema,
      context: async () => createContext(await api.db.executor(), silentLogger),
      maskedErrors: { maskError },
      plugins: [useQueryLimits({ production: true })],
    });
    const [production, at] = await listen(yoga as Parameters<typeof createServer>[1]);
    try {
      const refused = await post(aliased(16, 'company(id: "bollore") { name }'), {}, at);
      expect(refused.status).toBe(400);
      expect(refused.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
      expect(refused.errors?.[0]?.message).not.toMatch(/\d/);
      const typo = await post('{ compan { name } }', {}, at);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await stop(production);
    }
  });

  it('outside production, suggestions stay', async () => {
    const typo = await post('{ compan { name } }');
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "company"/);
  });
});

describe('after every hostile query', () => {
  it('the graph has as many nodes and relationships as before', async () => {
    const { nodes, relationships } = await api.db.snapshot();
    expect({ nodes, relationships }).toEqual(before);
  });
});
