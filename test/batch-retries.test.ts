import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isTimeout, withRetries } from '../src/ingest/batch-retries.js';
import { silentLogger } from '../src/logger.js';
import { TransactionTimeoutError } from '../src/neo4j/errors.js';

const deadlock = () =>
  new Neo4jError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected', 'N/A', 'N/A');

describe('retrying a batch', () => {
  it('runs it again after a deadlock, and gives up after five attempts', async () => {
    let calls = 0;
    const ok = await withRetries(silentLogger, async () => {
      calls += 1;
      if (calls < 3) throw deadlock();
      return 'committed';
    });
    expect([ok, calls]).toEqual(['committed', 3]);
    calls = 0;
    await expect(
      withRetries(silentLogger, async () => {
        calls += 1;
        throw deadlock();
      }),
    ).rejects.toThrow('deadlock');
    expect(calls).toBe(5);
  }, 20_000);

  it('does not repeat a batch that timed out or failed for good', async () => {
    for (const error of [new TransactionTimeoutError('too long'), new Error('bad article')]) {
      let calls = 0;
      await expect(
        withRetries(silentLogger, async () => {
          calls += 1;
          throw error;
        }),
      ).rejects.toBe(error);
      expect(calls).toBe(1);
    }
  });

  it('tells a timeout, and a transaction terminated for one, from other failures', () => {
    const terminated = new Neo4jError(
      'stopped',
      'Neo.TransientError.Transaction.LockClientStopped',
      'N/A',
      'N/A',
    );
    expect(isTimeout(new Error('wrapped', { cause: terminated }))).toBe(true);
    expect(isTimeout(new TransactionTimeoutError('too long'))).toBe(true);
    expect(isTimeout(deadlock())).toBe(false);
  });
});
