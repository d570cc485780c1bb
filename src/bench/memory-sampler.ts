/** Peak memory in MB over one phase of a benchmark. */
export interface MemoryPeak {
  rssMb: number;
  heapUsedMb: number;
}

/**
 * Peak memory of this process (the API, the loader and the benchmark's own
 * client; not Neo4j), per phase. It samples on a timer and also whenever
 * `sample` is called, so a short phase still records its peak.
 */
export class MemorySampler {
  readonly peaks: Record<string, MemoryPeak> = {};
  phase = 'load';
  private readonly timer = setInterval(() => this.sample(), 20);

  /** Records the current usage against the current phase. */
  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
    const peak = this.peaks[this.phase] ?? { rssMb: 0, heapUsedMb: 0 };
    this.peaks[this.phase] = peak;
    peak.rssMb = Math.max(peak.rssMb, mb(rss));
    peak.heapUsedMb = Math.max(peak.heapUsedMb, mb(heapUsed));
  }

  /** Stops the timer; safe to call more than once. */
  stop(): void {
    clearInterval(this.timer);
  }
}
