import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { applyMigrations, type Migration } from '../src/neo4j/migrations/index.js';
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
    expect(await count('MATCH (m:Migration) RETURN count(m) AS n')).toBe(2);
  });

  it('leaves a failed migration unrecorded and its work undone, so the next run tries it again', async () => {
    const executor = await withoutMigrations();
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
    expect(await count('MATCH (m:Migration) RETURN count(m) AS n')).toBe(0);

    const runs: string[] = [];
    expect(await applyMigrations(executor, silentLogger, [tagging('001-fails', runs)])).toEqual([
      '001-fails',
    ]);
  });
});
