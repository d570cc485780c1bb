import { describe, expect, it } from 'vitest';
import { RequestLimiter } from '../src/http/request-limiter.js';

/** The slot logic behind MAX_CONCURRENT_REQUESTS and MAX_QUEUED_REQUESTS. */
describe('RequestLimiter', () => {
  it('grants slots up to the limit, queues up to the queue, and refuses the rest at once', () => {
    const limiter = new RequestLimiter(2, 1);
    expect(typeof limiter.acquire()).toBe('function');
    expect(typeof limiter.acquire()).toBe('function');
    expect(limiter.acquire()).toBeInstanceOf(Promise);
    expect(limiter.acquire()).toBeUndefined();
    expect({ running: limiter.running, queued: limiter.queued }).toEqual({ running: 2, queued: 1 });
  });

  it('hands a freed slot to the longest waiting, first in first out', async () => {
    const limiter = new RequestLimiter(1, 3);
    const release = limiter.acquire() as () => void;
    const order: string[] = [];
    const waiting = ['a', 'b', 'c'].map((name) =>
      (limiter.acquire() as Promise<() => void>).then((done) => {
        order.push(name);
        done();
      }),
    );
    release();
    await Promise.all(waiting);
    expect(order).toEqual(['a', 'b', 'c']);
    expect({ running: limiter.running, queued: limiter.queued }).toEqual({ running: 0, queued: 0 });
  });

  it('gives a slot back once, however often release is called', () => {
    const limiter = new RequestLimiter(1, 0);
    const release = limiter.acquire() as () => void;
    release();
    release();
    expect(limiter.running).toBe(0);
    expect(typeof limiter.acquire()).toBe('function');
    expect(limiter.acquire()).toBeUndefined();
  });

  it('drops a waiter whose client went away, so it never takes a slot', async () => {
    const limiter = new RequestLimiter(1, 2);
    const release = limiter.acquire() as () => void;
    const gone = new AbortController();
    const abandoned = limiter.acquire(gone.signal) as Promise<() => void>;
    const next = limiter.acquire() as Promise<() => void>;
    gone.abort(new Error('client closed'));
    await expect(abandoned).rejects.toThrow('client closed');
    expect(limiter.queued).toBe(1);
    release();
    (await next)();
    expect(limiter.running).toBe(0);
  });
});
