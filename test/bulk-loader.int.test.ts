import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { syntheticArticles } from '../src/bench/synthetic-articles.js';
import { bulkLoadArticles, LOAD_PHASES } from '../src/ingest/bulk-loader.js';
import type { ArticleSource } from '../src/ingest/graph-builder.js';
import { ArticleLoadError, loadArticles, readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf, edit, SEED_STEM } from './helpers/seed-copies.js';

const db = useTestDatabase();
const FOLLOW_UP = 'test/fixtures/follow-up';
const SYNTHETIC = 200;

/**
 * The seed, its follow-up and generated articles that share companies,
 * people, sectors and places. In version 2 a third of the generated articles
 * say something else (other companies, sectors, partnerships), some give
 * aliases, and some name a company by another id that its name resolves to.
 */
function folder(version: 1 | 2): string {
  const dir = copyOf('seeds', FOLLOW_UP);
  const first = syntheticArticles(SYNTHETIC, 42);
  const other = syntheticArticles(SYNTHETIC, 43);
  first.forEach((article, i) => {
    const { text, extraction } = version === 2 && i % 3 === 1 ? (other[i] ?? article) : article;
    let x = parse(extraction);
    if (i % 5 === (version === 2 ? 2 : 4)) {
      const id = x.companies[1].id as string;
      x = JSON.parse(JSON.stringify(x).replaceAll(`"${id}"`, `"${id}-sa"`));
    }
    if (version === 2 && i % 7 === 3) x.companies[0].aliases = [`Alias ${x.companies[0].name}`];
    writeFileSync(join(dir, `${article.stem}.txt`), text);
    writeFileSync(join(dir, `${article.stem}.yaml`), stringify(x));
  });
  return dir;
}

const versions = { 1: [] as ArticleSource[], 2: [] as ArticleSource[] };
const reference = { first: [] as string[], changed: [] as string[], all: [] as string[] };
const changed = () => {
  const before = new Map(versions[1].map((s) => [s.id, `${s.sha256}|${s.extractionSha256}`]));
  return versions[2].filter((s) => before.get(s.id) !== `${s.sha256}|${s.extractionSha256}`);
};

beforeAll(async () => {
  versions[1] = readArticles(folder(1));
  versions[2] = readArticles(folder(2));
  // References: what loading each article in its own transaction gives.
  const executor = await db.reset();
  await loadArticles(executor, versions[1], silentLogger);
  reference.first = (await db.snapshot()).lines;
  await loadArticles(executor, changed(), silentLogger);
  reference.changed = (await db.snapshot()).lines;
  await loadArticles(await db.reset(), versions[1], silentLogger);
  await loadArticles(executor, versions[2], silentLogger);
  reference.all = (await db.snapshot()).lines;
}, 600_000);

const bulk = async (sources: ArticleSource[], batchSize: number, force = false) =>
  bulkLoadArticles(await db.executor(), sources, silentLogger, {
    batchSize,
    force,
    progress: 'none',
    startSmall: false,
  });

describe('the bulk loader and the per-article loader', () => {
  // 7 splits articles that share companies, sectors and places across batches.
  it.each([1, 7, 1000])('make the same graph, in batches of %i', async (batchSize) => {
    await db.reset();
    const summary = await bulk(versions[1], batchSize);
    expect(summary.loaded).toBe(versions[1].length);
    expect(summary.batches).toBe(Math.ceil(versions[1].length / batchSize));
    expect(summary.merged).toBeGreaterThan(0);
    // Each step of the batches took time, and together no more than the load.
    const phases = Object.values(summary.phasesMs);
    expect(Object.keys(summary.phasesMs)).toEqual([...LOAD_PHASES]);
    expect(summary.phasesMs.write).toBeGreaterThan(0);
    expect(summary.phasesMs.read).toBeGreaterThan(0);
    expect(phases.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(summary.ms + LOAD_PHASES.length);
    expect((await db.snapshot()).lines).toEqual(reference.first);
    expect(reference.first.length).toBeGreaterThan(5000);
  });

  it.each([
    [7, false],
    [1000, true],
  ])('reload edited articles alike, in batches of %i (force: %s)', async (batchSize, force) => {
    await db.reset();
    await bulk(versions[1], batchSize);
    const summary = await bulk(versions[2], batchSize, force);
    const edited = changed().length;
    expect(edited).toBeGreaterThan(50);
    expect(summary.reloaded).toBe(force ? versions[2].length : edited);
    expect(summary.skipped).toBe(force ? 0 : versions[2].length - edited);
    expect((await db.snapshot()).lines).toEqual(force ? reference.all : reference.changed);
  });
});

describe('loading again', () => {
  it('skips every unchanged article and changes nothing', async () => {
    await db.reset();
    await bulk(versions[1], 50);
    const summary = await bulk(versions[1], 50);
    expect(summary).toMatchObject({ loaded: 0, skipped: versions[1].length, batches: 0 });
    expect(summary.phasesMs.write).toBe(0);
    expect((await db.snapshot()).lines).toEqual(reference.first);
  });

  it('reloads an edited article, withdrawing what it no longer says', async () => {
    await db.reset();
    const dir = copyOf('seeds', FOLLOW_UP);
    const before = readArticles(dir);
    await bulk(before, 50);
    edit(dir, `${SEED_STEM}.yaml`, /\n {4}founded:\n {6}year: 1861\n {6}evidence: [^\n]*/, '');
    const summary = await bulk(readArticles(dir), 50);
    expect(summary).toMatchObject({ loaded: 1, reloaded: 1, skipped: 1 });
    const [bollore] = await db.query(
      `MATCH (c:Company {id: 'bollore'}) RETURN c.foundedYear AS founded`,
    );
    expect(bollore?.founded).toBeNull();
    const reloaded = (await db.snapshot()).lines;
    const executor = await db.reset();
    await loadArticles(executor, before, silentLogger);
    await loadArticles(executor, readArticles(dir).slice(0, 1), silentLogger);
    expect(reloaded).toEqual((await db.snapshot()).lines);
  });
});

describe('a conflict in the middle of a batch', () => {
  it('refuses exactly that article, naming its file, and keeps those before it', async () => {
    const dir = copyOf('seeds', FOLLOW_UP);
    // Articles that sort between the seed and the follow-up, and after it.
    for (const a of syntheticArticles(6, 5)) {
      const stem = a.stem.endsWith('0') || a.stem.endsWith('1') ? `2018-08-${a.stem}` : a.stem;
      writeFileSync(join(dir, `${stem}.txt`), a.text);
      writeFileSync(join(dir, `${stem}.yaml`), a.extraction);
    }
    // The follow-up claims the alias "Alibaba Group" for Bolloré.
    const file = join(dir, '2018-09-15-test-suivi.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(
          '  - id: groupe-bollore\n    name: le groupe Bolloré',
          '  - id: bollore\n    name: Bolloré\n    aliases: [Alibaba Group]',
        )
        .replace(
          '  - id: alibaba-group\n    name: Alibaba Group',
          '  - id: alibaba-holding\n    name: Alibaba Holding',
        )
        .replace(/company: groupe-bollore/g, 'company: bollore')
        .replace(/company: alibaba-group/g, 'company: alibaba-holding'),
    );
    const sources = readArticles(dir);
    const bad = sources.findIndex((s) => s.id === '2018-09-15-test-suivi');
    expect(bad).toBe(3);

    const executor = await db.reset();
    const expected = await loadArticles(executor, sources, silentLogger).catch((e: Error) => e);
    const before = (await db.snapshot()).lines;
    await db.reset();
    const error = await bulk(sources, 50).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as ArticleLoadError).file).toMatch(/2018-09-15-test-suivi\.yaml$/);
    expect((error as Error).message).toMatch(
      /2018-09-15-test-suivi\.yaml: entities conflict with the graph\n {2}companies\[1\]: "alibaba group" already names Company "alibaba", not "bollore"/,
    );
    expect((error as Error).message).toBe((expected as Error).message);
    expect((error as ArticleLoadError).loaded).toBe(bad);
    expect((await db.snapshot()).lines).toEqual(before);
    const articles = await db.query('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
    expect(articles.map((a) => a.id)).toEqual(
      sources
        .slice(0, bad)
        .map((s) => s.id)
        .sort(),
    );
  });
});

describe('two loaders at once', () => {
  const other = useTestDatabase();

  it('make no duplicates: the same graph as one load', async () => {
    await db.reset();
    const [a, b] = await Promise.all([
      bulkLoadArticles(await db.executor(), versions[1], silentLogger, {
        batchSize: 20,
        progress: 'none',
      }),
      bulkLoadArticles(await other.executor(), versions[1], silentLogger, {
        batchSize: 20,
        progress: 'none',
      }),
    ]);
    // Every article was written once in all, by one loader or the other.
    expect((a?.loaded ?? 0) + (b?.loaded ?? 0)).toBe(versions[1].length);
    const duplicates = await db.query(
      `MATCH (n) WITH labels(n)[0] AS label, coalesce(n.id, n.key) AS id, count(*) AS copies
       WHERE copies > 1 RETURN label, id, copies`,
    );
    expect(duplicates).toEqual([]);
    const snapshot = await db.snapshot();
    expect(snapshot.lines).toEqual(reference.first);
  });
});
