import { AsyncLocalStorage } from 'node:async_hooks';

/** A point in time by which some work must be done, and how long it allowed in all. */
export class Deadline {
  private constructor(
    /** performance.now() at which the time is up. */
    readonly at: number,
    /** The whole allowance, for messages. */
    readonly ms: number,
  ) {}

  /** A deadline `ms` milliseconds from now. */
  static after(ms: number): Deadline {
    return new Deadline(performance.now() + ms, ms);
  }

  /** Milliseconds left; zero or less once the time is up. */
  remaining(): number {
    return this.at - performance.now();
  }
}

const current = new AsyncLocalStorage<Deadline>();

/**
 * Runs work under a deadline that every executor call made within it (however
 * deep: resolvers, DataLoader batches) picks up, without threading it through
 * each call. The API's deadline plugin wraps each GraphQL operation in it; the
 * loader never runs under one, so it keeps its own longer timeouts.
 */
export function withDeadline<T>(deadline: Deadline, work: () => T): T {
  return current.run(deadline, work);
}

/** The deadline of the work in progress, if any. */
export function currentDeadline(): Deadline | undefined {
  return current.getStore();
}
