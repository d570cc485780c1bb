import { execFile } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { removeArticles, UnknownArticleError } from '../src/ingest/article-removal.js';
import { bulkLoadDirectory } from '../src/ingest/bulk-loader.js';
import { ArticleLoadError, loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf } from './helpers/seed-copies.js';
import { tempDir } from './helpers/temp-dir.js';

const db = useTestDatabase();
const SEED_ID = '2018-07-02-bollore-alibaba-accord-mondial';
const OTHER = 'test/fixtures/other-angle';
const OTHER_ID = '2018-07-03-bollore-logistics-alibaba-alliance';
const MOU = 'bollore-alibaba-mou-2018';
const ALLIANCE = 'bollore-logistics-alibaba-alliance-2018';

/**
 * A copy of the other-angle report under another article id (and file), with
 * edits to its extraction: another report of the deal, or of another deal.
 */
function variant(stem: string, edits: [string, string][] = []): string {
  const dir = tempDir('variant');
  copyFileSync(join(OTHER, `${OTHER_ID}.txt`), join(dir, `${stem}.txt`));
  let yaml = readFileSync(join(OTHER, `${OTHER_ID}.yaml`), 'utf8').replace(
    `id: ${OTHER_ID}`,
    `id: ${stem}`,
  );
  for (const [from, to] of edits) {
    if (!yaml.includes(from)) throw new Error(`variant: "${from}" not in the extraction`);
    yaml = yaml.replace(from, to);
  }
  writeFileSync(join(dir, `${stem}.yaml`), yaml);
  return dir;
}

/** Three later articles of other deals, naming some of the seed's sectors, places and companies' kin. */
const DRAFTING = 'test/fixtures/drafting';

type Loader = typeof loadDirectory | typeof bulkLoadDirectory;
const loaders: [string, Loader][] = [
  ['per article', loadDirectory],
  ['bulk', bulkLoadDirectory],
];

async function loadInOrder(load: Loader, ...dirs: string[]) {
  const executor = await db.reset();
  for (const dir of dirs) await load(executor, dir, silentLogger);
  return executor;
}

/** The snapshot's lines about the two reports' partnership: node, edges, evidence. */
const aboutTheDeal = (lines: string[]) =>
  lines.filter((l) => l.includes(MOU) || l.includes(ALLIANCE));

describe('a second report of the Bolloré–Alibaba memorandum', { timeout: 300_000 }, () => {
  it('merges into bollore-alibaba-mou-2018: two sources, the union of parties, domains and markets, evidence from both', async () => {
    await loadInOrder(loadDirectory, 'seeds', OTHER);
    const [p] = await db.query(
      `MATCH (p:Partnership) RETURN p.id AS id, p.kind AS kind, p.namedBy AS namedBy, p.aliases AS aliases,
         COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.id ORDER BY a.id } AS sources,
         COLLECT { MATCH (c)-[:PARTY_TO]->(p) RETURN c.id ORDER BY c.id } AS parties,
         COLLECT { MATCH (p)-[:COVERS]->(s) RETURN s.id ORDER BY s.id } AS domains,
         COLLECT { MATCH (p)-[:TARGETS]->(m) RETURN m.id ORDER BY m.id } AS markets`,
    );
    expect(await db.query('MATCH (p:Partnership) RETURN p.id AS id')).toHaveLength(1);
    expect(p).toMatchObject({
      id: MOU,
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      namedBy: SEED_ID,
      sources: [SEED_ID, OTHER_ID],
      parties: ['alibaba', 'bollore', 'bollore-logistics'],
      markets: ['africa', 'china', 'europe', 'south-east-asia'],
      aliases: ['Bolloré Logistics–Alibaba logistics alliance', ALLIANCE],
    });
    expect(p?.domains).toEqual(
      expect.arrayContaining([
        'cloud-computing',
        'freight',
        'cross-border-e-commerce',
        'logistics',
      ]),
    );
    // Alibaba is a party in both reports: one claim, a quote from each article.
    const quotes = await db.query(
      `MATCH (e:Evidence {claimId: $claimId}) RETURN e.articleId AS article ORDER BY article`,
      { claimId: `PARTY_TO:alibaba->${MOU}` },
    );
    expect(quotes.map((q) => q.article)).toEqual([SEED_ID, OTHER_ID]);
    // Nothing is left under the second report's own id.
    expect(
      await db.query(
        `MATCH (e:Evidence) WHERE e.claimId CONTAINS $id RETURN e.claimId UNION
         MATCH ()-[r]->() WHERE r.claimId CONTAINS $id OR r.partnershipId = $id RETURN r.claimId AS \`e.claimId\``,
        { id: ALLIANCE },
      ),
    ).toEqual([]);
  });

  it.each(loaders)(
    'gives the same deal whatever the order of loading (%s)',
    async (_name, load) => {
      await loadInOrder(load, 'seeds', OTHER);
      const forward = (await db.snapshot()).lines;
      await loadInOrder(load, OTHER, 'seeds');
      const backward = (await db.snapshot()).lines;
      expect(aboutTheDeal(backward)).toEqual(aboutTheDeal(forward));
      expect(aboutTheDeal(forward).length).toBeGreaterThan(50);
      // Loaded alone first, the second report's id was canonical; the earlier one took it over.
      const [p] = await db.query('MATCH (p:Partnership) RETURN p.id AS id, p.namedBy AS namedBy');
      expect(p).toEqual({ id: MOU, namedBy: SEED_ID });
      // The whole graph, not only the deal: entities take their names from the earliest report too.
      expect(backward).toEqual(forward);
      const [alibaba] = await db.query(
        "MATCH (c:Company {id: 'alibaba'}) RETURN c.name AS name, c.namedBy AS namedBy, c.aliases AS aliases",
      );
      expect(alibaba).toEqual({ name: 'Alibaba', namedBy: SEED_ID, aliases: ['Alibaba Group'] });
    },
  );

  it.each(loaders)(
    'gives the same whole graph for three folders in either order (%s)',
    async (_name, load) => {
      await loadInOrder(load, 'seeds', OTHER, DRAFTING);
      const forward = await db.snapshot();
      await loadInOrder(load, DRAFTING, OTHER, 'seeds');
      const backward = await db.snapshot();
      expect(backward).toEqual(forward);
      // A sector the seed, the other angle and a later article all name: the seed's names.
      const [batteries] = await db.query(
        "MATCH (s:Sector {id: 'electric-batteries'}) RETURN s.namedBy AS namedBy, COLLECT { MATCH (a:Article)-[:MENTIONS]->(s) RETURN a.id } AS sources",
      );
      expect(batteries).toMatchObject({ namedBy: SEED_ID });
      expect(batteries?.sources).toHaveLength(3);
    },
  );

  it('gives the same graph with both loaders', async () => {
    // One folder for both: the Article node records the file it was read from.
    const dir = copyOf('seeds', OTHER);
    await loadInOrder(loadDirectory, dir);
    const perArticle = (await db.snapshot()).lines;
    await loadInOrder(bulkLoadDirectory, dir);
    expect((await db.snapshot()).lines).toEqual(perArticle);
  });

  it('resolves an id another article gave the deal, without the rule', async () => {
    const executor = await loadInOrder(loadDirectory, 'seeds', OTHER);
    // A third report under the alias id, signed months later: the id decides, not the rule.
    const dir = variant('2018-07-05-alias', [
      ['signedOn:\n      date: 2018-07-02', 'signedOn:\n      date: 2018-12-24'],
    ]);
    await loadDirectory(executor, dir, silentLogger);
    const rows = await db.query(
      'MATCH (p:Partnership) RETURN p.id AS id, COLLECT { MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.id } AS sources',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.sources).toHaveLength(3);
  });
});

describe('reports that are not the same agreement', { timeout: 300_000 }, () => {
  it.each([
    [
      'other parties',
      [
        [
          '      - company: alibaba\n        role: SIGNATORY',
          '      - company: blue-solutions\n        role: SIGNATORY',
        ],
      ],
    ],
    [
      'an incompatible kind (an acquisition)',
      [
        ['kind: STRATEGIC_ALLIANCE', 'kind: ACQUISITION'],
        ['role: SIGNATORY', 'role: ACQUIRER'],
        ['role: SIGNATORY', 'role: TARGET'],
      ],
    ],
    ['signed 8 days apart', [['date: 2018-07-02', 'date: 2018-07-10']]],
  ] as [string, [string, string][]][])('stay apart: %s', async (_why, edits) => {
    await loadInOrder(loadDirectory, 'seeds', variant(OTHER_ID, edits));
    const ids = (await db.query('MATCH (p:Partnership) RETURN p.id AS id ORDER BY id')).map(
      (r) => r.id,
    );
    expect(ids).toEqual([MOU, ALLIANCE]);
  });

  it('signed 7 days apart, or one date missing in the same year, they merge', async () => {
    await loadInOrder(
      loadDirectory,
      'seeds',
      variant(OTHER_ID, [['date: 2018-07-02', 'date: 2018-07-09']]),
    );
    expect(await db.query('MATCH (p:Partnership) RETURN p.id AS id')).toEqual([{ id: MOU }]);
    const undated = variant(OTHER_ID, [
      [
        '    signedOn:\n      date: 2018-07-02\n      evidence: a conclu lundi 2 juillet une alliance stratégique\n',
        '',
      ],
    ]);
    await loadInOrder(loadDirectory, 'seeds', undated);
    expect(await db.query('MATCH (p:Partnership) RETURN p.id AS id')).toEqual([{ id: MOU }]);
  });
});

describe('a report matching two known agreements', { timeout: 300_000 }, () => {
  it.each(loaders)('is refused, both named, nothing written (%s)', async (_name, load) => {
    // The seed's memorandum, and an alliance signed 8 days later: two agreements.
    const executor = await loadInOrder(
      load,
      'seeds',
      variant('2018-07-11-later', [
        [`id: ${ALLIANCE}`, 'id: later-alliance'],
        ['date: 2018-07-02', 'date: 2018-07-10'],
      ]),
    );
    const before = await db.snapshot();
    const dir = variant('2018-07-07-between', [
      [`id: ${ALLIANCE}`, 'id: between-alliance'],
      ['date: 2018-07-02', 'date: 2018-07-06'],
    ]);
    const error = await load(executor, dir, silentLogger).catch((e: Error) => e);
    expect(error).toBeInstanceOf(ArticleLoadError);
    expect((error as Error).message).toMatch(
      /partnerships\[0\]: "between-alliance" matches several known agreements \(bollore-alibaba-mou-2018, later-alliance\)/,
    );
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('removing an article', { timeout: 300_000 }, () => {
  it('A and B, then removing B, is A alone', async () => {
    const executor = await loadInOrder(loadDirectory, 'seeds');
    const alone = await db.snapshot();
    // B disputes Bolloré's founding year and headcount: A's values come back.
    await loadDirectory(executor, OTHER, silentLogger);
    expect((await db.snapshot()).lines).not.toEqual(alone.lines);
    await removeArticles(executor, [OTHER_ID], silentLogger);
    expect(await db.snapshot()).toEqual(alone);
  });

  it("A and B, then removing A, is B alone, the deal under B's id and A's entities named by B", async () => {
    await loadInOrder(loadDirectory, OTHER);
    const alone = await db.snapshot();
    const executor = await loadInOrder(loadDirectory, 'seeds', OTHER);
    const named = await db.query(
      "MATCH (c:Company {id: 'alibaba'}) RETURN c.name AS name, c.namedBy AS namedBy",
    );
    expect(named).toEqual([{ name: 'Alibaba', namedBy: SEED_ID }]);
    await removeArticles(executor, [SEED_ID], silentLogger);
    expect(aboutTheDeal((await db.snapshot()).lines)).toEqual(aboutTheDeal(alone.lines));
    expect(await db.snapshot()).toEqual(alone);
    expect(await db.query('MATCH (p:Partnership) RETURN p.id AS id, p.aliases AS aliases')).toEqual(
      [{ id: ALLIANCE, aliases: [] }],
    );
    expect(await db.query('MATCH (a:Article) RETURN a.id AS id')).toEqual([{ id: OTHER_ID }]);
    // The seed named Alibaba; the other angle still does, and its names are Alibaba's now.
    expect(
      await db.query(
        "MATCH (c:Company {id: 'alibaba'}) RETURN c.name AS name, c.namedBy AS namedBy, c.names AS names",
      ),
    ).toEqual([{ name: 'Alibaba Group', namedBy: OTHER_ID, names: ['Alibaba Group'] }]);
  });

  it.each(loaders)(
    'of three, removing the one that named shared entities hands their names to the next earliest (%s)',
    async (_name, load) => {
      const rest = copyOf(OTHER, DRAFTING);
      await loadInOrder(load, rest);
      const alone = await db.snapshot();
      const executor = await loadInOrder(load, DRAFTING, 'seeds', OTHER);
      await removeArticles(executor, [SEED_ID], silentLogger);
      // Articles record the folder they were read from.
      const after = (await db.snapshot()).lines.map((l) =>
        l.replaceAll(`${DRAFTING}/`, `${rest}/`).replaceAll(`${OTHER}/`, `${rest}/`),
      );
      expect(after).toEqual(alone.lines);
      const [batteries] = await db.query(
        "MATCH (s:Sector {id: 'electric-batteries'}) RETURN s.namedBy AS namedBy",
      );
      expect(batteries).toEqual({ namedBy: OTHER_ID });
    },
  );

  it('refuses an unknown id, naming it, and changes nothing', async () => {
    const executor = await loadInOrder(loadDirectory, 'seeds');
    const before = await db.snapshot();
    const error = await removeArticles(executor, [SEED_ID, 'no-such-article'], silentLogger).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(UnknownArticleError);
    expect((error as Error).message).toContain('"no-such-article"');
    expect(await db.snapshot()).toEqual(before);
  });
});

describe('npm run seed -- --remove / --prune', { timeout: 300_000 }, () => {
  const neo4j = inject('neo4j');
  const seed = (...args: string[]) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', ...args], {
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: neo4j.username,
        NEO4J_PASSWORD: neo4j.password,
        LOG_FORMAT: 'json',
      },
    });

  it('removes an article through the real command, and refuses an unknown one with exit code 1', async () => {
    await loadInOrder(loadDirectory, 'seeds');
    const alone = await db.snapshot();
    await loadDirectory(await db.executor(), OTHER, silentLogger);
    await seed('--remove', OTHER_ID);
    expect(await db.snapshot()).toEqual(alone);
    const refused = await seed('--remove', 'no-such-article').catch(
      (e: { code: number; stderr: string }) => e,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain(
      'no article with id "no-such-article"',
    );
    expect(await db.snapshot()).toEqual(alone);
  }, 120_000);

  it('--prune takes out the articles whose files are gone from the folder', async () => {
    const dir = copyOf('seeds', OTHER);
    await db.reset();
    await seed('--dir', dir);
    expect(await db.query('MATCH (p:Partnership) RETURN count(p) AS n')).toEqual([{ n: 1 }]);
    for (const ext of ['txt', 'yaml']) {
      const { unlinkSync } = await import('node:fs');
      unlinkSync(join(dir, `${SEED_ID}.${ext}`));
    }
    await seed('--dir', dir, '--prune');
    expect(await db.query('MATCH (a:Article) RETURN a.id AS id')).toEqual([{ id: OTHER_ID }]);
    expect(await db.query('MATCH (p:Partnership) RETURN p.id AS id')).toEqual([{ id: ALLIANCE }]);
  }, 120_000);
});
