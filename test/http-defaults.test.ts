import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { Executor } from '../src/neo4j/executor.js';
import { createApp } from '../src/yoga.js';

/**
 * createApp without `http` (the tests' and the benchmarks' way): today's open
 * behaviour, except the two fixes that hold in every mode. `__typename` needs
 * no database, so the executor here never answers.
 */
const executor = Object.create(Executor.prototype) as Executor;
executor.ping = async () => {};
const app = createApp({ executor, logger: silentLogger });

const post = (body: string, headers: Record<string, string>) =>
  app.fetch('http://accord.test/graphql', { method: 'POST', headers, body });

describe('createApp with no HTTP settings', () => {
  it('lets any origin read answers, without credentials', async () => {
    const response = await post('{"query": "{ __typename }"}', {
      'content-type': 'application/json',
      origin: 'https://elsewhere.example',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://elsewhere.example');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('refuses form and multipart bodies with 415', async () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      expect((await post('query=%7B__typename%7D', { 'content-type': type })).status).toBe(415);
    }
  });

  it("keeps GET queries, GraphiQL, introspection, and no cap below yoga's own", async () => {
    const get = await app.fetch('http://accord.test/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json' },
    });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    const page = await app.fetch('http://accord.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).toContain('<title>Accord</title>');
    const large = JSON.stringify({
      query: `{ __schema { queryType { name } } }${' '.repeat(300_000)}`,
    });
    const answer = await post(large, { 'content-type': 'application/json' });
    expect(await answer.json()).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });
});
