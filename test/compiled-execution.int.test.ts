import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { readmeQueries } from './helpers/readme.js';

/**
 * Operations run as functions graphql-jit compiled for them
 * (plugins/use-compiled-execution.ts). Over the seeded graph, each of these
 * documents answers exactly what graphql-js answers through the same app,
 * data and errors alike, and a document of several operations runs the one
 * each request names.
 */
const db = useTestDatabase();
let compiled: ReturnType<typeof createApp>;
let interpreted: ReturnType<typeof createApp>;

beforeAll(async () => {
  const executor = await db.reset();
  await loadDirectory(executor, 'seeds', silentLogger);
  compiled = createApp({ executor, logger: silentLogger });
  interpreted = createApp({ executor, logger: silentLogger, compiledExecution: false });
});

async function ask(
  app: ReturnType<typeof createApp>,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await app.fetch('http://accord.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const README_QUERIES = readmeQueries();

/** Errors raised in resolvers, in argument coercion, and by a null where none may be. */
const OTHER_DOCUMENTS: [string, string, Record<string, unknown>][] = [
  ['bad argument', '{ companies(first: 0) { totalCount } }', {}],
  ['malformed global id', '{ node(id: "bollore") { id } }', {}],
  ['unknown id', '{ company(id: "nobody-at-all") { name } }', {}],
  ['missing variable', 'query Q($id: ID!) { company(id: $id) { name } }', {}],
  [
    'variable of the wrong type',
    'query Q($first: Int) { companies(first: $first) { totalCount } }',
    { first: 'ten' },
  ],
  [
    'aliases, fragments, __typename and directives',
    `query Aliased($partners: Boolean!) {
      a: company(name: "bollore") { ...C partners @include(if: $partners) { kind company { __typename name } } }
      b: company(name: "alibaba") { ...C partners @skip(if: $partners) { kind } }
      search(text: "bol", first: 3) { node { __typename ... on Company { id name } } }
    }
    fragment C on Company { id name sectors { sector { name } } }`,
    { partners: true },
  ],
  [
    'dates as variables',
    `query Dated($from: Date, $to: Date) {
      partnerships(first: 5, filter: { signedFrom: $from, signedTo: $to }) { totalCount nodes { name signedOn } }
      articles(first: 5, filter: { publishedFrom: $from }) { totalCount nodes { title publishedOn } }
    }`,
    { from: '2018-01-01', to: '2018-12-31' },
  ],
  [
    'a reversed date range as variables',
    'query Q($from: Date, $to: Date) { partnerships(first: 1, filter: { signedFrom: $from, signedTo: $to }) { totalCount } }',
    { from: '2019-01-01', to: '2018-01-01' },
  ],
  [
    'a partnership in full, in French',
    `{ partnerships(first: 5) { totalCount nodes { name frenchName: name(language: FR) kind scope signedOn
        parties { company { name } role } markets { place { name kind } }
        sources { article { title publishedOn } } } } }`,
    {},
  ],
];

describe('compiled execution', () => {
  it('has README queries to compare', () => {
    expect(README_QUERIES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(README_QUERIES.map((query, i) => [`README query ${i + 1}`, query]))(
    '%s answers as graphql-js does',
    async (_name, query) => {
      const [fast, slow] = [await ask(compiled, query), await ask(interpreted, query)];
      expect(fast.status).toBe(slow.status);
      expect(fast.body).toEqual(slow.body);
      expect(fast.body.data).toBeTruthy();
    },
  );

  it.each(OTHER_DOCUMENTS)('%s answers as graphql-js does', async (_name, query, variables) => {
    const [fast, slow] = [
      await ask(compiled, query, variables),
      await ask(interpreted, query, variables),
    ];
    expect(fast.status).toBe(slow.status);
    expect(fast.body).toEqual(slow.body);
  });

  it('runs the operation each request names, in a document of several', async () => {
    const document = `
      query Names { company(name: "bollore") { name } }
      query Partners { company(name: "bollore") { partners { company { name } } } }`;
    const names = await ask(compiled, document, {}, 'Names');
    const partners = await ask(compiled, document, {}, 'Partners');
    const namesAgain = await ask(compiled, document, {}, 'Names');
    expect(names.body).toEqual({ data: { company: { name: expect.any(String) } } });
    expect(partners.body).toEqual(
      await ask(interpreted, document, {}, 'Partners').then((r) => r.body),
    );
    expect(Object.keys((partners.body.data as { company: object }).company)).toEqual(['partners']);
    expect(namesAgain.body).toEqual(names.body);
  });
});
