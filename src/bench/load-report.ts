import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadReport } from './load-run.js';
import type { MemoryBreakdown } from './memory-breakdown.js';

/** Writes reports/load-<date>.json; returns its path. */
export function writeLoadReport(report: LoadReport): string {
  mkdirSync('reports', { recursive: true });
  const path = join('reports', `load-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

const pad = (rows: string[][]): string => {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  '),
    )
    .join('\n');
};

type Breakdowns = LoadReport['memory']['breakdown'];

/** The memory breakdown as a table: a row per figure, a column per moment, and what stayed (after − before). */
export function memoryBreakdownText(breakdown: Breakdowns): string {
  const moments = (['cold', 'before', 'peak', 'idle', 'after'] as const).filter(
    (m) => breakdown[m],
  );
  if (moments.length === 0) return '(no breakdown: the server had no inspector)';
  const figures: [string, (b: MemoryBreakdown) => number | undefined][] = [
    ['rss', (b) => b.rssMb],
    ['heap committed (heapTotal)', (b) => b.heapTotalMb],
    ['heap used', (b) => b.heapUsedMb],
    ['external', (b) => b.externalMb],
    ['  of which arrayBuffers', (b) => b.arrayBuffersMb],
    ['other (rss − heap − external)', (b) => b.otherMb],
  ];
  const spaces = Object.keys(breakdown.before?.spaces ?? breakdown.cold?.spaces ?? {});
  for (const space of spaces) {
    figures.push([`${space} committed`, (b) => b.spaces[space]?.committedMb]);
  }
  const cell = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1));
  const stayed = (get: (b: MemoryBreakdown) => number | undefined) => {
    const [b, a] = [
      breakdown.before && get(breakdown.before),
      breakdown.after && get(breakdown.after),
    ];
    if (a === undefined || b === undefined) return '';
    const d = a - b;
    return `${d >= 0 ? '+' : ''}${d.toFixed(1)}`;
  };
  return pad([
    ['MB', ...moments, 'after − before'],
    ...figures.map(([name, get]) => [
      name,
      ...moments.map((m) => {
        const b = breakdown[m];
        return cell(b && get(b));
      }),
      stayed(get),
    ]),
  ]);
}

/** The console form: per kind, the totals, memory and fairness, and the verdict. */
export function loadReportText(report: LoadReport, path?: string): string {
  const header = [
    'kind',
    'class',
    'conns',
    'requests',
    '2xx',
    '4xx',
    '5xx',
    '(503)',
    'errors',
    'timeouts',
    'p50 ms',
    'p99 ms',
  ];
  const rows = report.kinds.map((k) => [
    k.kind,
    k.normal ? 'normal' : 'abusive',
    String(k.connections),
    String(k.requests),
    String(k['2xx']),
    String(k['4xx']),
    String(k['5xx']),
    String(k['503']),
    String(k.errors),
    String(k.timeouts),
    k.p50Ms.toFixed(1),
    k.p99Ms.toFixed(1),
  ]);
  const totals = (['normal', 'abusive'] as const).map((c) => {
    const t = report.totals[c];
    return [
      `all ${c}`,
      c,
      '',
      String(t.requests),
      String(t['2xx']),
      String(t['4xx']),
      String(t['5xx']),
      '',
      String(t.errors),
      String(t.timeouts),
      '',
      '',
    ];
  });
  const outcomes = report.kinds
    .map(
      (k) =>
        `  ${k.kind}: ${Object.entries(k.outcomes)
          .map(([o, n]) => `${o} ×${n}`)
          .join(', ')}`,
    )
    .join('\n');
  const { memory: m, fairness: f } = report;
  const rounds = f.rounds
    .map(
      (r) =>
        `${r.simpleMs} ms (${r.simpleStatus}${r.answered ? '' : ', NOT answered'}; heavy ${r.amplificationStatuses.join('/')} in ${r.amplificationMaxMs} ms)`,
    )
    .join('; ');
  return [
    `Load test: ${report.durationS} s, NODE_ENV=${report.server.production ? 'production' : 'development'}, deadline ${report.server.deadlineMs} ms, MALLOC_MMAP_THRESHOLD_=${report.server.mallocMmapThreshold ?? 'unset (glibc default)'}`,
    '',
    pad([header, ...rows, ...totals]),
    '',
    'Outcomes (status, first error code):',
    outcomes,
    '',
    `Server RSS: ${m.coldMb} MB at the cold start, ${m.beforeMb} MB before (after a warm-up of one request of each kind), ${m.peakMb} MB peak, ${m.idleMb} MB after ${m.idleMs} ms idle, ${m.afterMb} MB after that and a GC (${m.changePct >= 0 ? '+' : ''}${m.changePct}%, ${m.changeFromColdPct >= 0 ? '+' : ''}${m.changeFromColdPct}% of the cold start; target within 20% of before: ${m.withinTarget ? 'met' : 'MISSED'}); JS heap in use after GC: ${m.heapBeforeMb} MB before, ${m.heapAfterMb} MB after`,
    'Where the memory is (process.memoryUsage and V8 spaces; peak: the highest RSS of the per-second samples; idle: after the pause, before the GC):',
    memoryBreakdownText(m.breakdown),
    `Fairness: a simple query while six amplification requests run: ${rounds}; slowest ${f.maxMs} ms (target < ${f.targetMs} ms: ${f.withinTarget ? 'met' : 'MISSED'})`,
    '',
    report.passed
      ? 'PASS: no README question got a 5xx.'
      : `FAIL: README questions got ${report.totals.normal['5xx']} responses with a 5xx.`,
    ...(path ? [`Report: ${path}`] : []),
    '',
  ].join('\n');
}
