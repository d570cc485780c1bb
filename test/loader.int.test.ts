import { rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadArticle, loadDirectory, readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import type { Executor, Tx } from '../src/neo4j/executor.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf, edit, SEED_STEM } from './helpers/seed-copies.js';

const db = useTestDatabase();
const FOLLOW_UP = 'test/fixtures/follow-up';

beforeEach(async () => {
  await db.reset();
});

describe('loading twice', () => {
  it('leaves identical nodes, relationships and properties', async () => {
    const executor = await db.executor();
    await loadDirectory(executor, 'seeds', silentLogger);
    const first = await db.snapshot();
    await loadDirectory(executor, 'seeds', silentLogger);
    const second = await db.snapshot();
    expect(second.nodes).toBe(first.nodes);
    expect(second.relationships).toBe(first.relationships);
    expect(second.lines).toEqual(first.lines);
    expect(first.nodes).toBeGreaterThan(100);
  });
});

describe('several articles', () => {
  it('resolves other names of the same entity to one node, with one source per article', async () => {
    const dir = copyOf('seeds', FOLLOW_UP);
    const results = await loadDirectory(await db.executor(), dir, silentLogger);
    expect(results.map((r) => r.id)).toEqual([
      '2018-07-02-bollore-alibaba-accord-mondial',
      '2018-09-15-test-suivi',
    ]);
    expect(results[1]?.merged).toEqual(
      expect.arrayContaining([
        { label: 'Company', from: 'alibaba-group', to: 'alibaba' },
        { label: 'Company', from: 'groupe-bollore', to: 'bollore' },
      ]),
    );
    const companies = await db.query('MATCH (c:Company) RETURN c.id AS id ORDER BY id');
    expect(companies.map((c) => c.id)).toEqual(['alibaba', 'alibaba-cloud', 'bollore']);
    const sources = await db.query(
      `MATCH (a:Article)-[:MENTIONS]->(:Partnership {id: 'bollore-alibaba-mou-2018'}) RETURN a.id AS id ORDER BY id`,
    );
    expect(sources.map((s) => s.id)).toEqual([
      '2018-07-02-bollore-alibaba-accord-mondial',
      '2018-09-15-test-suivi',
    ]);
    const edgeSources = await db.query(
      `MATCH (:Company {id: 'alibaba'})-[r:SIGNED_MOU_WITH]->(:Company {id: 'bollore'})
       MATCH (e:Evidence {claimId: r.claimId}) RETURN DISTINCT e.articleId AS id ORDER BY id`,
    );
    expect(edgeSources).toHaveLength(2);
  });

  it('reloading an edited article withdraws what it no longer says, and only that', async () => {
    const dir = copyOf('seeds', FOLLOW_UP);
    const executor = await db.executor();
    await loadDirectory(executor, dir, silentLogger);
    // The follow-up no longer names the partnership; the seed article still does.
    const followUp = join(dir, '2018-09-15-test-suivi.yaml');
    const extraction = parse((await import('node:fs')).readFileSync(followUp, 'utf8'));
    extraction.partnerships = [];
    writeFileSync(followUp, JSON.stringify(extraction));
    // The seed article loses its founding year.
    edit(
      dir,
      `${SEED_STEM}.yaml`,
      /\n {4}founded:\n {6}year: 1861\n {6}evidence: Pour le groupe français, fondé en 1861/,
      '',
    );
    // …its English title, and renames a place it named.
    edit(dir, `${SEED_STEM}.yaml`, '  titleEn: Bolloré and Alibaba team up worldwide\n', '');
    edit(dir, `${SEED_STEM}.yaml`, '    name: Puteaux\n', '    name: Puteaux (Hauts-de-Seine)\n');
    await loadDirectory(executor, dir, silentLogger);
    const reloaded = await db.snapshot();

    await db.reset();
    await loadDirectory(executor, dir, silentLogger);
    const fresh = await db.snapshot();
    expect(reloaded.lines).toEqual(fresh.lines);

    const [bollore] = await db.query(
      `MATCH (c:Company {id: 'bollore'}) RETURN c.foundedYear AS founded`,
    );
    expect(bollore?.founded).toBeNull();
    const sources = await db.query(
      `MATCH (a:Article)-[:MENTIONS]->(:Partnership) RETURN a.id AS id`,
    );
    expect(sources.map((s) => s.id)).toEqual(['2018-07-02-bollore-alibaba-accord-mondial']);
    const [place] = await db.query(
      `MATCH (p:Place {id: 'puteaux'}) RETURN p.name AS name, p.names AS names`,
    );
    expect(place).toEqual({
      name: 'Puteaux (Hauts-de-Seine)',
      names: ['Puteaux (Hauts-de-Seine)'],
    });
    const [article] = await db.query(
      `MATCH (a:Article {id: '${SEED_STEM}'}) RETURN a.title_en AS titleEn`,
    );
    expect(article?.titleEn).toBeNull();
  });
});

describe('what a later article may change', () => {
  it('keeps the canonical names and the facts it does not state', async () => {
    await loadDirectory(await db.executor(), copyOf('seeds', FOLLOW_UP), silentLogger);
    const companies = await db.query(
      `MATCH (c:Company) WHERE c.id IN ['alibaba', 'bollore'] RETURN c.id AS id, c.name AS name ORDER BY id`,
    );
    expect(companies).toEqual([
      { id: 'alibaba', name: 'Alibaba' },
      { id: 'bollore', name: 'Bolloré' },
    ]);
    const [edge] = await db.query(
      `MATCH (:Company {id: 'alibaba'})-[r:SIGNED_MOU_WITH]->() RETURN r.signedOn AS signedOn`,
    );
    expect(edge?.signedOn).toBe('2018-07-02');
    const [partnership] = await db.query(
      `MATCH (p:Partnership) RETURN p.name AS name, p.scope AS scope`,
    );
    expect(partnership).toEqual({
      name: 'Bolloré–Alibaba worldwide memorandum of understanding',
      scope: 'WORLDWIDE',
    });
  });

  it('withdraws an alias it no longer gives', async () => {
    const dir = copyOf('seeds', FOLLOW_UP);
    const executor = await db.executor();
    edit(
      dir,
      '2018-09-15-test-suivi.yaml',
      '    name: le groupe Bolloré\n',
      '    name: le groupe Bolloré\n    aliases: [Bolloré Holdings]\n',
    );
    await loadDirectory(executor, dir, silentLogger);
    const aliases = async () =>
      (await db.query(`MATCH (c:Company {id: 'bollore'}) RETURN c.aliases AS a`))[0]?.a;
    expect(await aliases()).toContain('Bolloré Holdings');
    const search = async () =>
      db.query(
        `CALL db.index.fulltext.queryNodes('entity_names', 'holdings') YIELD node RETURN node.id AS id`,
      );
    expect(await search()).toEqual([{ id: 'bollore' }]);
    edit(dir, '2018-09-15-test-suivi.yaml', '    aliases: [Bolloré Holdings]\n', '');
    await loadDirectory(executor, dir, silentLogger);
    expect(await aliases()).not.toContain('Bolloré Holdings');
    expect(await search()).toEqual([]);
    expect(await aliases()).toContain('le groupe Bolloré');
    expect(await db.query(`MATCH (a:Alias) WHERE a.text = 'Bolloré Holdings' RETURN a`)).toEqual(
      [],
    );
  });
});

describe('atomicity', () => {
  /** The real executor, but the transaction fails at its n-th statement, as a crash or timeout would. */
  function failingAt(
    executor: Executor,
    n: number,
    counted?: (statements: number) => void,
  ): Pick<Executor, 'write'> {
    return {
      write: (work) =>
        executor.write(async (tx) => {
          let count = 0;
          const failing: Tx = {
            run: async (statement) => {
              if (++count === n) throw new Error(`injected failure at statement ${n}`);
              return tx.run(statement);
            },
          };
          const result = await work(failing);
          counted?.(count);
          return result;
        }),
    };
  }

  it('a failure at any statement of an article leaves the graph as it was', async () => {
    const executor = await db.executor();
    await loadDirectory(executor, 'seeds', silentLogger);
    const before = await db.snapshot();
    const dir = copyOf('seeds');
    edit(dir, `${SEED_STEM}.yaml`, 'year: 1861', 'year: 1862');
    edit(dir, `${SEED_STEM}.yaml`, 'fondé en 1861', 'fondé en');
    const [source] = readArticles(dir);
    if (!source) throw new Error('no article read');
    // Count the statements of the transaction, then fail early, midway and at the last one.
    let total = 0;
    await loadArticle(
      failingAt(executor, Number.POSITIVE_INFINITY, (n) => (total = n)),
      source,
    );
    await loadDirectory(executor, 'seeds', silentLogger);
    expect((await db.snapshot()).lines).toEqual(before.lines);
    expect(total).toBeGreaterThan(20);
    for (const n of [3, Math.round(total / 2), total]) {
      await expect(loadArticle(failingAt(executor, n), source)).rejects.toThrow(
        `injected failure at statement ${n}`,
      );
      expect((await db.snapshot()).lines, `failure at statement ${n} of ${total}`).toEqual(
        before.lines,
      );
    }
  });
});

describe('a conflict with the graph', () => {
  it('rejects an entity whose alias already names another node, writing nothing', async () => {
    const executor = await db.executor();
    await loadDirectory(executor, 'seeds', silentLogger);
    const before = await db.snapshot();
    const dir = copyOf(FOLLOW_UP);
    // "bollore" exists; claiming the alias "Alibaba Group" for it is a contradiction.
    edit(
      dir,
      '2018-09-15-test-suivi.yaml',
      '  - id: groupe-bollore\n    name: le groupe Bolloré',
      '  - id: bollore\n    name: Bolloré\n    aliases: [Alibaba Group]',
    );
    edit(
      dir,
      '2018-09-15-test-suivi.yaml',
      '  - id: alibaba-group\n    name: Alibaba Group',
      '  - id: alibaba-holding\n    name: Alibaba Holding',
    );
    edit(dir, '2018-09-15-test-suivi.yaml', /company: groupe-bollore/g, 'company: bollore');
    edit(dir, '2018-09-15-test-suivi.yaml', /company: alibaba-group/g, 'company: alibaba-holding');
    await expect(loadDirectory(executor, dir, silentLogger)).rejects.toThrow(
      /2018-09-15-test-suivi\.yaml: entities conflict with the graph\n {2}companies\[1\]: "alibaba group" already names Company "alibaba", not "bollore"/,
    );
    expect((await db.snapshot()).lines).toEqual(before.lines);
    rmSync(dir, { recursive: true });
  });

  it('rejects two files with the same article id', async () => {
    const dir = copyOf('seeds');
    writeFileSync(
      join(dir, 'copy.txt'),
      (await import('node:fs')).readFileSync(join(dir, `${SEED_STEM}.txt`)),
    );
    writeFileSync(
      join(dir, 'copy.yaml'),
      (await import('node:fs')).readFileSync(join(dir, `${SEED_STEM}.yaml`)),
    );
    await expect(loadDirectory(await db.executor(), dir, silentLogger)).rejects.toThrow(
      /article\.id "2018-07-02-bollore-alibaba-accord-mondial" is already used by/,
    );
    unlinkSync(join(dir, 'copy.txt'));
    expect((await db.snapshot()).nodes).toBe(0);
  });
});
