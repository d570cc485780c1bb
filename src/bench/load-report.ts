import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadReport } from './load-run.js';

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
    `Load test: ${report.durationS} s, NODE_ENV=${report.server.production ? 'production' : 'development'}, deadline ${report.server.deadlineMs} ms`,
    '',
    pad([header, ...rows, ...totals]),
    '',
    'Outcomes (status, first error code):',
    outcomes,
    '',
    `Server RSS: ${m.beforeMb} MB before, ${m.peakMb} MB peak, ${m.afterMb} MB after ${m.idleMs} ms idle and a GC (${m.changePct >= 0 ? '+' : ''}${m.changePct}%; target within 20%: ${m.withinTarget ? 'met' : 'MISSED'}); JS heap in use after GC: ${m.heapBeforeMb} MB before, ${m.heapAfterMb} MB after`,
    `Fairness: a simple query while six amplification requests run: ${rounds}; slowest ${f.maxMs} ms (target < ${f.targetMs} ms: ${f.withinTarget ? 'met' : 'MISSED'})`,
    '',
    report.passed
      ? 'PASS: no README question got a 5xx.'
      : `FAIL: README questions got ${report.totals.normal['5xx']} responses with a 5xx.`,
    ...(path ? [`Report: ${path}`] : []),
    '',
  ].join('\n');
}
