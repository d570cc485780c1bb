import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType, getNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SDL_FILE } from '../src/schema/sdl.js';

/** schema/schema.graphql is generated; this is `npm run schema:check` inside the tests. */
describe('schema/schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing it)', () => {
    expect(readFileSync(SDL_FILE, 'utf8')).toBe(printedSchema());
  });

  const query = buildSchema(printedSchema()).getQueryType() as GraphQLObjectType;

  it('offers the root fields analysts and dashboards rely on', () => {
    expect(Object.keys(query.getFields())).toEqual(
      expect.arrayContaining([
        'node',
        'nodes',
        'company',
        'person',
        'sector',
        'place',
        'project',
        'partnership',
        'article',
        'companies',
        'people',
        'sectors',
        'places',
        'articles',
        'partnerships',
        'search',
        'neighborhood',
        'paths',
        'dashboard',
      ]),
    );
  });

  it('requires first on every connection, and pages forward only', () => {
    const connections = Object.values(query.getFields()).filter((f) =>
      getNamedType(f.type).name.endsWith('Connection'),
    );
    expect(connections.map((f) => f.name).sort()).toEqual([
      'articles',
      'companies',
      'partnerships',
      'people',
      'places',
      'sectors',
    ]);
    for (const field of connections) {
      const args = Object.fromEntries(field.args.map((a) => [a.name, String(a.type)]));
      expect(args, field.name).toMatchObject({ first: 'Int!', after: 'String' });
      expect(args, field.name).not.toHaveProperty('last');
      expect(String(field.type), field.name).toMatch(/Connection!$/);
    }
  });
});
