/**
 * At most `maxRunning` holders at once, and a first-in first-out queue of at
 * most `maxQueued` waiting for a slot. Past that, `acquire` says so at once,
 * so that an overloaded server refuses work instead of piling it up.
 */
export class RequestLimiter {
  #running = 0;
  readonly #queue: Array<(release: () => void) => void> = [];

  constructor(
    readonly maxRunning: number,
    readonly maxQueued: number,
  ) {}

  /** Holders of a slot now. */
  get running(): number {
    return this.#running;
  }

  /** Callers waiting for a slot. */
  get queued(): number {
    return this.#queue.length;
  }

  /**
   * A slot, as the function that gives it back (calling it twice is harmless);
   * a promise of one when the caller must wait; `undefined` when the queue is
   * full. A waiter whose signal aborts leaves the queue.
   */
  acquire(signal?: AbortSignal): (() => void) | Promise<() => void> | undefined {
    if (this.#running < this.maxRunning) {
      this.#running += 1;
      return this.#releaser();
    }
    if (this.#queue.length >= this.maxQueued) return undefined;
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const grant = (release: () => void) => {
        signal?.removeEventListener('abort', leave);
        resolve(release);
      };
      const leave = () => {
        const at = this.#queue.indexOf(grant);
        if (at >= 0) this.#queue.splice(at, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', leave, { once: true });
      this.#queue.push(grant);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#queue.shift();
      // The slot passes straight to the next in line: nobody can overtake it.
      if (next) next(this.#releaser());
      else this.#running -= 1;
    };
  }
}
