import { afterAll, inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { MIGRATION_LABEL } from '../../src/graph/vocabulary.js';
import { silentLogger } from '../../src/logger.js';
import { createExecutor } from '../../src/neo4j/driver.js';
import type { Executor, Row, Statement } from '../../src/neo4j/executor.js';
import { applySchema } from '../../src/neo4j/schema.js';

/**
 * The transaction timeout of the tests' own loads and of the servers they
 * start: a freshly started Neo4j on a busy machine takes more than the default
 * 30 s over its first load, and what the tests check is what is loaded, not
 * how fast. Tests of timeouts set their own.
 */
export const TEST_TX_TIMEOUT_MS = process.env.NEO4J_TX_TIMEOUT_MS ?? '120000';

/**
 * The integration tests' one way to the database the global setup resolved.
 * Connects lazily, fails with "could not connect to …", closes after the file.
 */
export function useTestDatabase() {
  let executor: Executor | undefined;
  const get = async (): Promise<Executor> => {
    if (executor) return executor;
    const connection = inject('neo4j');
    const created = createExecutor(
      { ...connection, release: async () => {} },
      loadConfig({ NEO4J_TX_TIMEOUT_MS: TEST_TX_TIMEOUT_MS }),
      silentLogger,
    );
    try {
      await created.driver.verifyConnectivity();
    } catch (error) {
      await created.close();
      throw new Error(
        `could not connect to ${connection.uri} (${connection.source}): ${(error as Error).message}`,
      );
    }
    executor = created;
    return created;
  };
  afterAll(async () => {
    await executor?.close();
  });

  return {
    executor: get,
    /** Runs one read query and returns its rows. */
    async query(cypher: string, params: Statement['params'] = {}): Promise<Row[]> {
      return (await get()).query({ cypher, params });
    },
    /** Empties the database and applies the schema, so a test sees only its own data. */
    async reset(): Promise<Executor> {
      const e = await get();
      await e.query({ cypher: 'MATCH (n) DETACH DELETE n' }, 'WRITE');
      await applySchema(e, silentLogger);
      return e;
    },
    /**
     * Every node and relationship of the model with all its properties,
     * sorted: equal snapshots mean an unchanged graph. The migrations'
     * bookkeeping (`Migration` nodes, dated) is not part of it.
     */
    async snapshot(): Promise<{ nodes: number; relationships: number; lines: string[] }> {
      const e = await get();
      const nodes = await e.query({
        cypher: `MATCH (n) WHERE NOT n:${MIGRATION_LABEL} RETURN labels(n) AS labels, properties(n) AS props`,
      });
      const rels = await e.query({
        cypher: `MATCH (a)-[r]->(b)
RETURN coalesce(a.id, a.key) AS from, type(r) AS type, coalesce(b.id, b.key) AS to, properties(r) AS props`,
      });
      const line = (row: Row) =>
        JSON.stringify(row, (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).sort())
            : v,
        );
      return {
        nodes: nodes.length,
        relationships: rels.length,
        lines: [...nodes.map(line), ...rels.map(line)].sort(),
      };
    },
  };
}
