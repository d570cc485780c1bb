import { readFileSync } from 'node:fs';
import { complexityFromQuery } from '@pothos/plugin-complexity';
import { Kind, Lexer, parse, printSchema, Source, TokenKind, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { everyDocument } from '../src/bench/api-queries.js';
import { QUERY_LIMITS } from '../src/schema/builder.js';
import { echoed } from '../src/schema/errors.js';
import { schema } from '../src/schema/index.js';

/**
 * What queries cost against QUERY_LIMITS, without a database: every query the
 * README and the benchmark send fits every limit, and graph walks cost what
 * their Cypher does, so the amplification does not fit.
 */
const README = readFileSync('README.md', 'utf8');
const DOCUMENTS: [string, string][] = [
  ...[...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m): [string, string] => [
    `README ${/query (\w+)/.exec(m[1] as string)?.[1]}`,
    m[1] as string,
  ]),
  ...everyDocument().map(([name, query]): [string, string] => [`bench ${name}`, query]),
];

/** Placeholder values for an operation's variables, by type. */
function variablesOf(query: string): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  visit(parse(query), {
    VariableDefinition(node) {
      const type = node.type.kind === Kind.NON_NULL_TYPE ? node.type.type : node.type;
      variables[node.variable.name.value] =
        type.kind === Kind.LIST_TYPE ? ['Company:x'] : type.name.value === 'ID' ? 'Company:x' : 'x';
    },
  });
  return variables;
}

function shapeOf(query: string) {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  let aliases = 0;
  let directives = 0;
  visit(parse(query), {
    Field: (node) => {
      if (node.alias) aliases += 1;
    },
    Directive: () => {
      directives += 1;
    },
  });
  return {
    tokens,
    aliases,
    directives,
    ...complexityFromQuery(query, { schema, variables: variablesOf(query) }),
  };
}

const cost = (query: string) => complexityFromQuery(query, { schema }).complexity;

describe('the queries Accord documents and benchmarks', () => {
  it('are there to check', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(DOCUMENTS)('%s fits every limit', (_name, query) => {
    const shape = shapeOf(query);
    for (const limit of Object.keys(QUERY_LIMITS) as (keyof typeof QUERY_LIMITS)[]) {
      expect(shape[limit], limit).toBeLessThanOrEqual(QUERY_LIMITS[limit]);
    }
  });
});

describe('graph walks cost what their Cypher visits', () => {
  const around = (depth: number, first: number, selection = 'truncated') =>
    `{ neighborhood(id: "Company:bollore", depth: ${depth}, first: ${first}) { ${selection} } }`;

  it('depth 3 costs far more than depth 1, and first multiplies both', () => {
    expect(cost(around(3, 100))).toBeGreaterThan(2.5 * cost(around(1, 100)));
    expect(cost(around(3, 100))).toBeGreaterThan(15 * cost(around(3, 5)));
  });

  it('what a neighborhood selects costs first times over', () => {
    const bare = cost(around(2, 100));
    expect(cost(around(2, 100, 'truncated nodes { id }')) - bare).toBeGreaterThanOrEqual(100);
  });

  it('ten neighborhood(depth: 3, first: 100) are over the limit; one is far under', () => {
    const one = cost(around(3, 100));
    expect(10 * one).toBeGreaterThan(QUERY_LIMITS.complexity);
    expect(one).toBeLessThan(QUERY_LIMITS.complexity / 5);
  });

  it('paths cost more with maxHops and first', () => {
    const paths = (maxHops: number, first: number) =>
      cost(
        `{ paths(from: "Company:a", to: "Company:b", maxHops: ${maxHops}, first: ${first}) { length } }`,
      );
    expect(paths(4, 100)).toBeGreaterThan(3 * paths(1, 100));
    expect(paths(4, 100)).toBeGreaterThan(10 * paths(4, 5));
  });
});

describe('the lookups say what they honour', () => {
  const sdl = printSchema(schema);
  const argsOf = (field: string) =>
    new RegExp(`\\n  ${field}\\(([\\s\\S]*?)\\): `).exec(sdl)?.[1] ?? '';

  it.each([
    ['company', 'Company'],
    ['person', 'Person'],
    ['sector', 'Sector'],
    ['place', 'Place'],
    ['project', 'Project'],
    ['partnership', 'Partnership'],
  ])('%s takes ids of its own type only', (field, type) => {
    const args = argsOf(field);
    expect(args).toContain(`\`${type}:`);
    for (const other of ['Company', 'Person', 'Sector', 'Place', 'Project', 'Partnership']) {
      if (other !== type) expect(args).not.toContain(`\`${other}:`);
    }
  });

  it('partnership does not claim aliases, and says accents are ignored', () => {
    const args = argsOf('partnership');
    expect(args).toMatch(/partnerships have no aliases/);
    expect(args).toMatch(/accents and case ignored/);
    expect(args).not.toMatch(/or an alias/);
  });
});

describe('errors echo values cut short', () => {
  it('cuts strings past 100 characters with an ellipsis, in lists and objects too', () => {
    expect(echoed('x'.repeat(100))).toBe('x'.repeat(100));
    expect(echoed('x'.repeat(101))).toBe(`${'x'.repeat(100)}…`);
    expect(echoed({ name: 'y'.repeat(1_000) })).toEqual({ name: `${'y'.repeat(100)}…` });
    expect((echoed(Array(1_000).fill('z')) as string[]).length).toBe(10);
    expect(echoed(42)).toBe(42);
  });
});
