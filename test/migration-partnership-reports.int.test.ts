import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIGRATION_LABEL } from '../src/graph/vocabulary.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { type GraphDump, restoreGraph } from '../src/neo4j/graph-dump.js';
import { partnershipReports } from '../src/neo4j/migrations/002-partnership-reports.js';
import { applyMigrations, MIGRATIONS, runMigration } from '../src/neo4j/migrations/index.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf, edit, SEED_STEM } from './helpers/seed-copies.js';

const db = useTestDatabase();

/** What the version before issue 10 stored for seeds + follow-up (src/cli/dump-graph.ts made it). */
const STORED = JSON.parse(
  readFileSync('test/fixtures/stored-graphs/v0-seeds-follow-up.json', 'utf8'),
) as GraphDump;

/** The stored graph, in a database whose migrations have not run. */
async function storedByThePreviousVersion() {
  const executor = await db.reset();
  await executor.query({ cypher: 'MATCH (n) DETACH DELETE n' }, 'WRITE');
  await restoreGraph(executor, STORED);
  return executor;
}

describe('migration 002-partnership-reports', { timeout: 300_000 }, () => {
  it('brings a graph the previous version stored to what loading the same folders gives now', async () => {
    const executor = await db.reset();
    // The seed as it was when the graph was stored: statements came after.
    const seeds = copyOf('seeds');
    edit(seeds, `${SEED_STEM}.yaml`, /\n {4}statements:\n {6}- by: PARTIES\n {8}evidence: .*/, '');
    await loadDirectory(executor, seeds, silentLogger);
    await loadDirectory(executor, 'test/fixtures/follow-up', silentLogger);
    // Articles record the path they were loaded from: the copy's is the seeds'.
    const loaded = await db.snapshot();
    const fresh = {
      ...loaded,
      lines: loaded.lines.map((l) => l.replaceAll(`${seeds}/`, 'seeds/')),
    };

    await storedByThePreviousVersion();
    const before = await db.snapshot();
    expect(before.lines).not.toEqual(fresh.lines);
    // A page of one partnership: each its own transaction, as on a graph of millions.
    expect(await applyMigrations(executor, silentLogger, MIGRATIONS, { pageSize: 1 })).toContain(
      partnershipReports.id,
    );
    expect(await db.snapshot()).toEqual(fresh);
    const [p] = await db.query(
      'MATCH (p:Partnership) RETURN p.id AS id, p.namedBy AS namedBy, p.aliases AS aliases',
    );
    expect(p).toEqual({
      id: 'bollore-alibaba-mou-2018',
      namedBy: '2018-07-02-bollore-alibaba-accord-mondial',
      aliases: [],
    });
  });

  it('is idempotent: twice is once, and a migrated graph is not migrated again', async () => {
    const executor = await storedByThePreviousVersion();
    await applyMigrations(executor, silentLogger);
    const once = await db.snapshot();
    await runMigration(executor, silentLogger, partnershipReports);
    expect(await db.snapshot()).toEqual(once);
    expect(await applyMigrations(executor, silentLogger)).toEqual([]);
    expect(
      await db.query(`MATCH (m:${MIGRATION_LABEL} {id: $id}) RETURN count(m) AS n`, {
        id: partnershipReports.id,
      }),
    ).toEqual([{ n: 1 }]);
  });
});
