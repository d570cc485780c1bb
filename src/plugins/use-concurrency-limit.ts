import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { RequestLimiter } from '../http/request-limiter.js';

export interface ConcurrencyLimitOptions {
  /** GraphQL requests executing at once. @default 32 */
  maxConcurrent?: number;
  /** Requests waiting for a slot, first come first served; past it, 503. @default 100 */
  maxQueued?: number;
  /** What the 503's Retry-After header says, in seconds. @default 1 */
  retryAfterSeconds?: number;
  /** Whether the refusal names the limits (not in production). @default true */
  detailed?: boolean;
}

/**
 * Bounds the GraphQL requests executing at once, so that a burst cannot take
 * every Neo4j connection and starve the others: a request takes a slot once
 * its body is parsed (a slow upload holds none) and gives it back with its
 * response. Past the queue, 503 with Retry-After. `/health` and `/ready` are
 * answered before GraphQL parameters exist, so they never wait here.
 */
export function useConcurrencyLimit({
  maxConcurrent = 32,
  maxQueued = 100,
  retryAfterSeconds = 1,
  detailed = true,
}: ConcurrencyLimitOptions = {}): Plugin {
  const limiter = new RequestLimiter(maxConcurrent, maxQueued);
  const releases = new WeakMap<Request, () => void>();
  const hold = (request: Request, release: () => void) => {
    releases.set(request, release);
    // Belt and braces: a client gone before its response also frees the slot.
    request.signal?.addEventListener('abort', release, { once: true });
  };
  return {
    onParams({ request }) {
      if (releases.has(request)) return;
      const slot = limiter.acquire(request.signal);
      if (slot === undefined) {
        throw createGraphQLError(
          detailed
            ? `Too many requests at once: ${maxConcurrent} are running and ${maxQueued} waiting (MAX_CONCURRENT_REQUESTS, MAX_QUEUED_REQUESTS); retry in ${retryAfterSeconds} s.`
            : `Too many requests at once; retry in ${retryAfterSeconds} s.`,
          {
            extensions: {
              code: 'SERVICE_UNAVAILABLE',
              http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
            },
          },
        );
      }
      if (typeof slot === 'function') return hold(request, slot);
      return slot.then((release) => hold(request, release));
    },
    onResponse({ request }) {
      releases.get(request)?.();
      releases.delete(request);
    },
  };
}
