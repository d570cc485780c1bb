import autocannon from 'autocannon';
import type { ServerRequest } from './compare-servers.js';
import { percentile, round } from './latency.js';

/**
 * Load for `npm run bench`: autocannon keeps `connections` requests in flight
 * against one server for a fixed time, over loopback. Latencies are taken
 * from each response's own timing (autocannon's histogram keeps whole
 * milliseconds; a request that takes 3 ms needs tenths).
 */

/** What one fixed-duration run measured, client side. */
export interface LoadResult {
  connections: number;
  /** Responses received. */
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Null when no response came back within the run (a question slower than the run is long). */
  p50Ms: number | null;
  p99Ms: number | null;
  meanMs: number | null;
  maxMs: number | null;
  /** Connection errors and timeouts, and responses with a status other than 2xx. */
  failures: number;
}

/** A request may take this long before autocannon counts it as timed out. */
const TIMEOUT_S = 120;

/** Runs `connections` clients sending `request` for `seconds`. */
export async function load(
  request: ServerRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: request.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: request.body,
        connections,
        duration: seconds,
        timeout: TIMEOUT_S,
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
    });
  });
  const sorted = times.sort((a, b) => a - b);
  const requests = result.requests.total;
  const ms = (value: number) => (sorted.length > 0 ? round(value) : null);
  return {
    connections,
    requests,
    seconds: result.duration,
    requestsPerSecond: round(requests / Math.max(result.duration, 0.001)),
    p50Ms: ms(percentile(sorted, 50)),
    p99Ms: ms(percentile(sorted, 99)),
    meanMs: ms(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
    maxMs: ms(sorted.at(-1) ?? 0),
    failures: result.errors + result.non2xx,
  };
}
