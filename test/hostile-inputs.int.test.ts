import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { schema } from '../src/schema/index.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * Inputs an attacker sends, over real HTTP to the app with production's
 * policy, on the seeded graph: Cypher and Lucene injection strings in every
 * String and ID argument of every root field, NUL bytes, invalid UTF-8. None
 * may give a 5xx or a masked fault, and the graph must be unchanged after.
 */
const db = useTestDatabase();
let server: Server;
let url: string;
let before: Awaited<ReturnType<typeof db.snapshot>>;

beforeAll(async () => {
  const executor = await db.reset();
  await loadDirectory(executor, 'seeds', silentLogger);
  before = await db.snapshot();
  server = createServer(
    createApp({
      executor,
      logger: silentLogger,
      http: { production: true, introspection: false, maxBodyBytes: 102_400 },
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  if (server) await new Promise((resolve) => server.close(resolve));
});

const INJECTIONS = [
  `bollore' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  '`) DETACH DELETE n WITH 1 AS x MATCH (m',
  '$id',
  `\\"; CALL db.clearQueryCaches(); //`,
  '*:*',
  'name:bollore OR id:*',
  '(((',
  '.*',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  'Company:bollore\u0000',
  'bol\u0000lore',
  '\u202e\ufeff\u200b',
  'é'.repeat(150),
];

/** A value for an argument that is not the one under attack: valid when it can be. */
function filler(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return filler(type.ofType);
  if (isListType(type)) return [filler(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) return {};
  if (isScalarType(type)) {
    return { Int: 1, Float: 1, Boolean: true, Date: '2018-07-02' }[type.name] ?? 'bollore';
  }
  return null;
}

/** `{ field(args) { __typename } }` with every argument a variable. */
function operation(name: string, field: GraphQLField<unknown, unknown>) {
  const args = field.args;
  const declared = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `query ${name}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
}

const isText = (arg: GraphQLArgument) => {
  const named = getNamedType(arg.type);
  return isScalarType(named) && (named.name === 'String' || named.name === 'ID');
};

async function send(body: string | Buffer) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    // Bytes as they are, invalid UTF-8 included.
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  const text = await response.text();
  return { status: response.status, text };
}

/** What every answer must be: no 5xx, no fault behind a masked message. */
function expectHandled(answer: { status: number; text: string }, what: string) {
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.text, what).not.toContain('Unexpected error');
  expect(answer.text, what).not.toContain('INTERNAL_SERVER_ERROR');
}

describe('hostile inputs', () => {
  it('are handled in every String and ID argument of every root field', async () => {
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {});
    let sent = 0;
    for (const field of fields) {
      for (const target of field.args.filter(isText)) {
        const variables = Object.fromEntries(field.args.map((a) => [a.name, filler(a.type)]));
        for (const value of INJECTIONS) {
          variables[target.name] = isListType(
            isNonNullType(target.type) ? target.type.ofType : target.type,
          )
            ? [value]
            : value;
          const query = operation('Hostile', field);
          const answer = await send(JSON.stringify({ query, variables }));
          expectHandled(answer, `${field.name}(${target.name}: ${JSON.stringify(value)})`);
          sent += 1;
        }
      }
    }
    // Every root field with a text argument was attacked.
    expect(sent).toBeGreaterThan(20 * INJECTIONS.length);
  }, 300_000);

  it('refuses an id with a NUL byte in the document itself, naming the argument', async () => {
    const answer = await send(
      JSON.stringify({ query: '{ company(id: "bol\u0000lore") { name } }' }),
    );
    expectHandled(answer, 'NUL in the document');
    const body = JSON.parse(answer.text);
    expect(body.data).toEqual({ company: null });
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });

  it('answers invalid UTF-8 in the body without a fault', async () => {
    const head = Buffer.from('{"query": "{ company(name: \\"bol');
    const tail = Buffer.from('lore\\") { name } }"}');
    const body = Buffer.concat([head, Buffer.from([0xff, 0xfe, 0xc3]), tail]);
    expectHandled(await send(body), 'invalid UTF-8');
    const truncated = Buffer.concat([head, Buffer.from([0xe2, 0x82])]);
    expectHandled(await send(truncated), 'truncated UTF-8 and JSON');
  });

  it('leave the graph as it was', async () => {
    const after = await db.snapshot();
    expect(after.nodes).toBe(before.nodes);
    expect(after.relationships).toBe(before.relationships);
    expect(after.lines).toEqual(before.lines);
  });
});
