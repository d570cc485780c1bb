import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';
import { readmeQueries } from './helpers/readme.js';

/**
 * Every query the README offers analysts runs on the seeded graph without an
 * error and finds something: the documentation cannot drift from the API.
 */
const api = useSeededApi();
const QUERIES = readmeQueries();
const nameOf = (query: string) => /^(?:query|\{)\s*(\w*)/m.exec(query)?.[1] || query.slice(0, 40);

describe('README queries', () => {
  it('are there to check', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(QUERIES.map((query) => [nameOf(query), query]))(
    '%s runs and finds data',
    async (_name, query) => {
      const data = await api.data<Record<string, unknown>>(query);
      for (const [field, value] of Object.entries(data)) {
        expect(value, field).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
    },
  );
});
