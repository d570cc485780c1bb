import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { syntheticArticles } from '../src/bench/synthetic-articles.js';
import { bulkLoadArticles } from '../src/ingest/bulk-loader.js';
import { readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf } from './helpers/seed-copies.js';

/**
 * `npm run seed` killed with SIGKILL in the middle of a load, then run again:
 * what the killed run committed is whole (the re-run skips exactly those
 * articles as already loaded), and the re-run ends with the graph one
 * uninterrupted load makes.
 */
const db = useTestDatabase();
const ARTICLES = 400;
let dir: string;
let reference: string[];

beforeAll(async () => {
  dir = copyOf('seeds');
  for (const { stem, text, extraction } of syntheticArticles(ARTICLES, 11)) {
    writeFileSync(join(dir, `${stem}.txt`), text);
    writeFileSync(join(dir, `${stem}.yaml`), extraction);
  }
  await bulkLoadArticles(await db.reset(), readArticles(dir), silentLogger, { progress: 'none' });
  reference = (await db.snapshot()).lines;
}, 600_000);

const loadedArticles = async () =>
  Number(
    (await db.query('MATCH (a:Article) WHERE a.sha256 IS NOT NULL RETURN count(a) AS n'))[0]?.n,
  );

describe('a loader killed mid-load', () => {
  it('leaves only whole articles, and a re-run completes the same graph as one load', async () => {
    await db.reset();
    const neo4j = inject('neo4j');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/seed.ts', '--dir', dir, '--batch', '8'],
      {
        env: {
          ...process.env,
          NEO4J_URI: neo4j.uri,
          NEO4J_USERNAME: neo4j.username,
          NEO4J_PASSWORD: neo4j.password,
          LOG_FORMAT: 'json',
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    // Killed as soon as a first batch is committed, while the others are still to come.
    let killedAt = 0;
    while (child.exitCode === null) {
      if ((await loadedArticles()) > 0) {
        child.kill('SIGKILL');
        killedAt = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(await exited).toBe('SIGKILL');
    expect(killedAt).toBeGreaterThan(0);
    const committed = await loadedArticles();
    const total = readArticles(dir).length;
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(total);

    const summary = await bulkLoadArticles(await db.executor(), readArticles(dir), silentLogger, {
      progress: 'none',
    });
    expect(summary.skipped).toBe(committed);
    expect(summary.loaded).toBe(total - committed);
    expect((await db.snapshot()).lines).toEqual(reference);
  }, 600_000);
});
