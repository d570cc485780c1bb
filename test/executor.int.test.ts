import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import type { Statement, TxOptions } from '../src/neo4j/executor.js';
import { createApp } from '../src/yoga.js';
import { useTestDatabase } from './helpers/neo4j.js';

/** Who asked is visible in Neo4j: transactions carry the GraphQL operation's name. */
const db = useTestDatabase();

describe('transaction metadata', () => {
  it('shows in SHOW TRANSACTIONS while the transaction runs', async () => {
    const executor = await db.executor();
    const rows = await executor.query(
      {
        cypher:
          'SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH "SHOW" RETURN metaData',
      },
      'READ',
      { metadata: { operation: 'WhoAsks' } },
    );
    expect(rows.map((row) => row.metaData)).toContainEqual({ app: 'accord', operation: 'WhoAsks' });
  });

  it('names the operation of every statement a request runs', async () => {
    const executor = await db.reset();
    const seen: TxOptions[] = [];
    const app = createApp({
      logger: silentLogger,
      executor: {
        ping: () => executor.ping(),
        read: (work, options) => executor.read(work, options),
        query: <R>(statement: Statement<R>, mode?: 'READ' | 'WRITE', options?: TxOptions) => {
          seen.push(options ?? {});
          return executor.query(statement, mode, options);
        },
      },
    });
    const response = await app.fetch('http://accord.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'query BolloreAndSectors { company(id: "bollore") { name } sectors(first: 1) { totalCount } }',
      }),
    });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(2);
    for (const options of seen)
      expect(options.metadata).toEqual({ operation: 'BolloreAndSectors' });
  });
});
