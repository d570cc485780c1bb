import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/** Bad input gets BAD_USER_INPUT naming the argument and value, never a 500; unknown ids give null. */
const api = useSeededApi();

async function expectBadInput(query: string, argument: string, message: RegExp) {
  const result = await api.graphql(query);
  expect(result.status).toBe(200);
  expect(result.errors, JSON.stringify(result)).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error?.message).toMatch(message);
  expect(error?.message).toContain(`"${argument}"`);
}

describe('bad arguments', () => {
  it.each([
    ['first: 0', '{ companies(first: 0) { totalCount } }', 'first', /at least 1 \(got 0\)/],
    [
      'first: 101',
      '{ partnerships(first: 101) { totalCount } }',
      'first',
      /at most 100 \(got 101\)/,
    ],
    ['search first: 500', '{ search(text: "x", first: 500) { score } }', 'first', /at most 100/],
    [
      'depth: 4',
      '{ neighborhood(id: "Company:bollore", depth: 4) { truncated } }',
      'depth',
      /at most 3 \(got 4\)/,
    ],
    [
      'depth: 0',
      '{ neighborhood(id: "Company:bollore", depth: 0) { truncated } }',
      'depth',
      /at least 1/,
    ],
    [
      'maxHops: 5',
      '{ paths(from: "Company:bollore", to: "Company:alibaba", maxHops: 5) { length } }',
      'maxHops',
      /at most 4 \(got 5\)/,
    ],
    ['empty search text', '{ search(text: "") { score } }', 'text', /letter or a digit/],
    [
      'punctuation-only search text',
      '{ search(text: " -- ") { score } }',
      'text',
      /letter or a digit/,
    ],
    [
      'malformed global id',
      '{ node(id: "bollore") { id } }',
      'id',
      /global id such as "Company:bollore"/,
    ],
    ['unknown type in a global id', '{ node(id: "Spaceship:x") { id } }', 'id', /global id/],
    ['malformed id', '{ company(id: "Bolloré SA") { name } }', 'id', /lower-case letters/],
    [
      'id of another type',
      '{ company(id: "Person:vincent-bollore") { name } }',
      'id',
      /names a Person, where a Company is expected/,
    ],
    [
      'id and name together',
      '{ company(id: "bollore", name: "Bolloré") { name } }',
      'name',
      /cannot be given with "id"/,
    ],
    ['neither id nor name', '{ company { name } }', 'id', /or "name" is required/],
    [
      'malformed path end',
      '{ paths(from: "Company:bollore", to: "alibaba") { length } }',
      'to',
      /global id/,
    ],
    [
      'malformed cursor',
      '{ companies(first: 1, after: "not-a-cursor") { totalCount } }',
      'after',
      /not a cursor/,
    ],
    [
      'reversed date range',
      '{ partnerships(first: 1, filter: { signedFrom: "2019-01-01", signedTo: "2018-01-01" }) { totalCount } }',
      'filter.signedTo',
      /before filter.signedFrom/,
    ],
    [
      'malformed sector id in a filter',
      '{ companies(first: 1, filter: { sectors: ["Logistique!"] }) { totalCount } }',
      'filter.sectors',
      /lower-case/,
    ],
    [
      'an empty list in a filter',
      '{ partnerships(first: 1, filter: { parties: [] }) { totalCount } }',
      'filter.parties',
      /must not be empty: leave it out/,
    ],
    [
      'an empty list of kinds',
      '{ company(id: "bollore") { partners(kinds: []) { kind } } }',
      'kinds',
      /must not be empty/,
    ],
    [
      'a name filter with no letter or digit',
      '{ companies(first: 1, filter: { name: "!!" }) { totalCount } }',
      'filter.name',
      /letter or a digit/,
    ],
    [
      'more than 100 ids for nodes',
      `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"Company:c${i}"`).join(', ')}]) { id } }`,
      'ids',
      /at most 100 ids/,
    ],
  ])('%s', async (_name, query, argument, message) => {
    await expectBadInput(query, argument, message);
  });

  it('refuses a cursor of another connection', async () => {
    const { companies } = await api.data<{ companies: { pageInfo: { endCursor: string } } }>(
      '{ companies(first: 1) { pageInfo { endCursor } } }',
    );
    const result = await api.graphql(
      `{ sectors(first: 1, after: "${companies.pageInfo.endCursor}") { totalCount } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/"after" is not a cursor returned by sectors/);
  });

  it('says which field failed when several are asked for', async () => {
    const result = await api.graphql(
      '{ a: company(id: "bollore") { name } b: company(id: "Place:france") { name } }',
    );
    expect(result.data).toEqual({ a: { name: 'Bolloré' }, b: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['b'],
        locations: [expect.objectContaining({ line: 1 })],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'id' }),
      }),
    ]);
  });

  it('rejects an impossible date with BAD_USER_INPUT naming the value', async () => {
    const result = await api.graphql(
      '{ articles(first: 1, filter: { publishedFrom: "2018-02-30" }) { totalCount } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('"2018-02-30"');
  });

  it('requires first on connections, as GitHub does', async () => {
    const result = await api.graphql('{ companies { totalCount } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/"first" of type "Int!" is required/);
  });

  it('refuses a query too deep to run, before running it', async () => {
    const deep = `{ company(id: "bollore") { ${'partners { company { '.repeat(8)} name ${'} } '.repeat(8)} } }`;
    const calls = await api.countCalls(async () => {
      const result = await api.graphql(deep);
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0]?.message).toMatch(/depth is \d+, over the limit of 14/);
    });
    expect(calls.statements).toBe(0);
  });
});

describe('ids that name nothing', () => {
  it('return null, by id or by name, for every lookup', async () => {
    const { data, errors } = await api.graphql(`{
      company(id: "no-such-company") { name }
      byName: company(name: "No Such Company") { name }
      person(id: "nobody") { name }
      sector(id: "nothing") { name }
      place(id: "nowhere") { name }
      project(id: "no-project") { name }
      partnership(id: "no-deal") { name }
      article(id: "no-article") { title }
      node(id: "Company:no-such-company") { id }
      nodes(ids: ["Company:bollore", "Company:nope"]) { id }
      neighborhood(id: "Company:nope") { truncated }
      paths(from: "Company:nope", to: "Company:bollore") { length }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      company: null,
      byName: null,
      person: null,
      sector: null,
      place: null,
      project: null,
      partnership: null,
      article: null,
      node: null,
      nodes: [{ id: 'Company:bollore' }, null],
      neighborhood: null,
      paths: [],
    });
  });

  it('a name of another kind of entity does not match', async () => {
    const { company } = await api.data<{ company: unknown }>(
      '{ company(name: "logistique") { name } }',
    );
    expect(company).toBeNull();
  });
});

describe('values', () => {
  it('come out as plain Ints and YYYY-MM-DD dates, never Neo4j objects', async () => {
    const result = await api.data<{ company: Record<string, unknown> }>(`{
      company(id: "bollore") {
        foundedYear
        employees { atLeast asOf }
        people { asOf }
        partners { signedOn properties: evidence { start end } }
      }
    }`);
    expect(result.company).toEqual({
      foundedYear: 1861,
      employees: { atLeast: 50000, asOf: '2018-07-02' },
      people: [{ asOf: '2018-07-02' }],
      partners: [{ signedOn: '2018-07-02', properties: expect.any(Array) }],
    });
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/"low"|"high"|"year":|"month":/);
  });
});
