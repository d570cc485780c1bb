import { describe, expect, it } from 'vitest';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { partnershipNamesMigration } from '../src/neo4j/migrations/003-partnership-names.js';
import { applyMigrations, MIGRATIONS, type Migration } from '../src/neo4j/migrations/index.js';
import { applySchema } from '../src/neo4j/schema.js';
import { useTestDatabase } from './helpers/neo4j.js';

/** The migration runner: each migration once, in order, recorded with its own work. */
const db = useTestDatabase();

const count = async (cypher: string) => {
  const executor = await db.executor();
  const [row] = await executor.query<{ n: number }>({ cypher });
  return Number(row?.n);
};

/** A migration that tags every Company, counting how often it ran. */
function tagging(id: string, runs: string[]): Migration {
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

describe('applyMigrations', () => {
  it('applies each migration once, in order, and records it', async () => {
    const executor = await db.reset();
    await applySchema(executor, silentLogger);
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
    const executor = await db.reset();
    await applySchema(executor, silentLogger);
    await executor.query({ cypher: "CREATE (:Company {id: 'a'})" }, 'WRITE');
    const failing: Migration = {
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
    const touched = await executor.write((tx) => partnershipNamesMigration.up(tx));
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
    expect(await executor.write((tx) => partnershipNamesMigration.up(tx))).toBe(0);
  });
});
