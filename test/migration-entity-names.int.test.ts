import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATION_LABEL } from '../src/graph/vocabulary.js';
import { removeArticles } from '../src/ingest/article-removal.js';
import { bulkLoadDirectory } from '../src/ingest/bulk-loader.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { type GraphDump, restoreGraph } from '../src/neo4j/graph-dump.js';
import { entityNames } from '../src/neo4j/migrations/004-entity-names.js';
import { applyMigrations, MIGRATIONS, runMigration } from '../src/neo4j/migrations/index.js';
import { useTestDatabase } from './helpers/neo4j.js';

const db = useTestDatabase();
const SEED_ID = '2018-07-02-bollore-alibaba-accord-mondial';
const OTHER = 'test/fixtures/other-angle';
const OTHER_ID = '2018-07-03-bollore-logistics-alibaba-alliance';

/**
 * What the version before entity names were settled (eadec6d) stored for the
 * other angle loaded before the seed (src/cli/dump-graph.ts made it): the
 * other angle, loaded first, named Alibaba, Bolloré and the places and
 * sectors both articles name, although the seed was published a day earlier.
 */
const STORED = JSON.parse(
  readFileSync('test/fixtures/stored-graphs/v1-other-angle-then-seeds.json', 'utf8'),
) as GraphDump;

/** The stored graph, with the migrations that version had applied recorded, and not this one. */
async function storedByThePreviousVersion() {
  const executor = await db.reset();
  await executor.query({ cypher: 'MATCH (n) DETACH DELETE n' }, 'WRITE');
  await restoreGraph(executor, STORED);
  const before = MIGRATIONS.map((m) => m.id).filter((id) => id !== entityNames.id);
  await executor.query(
    { cypher: `UNWIND $ids AS id CREATE (:${MIGRATION_LABEL} {id: id})`, params: { ids: before } },
    'WRITE',
  );
  return executor;
}

const namedBy = () =>
  db.query(
    'MATCH (n) WHERE n.namedBy IS NOT NULL RETURN labels(n)[0] AS label, n.id AS id, n.namedBy AS namedBy ORDER BY label, id',
  );

/** Edges of articles to entities that do not say what the article calls the entity. */
const unrecorded = () =>
  db.query(
    `MATCH (:Article)-[m:MENTIONS|AUTHORED]-(n) WHERE NOT n:Partnership AND m.reportedName IS NULL
     RETURN count(m) AS n`,
  );

describe('migration 004-entity-names', { timeout: 300_000 }, () => {
  it('names every entity after its earliest report, and a forced reload then gives the fresh graph', async () => {
    let executor = await db.reset();
    await loadDirectory(executor, 'seeds', silentLogger);
    await loadDirectory(executor, OTHER, silentLogger);
    const fresh = await db.snapshot();
    const freshNames = await namedBy();

    executor = await storedByThePreviousVersion();
    const [alibaba] = await db.query("MATCH (c:Company {id: 'alibaba'}) RETURN c.namedBy AS by");
    expect(alibaba).toEqual({ by: OTHER_ID });
    expect((await unrecorded())[0]?.n).toBeGreaterThan(20);

    // Pages of two entities, each its own transaction, as on a graph of millions.
    expect(await applyMigrations(executor, silentLogger, MIGRATIONS, { pageSize: 2 })).toEqual([
      entityNames.id,
    ]);
    expect(await unrecorded()).toEqual([{ n: 0 }]);
    expect(await namedBy()).toEqual(freshNames);
    expect(freshNames.filter((r) => r.namedBy === SEED_ID).length).toBeGreaterThan(20);

    // Each article then records its own names exactly.
    for (const dir of ['seeds', OTHER])
      await bulkLoadDirectory(executor, dir, silentLogger, { force: true, progress: 'none' });
    expect(await db.snapshot()).toEqual(fresh);
  });

  it('hands the names over when the earliest report is removed', async () => {
    let executor = await db.reset();
    await loadDirectory(executor, OTHER, silentLogger);
    const otherAlone = await db.snapshot();

    executor = await storedByThePreviousVersion();
    await applyMigrations(executor, silentLogger);
    await removeArticles(executor, [SEED_ID], silentLogger);
    expect(await db.snapshot()).toEqual(otherAlone);
  });

  it('is idempotent: twice is once, and a migrated graph is not migrated again', async () => {
    const executor = await storedByThePreviousVersion();
    await applyMigrations(executor, silentLogger);
    const once = await db.snapshot();
    expect(await runMigration(executor, silentLogger, entityNames)).toBe(0);
    expect(await db.snapshot()).toEqual(once);
    expect(await applyMigrations(executor, silentLogger)).toEqual([]);
  });
});
