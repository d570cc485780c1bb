import { isRetryableError } from 'neo4j-driver';
import type { Logger } from '../logger.js';
import { Neo4jUnavailableError, TransactionTimeoutError } from '../neo4j/errors.js';

/** How the bulk loader tells failures a batch may pass on a second try from those it will not. */

const ATTEMPTS = 5;

/** A transaction that ran past its timeout, or was terminated for it: a smaller batch may pass. */
export function isTimeout(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof TransactionTimeoutError) return true;
    const code = (e as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(code)
    )
      return true;
  }
  return false;
}

export function isTransient(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  return (
    error instanceof Neo4jUnavailableError || isRetryableError(error) || isRetryableError(cause)
  );
}

/**
 * Runs the work again on transient failures (deadlocks, a leader switch), with
 * backoff. A timeout is not retried here: the same batch would time out again.
 */
export async function withRetries<T>(logger: Logger, work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !isTransient(error) || isTimeout(error)) throw error;
      logger.warn('batch failed with a transient error; retrying', { attempt, error });
      await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
    }
  }
}
