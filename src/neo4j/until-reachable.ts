import type { Logger } from '../logger.js';
import { isUnreachable } from './errors.js';

export interface UntilReachableOptions {
  logger: Logger;
  /** What is being tried, for the log. */
  what: string;
  /** The first pause between attempts; it doubles each time. @default 500 */
  firstDelayMs?: number;
  /** The longest pause between attempts. @default 15000 */
  maxDelayMs?: number;
  /** Stops the attempts (the server shuts down): the promise then resolves to undefined. */
  signal?: AbortSignal;
}

/**
 * Runs work until it no longer fails because Neo4j cannot be reached, pausing
 * with exponential backoff and logging each failed attempt. Any other failure
 * (a bad seed file, credentials Neo4j refuses) is thrown at once: waiting will
 * not fix it.
 */
export async function untilReachable<T>(
  work: () => Promise<T>,
  { logger, what, firstDelayMs = 500, maxDelayMs = 15_000, signal }: UntilReachableOptions,
): Promise<T | undefined> {
  const started = performance.now();
  for (let attempt = 1; ; attempt++) {
    if (signal?.aborted) return undefined;
    try {
      const result = await work();
      logger.info(`${what}: done`, { attempt, ms: Math.round(performance.now() - started) });
      return result;
    } catch (error) {
      if (signal?.aborted) return undefined;
      if (!isUnreachable(error)) throw error;
      const retryInMs = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
      logger.warn(`${what}: Neo4j cannot be reached yet; retrying`, {
        attempt,
        retryInMs,
        reason: (error as Error).message,
      });
      await pause(retryInMs, signal);
    }
  }
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
