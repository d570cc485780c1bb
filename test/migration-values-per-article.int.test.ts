import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATION_LABEL } from '../src/graph/vocabulary.js';
import { bulkLoadArticles } from '../src/ingest/bulk-loader.js';
import { readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { type GraphDump, restoreGraph } from '../src/neo4j/graph-dump.js';
import { valuesPerArticle } from '../src/neo4j/migrations/001-values-per-article.js';
import { applyMigrations, MIGRATIONS, runMigration } from '../src/neo4j/migrations/index.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * A database loaded by Accord before values per article (test/fixtures/graph-v0:
 * the seed and the other-angle article as they were then, and the graph made
 * of them), brought up to date by the migration and the next seed.
 */
const db = useTestDatabase();
const V0 = 'test/fixtures/graph-v0';
const dump = JSON.parse(readFileSync(`${V0}/graph.json`, 'utf8')) as GraphDump;
const ARTICLES = `${V0}/articles`;

async function restoreV0() {
  const executor = await db.reset();
  // reset applied the migrations to the empty database: this one has had none.
  await executor.query({ cypher: `MATCH (m:${MIGRATION_LABEL}) DELETE m` }, 'WRITE');
  await restoreGraph(executor, dump);
  return executor;
}

const seed = async () =>
  bulkLoadArticles(await db.executor(), readArticles(ARTICLES), silentLogger, {
    progress: 'none',
  });

describe('001-values-per-article', () => {
  it('keeps values per article on a database of the previous version, once however often it runs', async () => {
    const executor = await restoreV0();
    expect((await db.snapshot()).nodes).toBe(dump.nodes.length);

    // Every migration runs on it, this one first.
    expect(await applyMigrations(executor, silentLogger)).toEqual(MIGRATIONS.map((m) => m.id));
    expect(MIGRATIONS[0]?.id).toBe('001-values-per-article');
    const once = (await db.snapshot()).lines;
    // Each article's own value where it alone states the claim.
    const [parent] = await db.query(
      `MATCH (e:Evidence {claimId: 'Partnership:bollore-alibaba-mou-2018#scope'})
       RETURN collect(DISTINCT e.value_scope) AS scopes`,
    );
    expect(parent?.scopes).toEqual(['WORLDWIDE']);
    // Both articles state Bolloré's founding year: both are marked for reload.
    const marked = await db.query(
      'MATCH (a:Article) WHERE a.extractionSha256 IS NULL RETURN a.id AS id ORDER BY id',
    );
    expect(marked.map((a) => a.id)).toEqual([
      '2018-07-02-bollore-alibaba-accord-mondial',
      '2018-07-03-bollore-logistics-alibaba-alliance',
    ]);

    await runMigration(executor, silentLogger, valuesPerArticle);
    expect((await db.snapshot()).lines).toEqual(once);
  }, 300_000);

  it('with the next seed, gives the graph a fresh load gives', async () => {
    await restoreV0();
    const summary = await seed();
    expect(summary).toMatchObject({ articles: 2, loaded: 2 });
    const migrated = (await db.snapshot()).lines;
    const [bollore] = await db.query(
      `MATCH (c:Company {id: 'bollore'})<-[:ABOUT]-(e:Evidence {claimId: 'Company:bollore#founded'})
       RETURN c.foundedYear AS year, collect(e.value_foundedYear) AS values`,
    );
    expect(bollore?.year).toBe(1822);
    expect([...((bollore?.values as number[] | undefined) ?? [])].sort()).toEqual([1822, 1861]);

    await db.reset();
    await seed();
    expect(migrated).toEqual((await db.snapshot()).lines);
  }, 300_000);
});
