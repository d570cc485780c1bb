import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { Deadline } from '../src/neo4j/deadline.js';
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

describe('an API read', () => {
  // The executor runs a request's statements with the driver's stack capture
  // off (runUncaptured): it must still fail loudly, and leave the limit as it was.
  it('fails with the server’s message and code, and leaves Error.stackTraceLimit as it was', async () => {
    const executor = await db.executor();
    const limit = Error.stackTraceLimit;
    const failed = await executor
      .query({ cypher: 'RETURN 1 / $zero AS n', params: { zero: 0 } }, 'READ', {
        deadline: Deadline.after(5_000),
      })
      .then(
        () => undefined,
        (error: unknown) => error as { message: string; code?: string },
      );
    expect(failed?.message).toMatch(/by zero/i);
    expect(failed?.code).toBe('Neo.ClientError.Statement.ArithmeticError');
    expect(Error.stackTraceLimit).toBe(limit);
    const [row] = await executor.query({ cypher: 'RETURN 41 + 1 AS n' }, 'READ', {
      deadline: Deadline.after(5_000),
    });
    expect(row).toEqual({ n: 42 });
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
