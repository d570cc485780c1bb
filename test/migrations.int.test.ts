import { describe, expect, it } from 'vitest';
import { Label } from '../src/graph/vocabulary.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { createLogger, silentLogger } from '../src/logger.js';
import { partnershipNamesMigration } from '../src/neo4j/migrations/003-partnership-names.js';
import {
  applyMigrations,
  MIGRATIONS,
  type NodePage,
  type PagedMigration,
  runMigration,
  type WholeMigration,
} from '../src/neo4j/migrations/index.js';
import { useTestDatabase } from './helpers/neo4j.js';

/** The migration runner: each migration once, in order, recorded with its own work. */
const db = useTestDatabase();

const count = async (cypher: string) => {
  const executor = await db.executor();
  const [row] = await executor.query<{ n: number }>({ cypher });
  return Number(row?.n);
};

/** A migration that tags every Company, counting how often it ran. */
function tagging(id: string, runs: string[]): WholeMigration {
  return {
    id,
    description: `tags companies (${id})`,
    async up(tx) {
      runs.push(id);
      const [row] = await tx.run<{ n: number }>({
        cypher: 'MATCH (c:Company) WHERE c.tag IS NULL SET c.tag = $id RETURN count(c) AS n',
        params: { id },
      });
      return Number(row?.n);
    },
  };
}

/** An empty database with its schema, none of Accord's own migrations recorded (reset applies them). */
async function withoutMigrations() {
  const executor = await db.reset();
  await executor.query({ cypher: 'MATCH (m:Migration) DELETE m' }, 'WRITE');
  return executor;
}

describe('applyMigrations', () => {
  it('applies each migration once, in order, and records it', async () => {
    const executor = await withoutMigrations();
    await executor.query({ cypher: "CREATE (:Company {id: 'a'}), (:Company {id: 'b'})" }, 'WRITE');
    const runs: string[] = [];
    const list = [tagging('001-first', runs), tagging('002-second', runs)];

    expect(await applyMigrations(executor, silentLogger, list)).toEqual([
      '001-first',
      '002-second',
    ]);
    expect(await applyMigrations(executor, silentLogger, list)).toEqual([]);
    expect(runs).toEqual(['001-first', '002-second']);
    expect(await count("MATCH (c:Company {tag: '001-first'}) RETURN count(c) AS n")).toBe(2);
    expect(
      await count(
        "MATCH (m:Migration) WHERE m.id IN ['001-first', '002-second'] RETURN count(m) AS n",
      ),
    ).toBe(2);
  });

  it('leaves a failed migration unrecorded and its work undone, so the next run tries it again', async () => {
    const executor = await withoutMigrations();
    await executor.query({ cypher: "CREATE (:Company {id: 'a'})" }, 'WRITE');
    const failing: WholeMigration = {
      id: '001-fails',
      description: 'tags, then fails',
      async up(tx) {
        await tx.run({ cypher: "MATCH (c:Company) SET c.tag = 'half'" });
        throw new Error('boom');
      },
    };

    await expect(applyMigrations(executor, silentLogger, [failing])).rejects.toThrow('boom');
    expect(await count("MATCH (c:Company {tag: 'half'}) RETURN count(c) AS n")).toBe(0);
    expect(await count("MATCH (m:Migration {id: '001-fails'}) RETURN count(m) AS n")).toBe(0);

    const runs: string[] = [];
    expect(await applyMigrations(executor, silentLogger, [tagging('001-fails', runs)])).toEqual([
      '001-fails',
    ]);
  });
});

/** A paged migration that tags the nodes it is given, keeping the pages it saw and failing on `failOn`. */
function pagedTagging(id: string, pages: NodePage[], failOn?: string): PagedMigration {
  return {
    id,
    description: `tags companies and people a page at a time (${id})`,
    walks: [Label.Company, Label.Person],
    async up(tx, page) {
      pages.push(page);
      const [row] = await tx.run<{ n: number }>({
        cypher: `UNWIND $ids AS id MATCH (n {id: id}) WHERE n.tag IS NULL SET n.tag = $tag RETURN count(n) AS n`,
        params: { ids: page.ids, tag: id },
      });
      if (failOn && page.ids.includes(failOn)) throw new Error(`boom at ${failOn}`);
      return Number(row?.n);
    },
  };
}

describe('a paged migration', () => {
  const NODES =
    "CREATE (:Company {id: 'a'}), (:Company {id: 'b'}), (:Company {id: 'c'}), (:Company {id: 'd'}), (:Company {id: 'e'}), (:Person {id: 'p1'}), (:Person {id: 'p2'})";

  it('walks its labels a page at a time in id order, shows progress, and is recorded once done', async () => {
    const executor = await withoutMigrations();
    await executor.query({ cypher: NODES }, 'WRITE');
    const pages: NodePage[] = [];
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });

    expect(
      await applyMigrations(executor, logger, [pagedTagging('001-paged', pages)], {
        pageSize: 2,
        logEveryMs: 0,
      }),
    ).toEqual(['001-paged']);
    expect(pages).toEqual([
      { label: 'Company', ids: ['a', 'b'] },
      { label: 'Company', ids: ['c', 'd'] },
      { label: 'Company', ids: ['e'] },
      { label: 'Person', ids: ['p1', 'p2'] },
    ]);
    expect(await count("MATCH (n {tag: '001-paged'}) RETURN count(n) AS n")).toBe(7);
    const progress = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'migration progress');
    expect(progress.map(({ label, nodes, totalNodes }) => ({ label, nodes, totalNodes }))).toEqual([
      { label: 'Company', nodes: 2, totalNodes: 7 },
      { label: 'Company', nodes: 4, totalNodes: 7 },
      { label: 'Company', nodes: 5, totalNodes: 7 },
      { label: 'Person', nodes: 7, totalNodes: 7 },
    ]);
    const applied = lines
      .map((line) => JSON.parse(line))
      .find((l) => l.msg === 'migration applied');
    expect(applied).toMatchObject({ migration: '001-paged', touched: 7 });
    expect(await count("MATCH (m:Migration {id: '001-paged'}) RETURN count(m) AS n")).toBe(1);
  });

  it("ends a page before the node whose relationships would pass the page's budget", async () => {
    const executor = await withoutMigrations();
    await executor.query({ cypher: NODES }, 'WRITE');
    await executor.query(
      {
        cypher:
          "MATCH (b:Company {id: 'b'}) UNWIND range(1, 3) AS i CREATE (b)-[:ACTIVE_IN]->(:Sector {id: 's' + i})",
      },
      'WRITE',
    );
    const pages: NodePage[] = [];
    const lines: string[] = [];
    const logger = createLogger({ write: (line) => lines.push(line) });
    await runMigration(executor, logger, pagedTagging('001-paged', pages), {
      pageSize: 10,
      pageRelationships: 2,
      logEveryMs: 0,
    });
    expect(pages.map((page) => page.ids)).toEqual([['a'], ['b'], ['c', 'd', 'e'], ['p1', 'p2']]);
    // Progress counts relationships too, which say how long the rest will take better than nodes.
    const progress = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(progress.map((p) => [p.relationships, p.totalRelationships])).toEqual([
      [0, 3],
      [3, 3],
      [3, 3],
      [3, 3],
    ]);
  });

  it('keeps the pages done before a failure, stays unrecorded, and goes on at the next run', async () => {
    const executor = await withoutMigrations();
    await executor.query({ cypher: NODES }, 'WRITE');
    const failing = pagedTagging('001-paged', [], 'c');
    await expect(
      applyMigrations(executor, silentLogger, [failing], { pageSize: 2 }),
    ).rejects.toThrow('boom at c');
    // The first page is committed; the failed one is rolled back whole.
    const tagged = await executor.query<{ id: string }>({
      cypher: "MATCH (n {tag: '001-paged'}) RETURN n.id AS id ORDER BY id",
    });
    expect(tagged.map((row) => row.id)).toEqual(['a', 'b']);
    expect(await count("MATCH (m:Migration {id: '001-paged'}) RETURN count(m) AS n")).toBe(0);

    // The next run walks again: the pages done touch nothing, the rest is done.
    expect(
      await runMigration(executor, silentLogger, pagedTagging('001-paged', []), { pageSize: 2 }),
    ).toBe(5);
    expect(await count("MATCH (n {tag: '001-paged'}) RETURN count(n) AS n")).toBe(7);
  });
});

describe('003-partnership-names', () => {
  const namesOf = async () => {
    const executor = await db.executor();
    return executor.query<{ id: string; names: string[] | null }>({
      cypher: 'MATCH (p:Partnership) RETURN p.id AS id, p.names AS names ORDER BY id',
    });
  };
  const MOU_NAMES = [
    'Bolloré–Alibaba worldwide memorandum of understanding',
    "Protocole d'accord mondial entre Bolloré et Alibaba",
  ];

  it('gives partnerships loaded before it the names the loader now writes, once', async () => {
    const executor = await db.reset();
    expect(MIGRATIONS.map((m) => m.id)).toContain('003-partnership-names');
    await loadDirectory(executor, 'seeds', silentLogger);
    const loaded = await namesOf();
    expect(loaded).toEqual([{ id: 'bollore-alibaba-mou-2018', names: MOU_NAMES }]);

    // A database of before: no names, and the migration not recorded.
    await executor.query(
      {
        cypher:
          "MATCH (p:Partnership) REMOVE p.names WITH count(p) AS n MATCH (m:Migration {id: '003-partnership-names'}) DELETE m",
      },
      'WRITE',
    );
    expect((await namesOf())[0]?.names).toBeNull();
    expect(await applyMigrations(executor, silentLogger)).toEqual(['003-partnership-names']);
    expect(await namesOf()).toEqual(loaded);

    // Idempotent: run again by hand, it touches nothing; the runner does not run it again.
    const touched = await runMigration(executor, silentLogger, partnershipNamesMigration);
    expect(touched).toBe(0);
    expect(await applyMigrations(executor, silentLogger)).toEqual([]);
    const [hit] = await executor.query<{ id: string }>({
      cypher:
        "CALL db.index.fulltext.queryNodes('partnership_names', 'protocole') YIELD node RETURN node.id AS id",
    });
    expect(hit?.id).toBe('bollore-alibaba-mou-2018');
  });

  it('changes nothing on an empty database', async () => {
    const executor = await db.reset();
    expect(await runMigration(executor, silentLogger, partnershipNamesMigration)).toBe(0);
  });
});
