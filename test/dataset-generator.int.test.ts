import { beforeAll, describe, expect, it } from 'vitest';
import { articlesDir, generateDataset, type Manifest } from '../src/bench/dataset-generator.js';
import { FACT_REL_TYPES, PARTNERSHIP_EDGE_TYPES, REL_ENDS } from '../src/graph/vocabulary.js';
import { type ArticleLoadResult, loadArticles, readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

const db = useTestDatabase();
const out = tempDir('generate-int');
let manifest: Manifest;
let results: ArticleLoadResult[];

beforeAll(async () => {
  const executor = await db.reset();
  manifest = generateDataset({ companies: 150, seed: 3, out, logger: silentLogger });
  results = await loadArticles(executor, readArticles(articlesDir(out)), silentLogger);
}, 300_000);

const count = async (cypher: string) => Number((await db.query(cypher))[0]?.n);

describe('a generated dataset loaded with the loader', () => {
  it('holds every company, person and partnership of the manifest, each once', async () => {
    expect(results).toHaveLength(manifest.articles.total);
    // Names are unique, so resolution never merges two generated entities.
    expect(results.flatMap((r) => r.merged)).toEqual([]);
    expect(await count('MATCH (c:Company) RETURN count(c) AS n')).toBe(manifest.companies);
    expect(await count('MATCH (p:Partnership) RETURN count(p) AS n')).toBe(manifest.partnerships);
    expect(await count('MATCH (p:Person) RETURN count(p) AS n')).toBe(
      manifest.people + manifest.authors,
    );
    const kinds = await db.query('MATCH (p:Partnership) RETURN p.kind AS kind, count(*) AS n');
    expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]))).toEqual(
      manifest.partnershipsByKind,
    );
  });

  it('joins only the labels REL_ENDS lists for each relationship type, which paths and neighbourhoods walk by', async () => {
    const rows = await db.query(
      `MATCH (a)-[r]->(b) WHERE type(r) IN $types
       RETURN DISTINCT type(r) AS type, labels(a)[0] AS from, labels(b)[0] AS to`,
      { types: FACT_REL_TYPES },
    );
    expect(rows.length).toBeGreaterThan(10);
    const outside = rows.filter((row) => {
      const ends = REL_ENDS[row.type as keyof typeof REL_ENDS];
      return !ends[0].some((l) => l === row.from) || !ends[1].some((l) => l === row.to);
    });
    expect(outside).toEqual([]);
  });

  it('gives each hub the partner count the manifest states', async () => {
    const rows = await db.query(
      `UNWIND $ids AS id
       MATCH (c:Company {id: id})
       RETURN id, COUNT { MATCH (c)-[:${PARTNERSHIP_EDGE_TYPES.join('|')}]-(o:Company) RETURN DISTINCT o } AS n`,
      { ids: manifest.partners.top.map((t) => t.id) },
    );
    const found = Object.fromEntries(rows.map((r) => [r.id, Number(r.n)]));
    expect(found).toEqual(Object.fromEntries(manifest.partners.top.map((t) => [t.id, t.partners])));
    const [top] = await db.query(
      `MATCH (c:Company)
       RETURN c.id AS id, COUNT { MATCH (c)-[:${PARTNERSHIP_EDGE_TYPES.join('|')}]-(o:Company) RETURN DISTINCT o } AS n
       ORDER BY n DESC, id LIMIT 1`,
    );
    expect(Number(top?.n)).toBe(manifest.partners.max);
    expect(manifest.partners.max).toBeGreaterThan(5 * Math.max(1, manifest.partners.p90));
  });

  it('links people to companies in every role, and subsidiaries to their groups', async () => {
    const roles = await db.query(
      `MATCH (:Person)-[r:LEADS|FOUNDED|BOARD_MEMBER_OF|EMPLOYED_BY]->(:Company)
       RETURN DISTINCT type(r) AS type ORDER BY type`,
    );
    expect(roles.map((r) => r.type)).toEqual([
      'BOARD_MEMBER_OF',
      'EMPLOYED_BY',
      'FOUNDED',
      'LEADS',
    ]);
    expect(
      await count('MATCH (:Company)-[r:SUBSIDIARY_OF]->(:Company) RETURN count(r) AS n'),
    ).toBeGreaterThan(0);
    expect(
      await count(
        'MATCH (c:Company) WHERE NOT (c)-[:BASED_IN_COUNTRY]->(:Place) RETURN count(c) AS n',
      ),
    ).toBe(0);
  });
});
