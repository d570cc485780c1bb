import type { Logger } from '../logger.js';

/**
 * Progress of a long load: a bar with rates and ETA redrawn on a terminal
 * (stderr), or a structured log line every few seconds otherwise. Nodes and
 * relationships count what the loader wrote (merged), Evidence and Alias nodes
 * and their links included.
 */

export interface ProgressCounts {
  articles: number;
  nodes: number;
  relationships: number;
}

export interface ProgressSnapshot extends ProgressCounts {
  total: number;
  elapsedMs: number;
  articlesPerSecond: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  /** Seconds left at the rate so far; undefined before anything is done. */
  etaSeconds: number | undefined;
}

export interface ProgressOptions {
  /** Articles to load. */
  total: number;
  logger: Logger;
  /** Where the bar goes. @default process.stderr */
  stream?: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
  /** Draw a bar rather than log lines. @default stream.isTTY */
  bar?: boolean;
  /** Time between log lines when not drawing a bar. @default 5000 */
  logEveryMs?: number;
  /** @default performance.now */
  now?: () => number;
}

/** Rates and ETA of counts done after `elapsedMs`. */
export function snapshot(done: ProgressCounts, total: number, elapsedMs: number): ProgressSnapshot {
  const seconds = Math.max(elapsedMs, 1) / 1000;
  const rate = (n: number) => Math.round((n / seconds) * 10) / 10;
  const articlesPerSecond = rate(done.articles);
  return {
    ...done,
    total,
    elapsedMs: Math.round(elapsedMs),
    articlesPerSecond,
    nodesPerSecond: rate(done.nodes),
    relationshipsPerSecond: rate(done.relationships),
    etaSeconds:
      done.articles > 0
        ? Math.round((total - done.articles) / (done.articles / seconds))
        : undefined,
  };
}

/** `1h02m`, `3m05s`, `42s`. */
export function formatDuration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600)
    return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** One line: `[#######.......] 1200/5000 24% 310 art/s 9.1k nodes/s 21k rels/s ETA 12s`. */
export function formatBar(s: ProgressSnapshot, width = 24): string {
  const fraction = s.total > 0 ? Math.min(1, s.articles / s.total) : 1;
  const filled = Math.round(fraction * width);
  const short = (n: number) =>
    n >= 10_000
      ? `${Math.round(n / 1000)}k`
      : n >= 1000
        ? `${(n / 1000).toFixed(1)}k`
        : `${Math.round(n)}`;
  return (
    `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${s.articles}/${s.total} ` +
    `${Math.floor(fraction * 100)}% ${short(s.articlesPerSecond)} art/s ` +
    `${short(s.nodesPerSecond)} nodes/s ${short(s.relationshipsPerSecond)} rels/s ` +
    `ETA ${formatDuration(s.etaSeconds)}`
  );
}

export class LoadProgress {
  private readonly done: ProgressCounts = { articles: 0, nodes: 0, relationships: 0 };
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private readonly stream: NonNullable<ProgressOptions['stream']>;
  private readonly bar: boolean;
  private readonly now: () => number;

  constructor(private readonly options: ProgressOptions) {
    this.stream = options.stream ?? process.stderr;
    this.bar = options.bar ?? Boolean(this.stream.isTTY);
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
  }

  /** Counts a committed batch, and draws or logs when it is time to. */
  advance(delta: ProgressCounts): void {
    this.done.articles += delta.articles;
    this.done.nodes += delta.nodes;
    this.done.relationships += delta.relationships;
    const at = this.now();
    const every = this.bar ? 100 : (this.options.logEveryMs ?? 5000);
    if (at - this.lastDraw >= every) {
      this.lastDraw = at;
      this.report(false);
    }
  }

  /** Draws or logs the final state, and returns it. */
  finish(): ProgressSnapshot {
    return this.report(true);
  }

  private report(final: boolean): ProgressSnapshot {
    const s = snapshot(this.done, this.options.total, this.now() - this.started);
    if (this.bar) {
      this.stream.write(`\r\x1b[K${formatBar(s)}${final ? '\n' : ''}`);
    } else if (!final || s.articles > 0) {
      this.options.logger.info(final ? 'load finished' : 'load progress', {
        progress: `${s.articles}/${s.total}`,
        articlesPerSecond: s.articlesPerSecond,
        nodesPerSecond: s.nodesPerSecond,
        relationshipsPerSecond: s.relationshipsPerSecond,
        etaSeconds: s.etaSeconds,
        elapsedMs: s.elapsedMs,
      });
    }
    return s;
  }
}
