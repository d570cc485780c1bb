import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulkPass, emptyDatabase, graphCounts } from '../src/bench/load-passes.js';
import { syntheticArticles } from '../src/bench/synthetic-articles.js';
import { readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * bench:load compares a bulk pass with LOAD CSV, which is measured by the
 * graph it creates: a pass that builds the graph must be measured the same
 * way, even on a database emptied of everything but its migrations.
 */
const db = useTestDatabase();

describe('a bulk pass of bench:load', () => {
  it('is measured by the graph it built, on a fresh database and on an emptied one alike', async () => {
    const dir = tempDir('load-passes');
    for (const a of syntheticArticles(60, 7)) {
      writeFileSync(join(dir, `${a.stem}.txt`), a.text);
      writeFileSync(join(dir, `${a.stem}.yaml`), a.extraction);
    }
    const sources = readArticles(dir);
    const executor = await db.reset();
    const options = { batchSize: 20, progress: 'none' as const };
    // Within 5/s: the pass's rate uses its unrounded time, its report the rounded one.
    const rate = (n: number, ms: number) => (n / ms) * 1000;

    // A reset database may already hold the migrations' nodes, or not.
    const start = await graphCounts(executor);
    const fresh = await bulkPass('bulk (cold)', executor, sources, silentLogger, options);
    const built = await graphCounts(executor);
    expect(fresh.nodesPerSecond).toBeCloseTo(rate(built.nodes - start.nodes, fresh.ms), -1);

    await emptyDatabase(executor, silentLogger);
    const left = await graphCounts(executor);
    // The migrations' bookkeeping stays: "empty" is not zero nodes.
    expect(left.nodes).toBeGreaterThan(0);
    const again = await bulkPass('bulk (warm)', executor, sources, silentLogger, options);
    const added = built.nodes - left.nodes;
    expect(again.nodesPerSecond).toBeCloseTo(rate(added, again.ms), -1);
    expect(again.relationshipsPerSecond).toBeCloseTo(
      rate(built.relationships - left.relationships, again.ms),
      -1,
    );
  });
});
