/**
 * Latency statistics shared by the benchmarks: nearest-rank percentiles and
 * milliseconds rounded to a tenth, as every report prints them.
 */

/** The value at percentile `p` (0–100) of ascending `sorted`, or 0 when it is empty. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Milliseconds to one decimal, as a number (so JSON reports hold 12.3, not "12.3"). */
export const round = (ms: number): number => Number(ms.toFixed(1));

export interface Latency {
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Median, 95th percentile, maximum and mean of `times` (in ms, any order), each rounded. */
export function latency(times: number[]): Latency {
  const sorted = [...times].sort((x, y) => x - y);
  return {
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? 0),
    meanMs: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length)),
  };
}
