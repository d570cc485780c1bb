import { readFileSync } from 'node:fs';

/**
 * What `npm run test:load` sends: the README's questions (normal), and the
 * abuses of issue 8 (an amplification of 90 aliased neighborhoods, deep
 * nesting, a huge body, 50,000 tokens, wrong content types, a batch). Every
 * abusive kind must be refused before it reaches Neo4j: 400, 413, 415, or
 * 503 when the queue is full, never a 500.
 */

/** One HTTP request of the mix, as autocannon sends it. */
export interface LoadRequest {
  /** What it is, for the report: the README query's name, or the abuse and its variant. */
  name: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}

/** A class of the mix: its requests are sent in turn by its own connections. */
export interface LoadKind {
  kind: string;
  normal: boolean;
  requests: LoadRequest[];
}

const JSON_HEADERS = { 'content-type': 'application/json', accept: 'application/json' };

const post = (name: string, query: string): LoadRequest => ({
  name,
  method: 'POST',
  headers: JSON_HEADERS,
  body: JSON.stringify({ query }),
});

/** `count` copies of a field, each under its own alias. */
export const aliased = (count: number, field: string): string =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** The field the amplification repeated: the costliest single read there is. */
export const AMPLIFIER = 'neighborhood(id: "Company:bollore", depth: 3, first: 100) { truncated }';

/**
 * The fairness probe's heavy request: as many amplifiers as the cost limit
 * still lets through (six of 1,610 each, under 10,000), so it runs.
 */
export const AMPLIFICATION = aliased(6, AMPLIFIER);

/** The fairness probe's light request, timed while the heavy ones run. */
export const SIMPLE_QUERY = '{ company(id: "bollore") { name } }';

/** The README's GraphQL blocks: the questions analysts are told to ask. */
export function readmeQueries(readmePath = new URL('../../README.md', import.meta.url)): string[] {
  const readme = readFileSync(readmePath, 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

const nameOf = (query: string, index: number) =>
  /^(?:query|\{)\s*(\w*)/m.exec(query)?.[1] || `readme-${index + 1}`;

/** The normal class: every README question, in turn. */
export function normalKind(queries: string[] = readmeQueries()): LoadKind {
  if (queries.length === 0) throw new Error('README.md has no ```graphql block to send');
  return {
    kind: 'README questions',
    normal: true,
    requests: queries.map((query, i) => post(nameOf(query, i), query)),
  };
}

/** The abusive classes, one per abuse of issue 8. */
export function abusiveKinds(): LoadKind[] {
  const nested = (levels: number) =>
    `{ company(id: "bollore") { ${'partners { company { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;
  const wrongType = (contentType: string, body: string): LoadRequest => ({
    name: contentType.split(';')[0] as string,
    method: 'POST',
    headers: { 'content-type': contentType, accept: 'application/json' },
    body,
  });
  const query = '{ company(id: "bollore") { name } }';
  return [
    {
      kind: '90 aliased neighborhoods',
      normal: false,
      requests: [post('90 aliases', aliased(90, AMPLIFIER))],
    },
    {
      kind: 'deep nesting',
      normal: false,
      // Past the depth limit, and 1,700 levels (the stack overflow of issue 8).
      requests: [post('20 levels', nested(10)), post('1,700 levels', nested(850))],
    },
    {
      kind: 'huge body',
      normal: false,
      // About 1 MB of aliases: ten times the default MAX_BODY_BYTES.
      requests: [post('1 MB of aliases', aliased(60_000, '__typename'))],
    },
    {
      kind: '50,000 tokens',
      normal: false,
      // Two bytes a token, so it fits under the body cap and the token limit must refuse it.
      requests: [post('50,000 tokens', `{ ${'a '.repeat(50_000)}}`)],
    },
    {
      kind: 'wrong content types',
      normal: false,
      requests: [
        wrongType('text/plain', JSON.stringify({ query })),
        wrongType('application/x-www-form-urlencoded', `query=${encodeURIComponent(query)}`),
        wrongType(
          'multipart/form-data; boundary=accord',
          `--accord\r\ncontent-disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query })}\r\n--accord--\r\n`,
        ),
        wrongType('application/graphql', query),
      ],
    },
    {
      kind: 'batch',
      normal: false,
      requests: [
        {
          name: 'array of 2',
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify([{ query }, { query }]),
        },
      ],
    },
  ];
}
