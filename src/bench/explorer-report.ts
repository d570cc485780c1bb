import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { markdownTable } from './compare-report.js';
import type { NetworkTiming, PanTiming } from './explorer-measure.js';

/** One run of `npm run bench:explorer`. */
export interface ExplorerReport {
  date: string;
  dataset: string;
  graph: { nodes: number; relationships: number; loadMs: number | null };
  hub: { id: string; name: string; partners: number };
  chromium: string;
  /** The machine's 1-minute load average as the runs began: other work slows them. */
  loadAverage: number;
  runs: { network: NetworkTiming; pan: PanTiming }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The report as Markdown: what docs/explorer-performance.md holds. */
export function explorerMarkdown(report: ExplorerReport): string {
  const table = markdownTable({
    header: [
      'run',
      'nodes / links',
      'first draw (ms)',
      'API (ms)',
      'layout + draw (ms)',
      'frames',
      'frame p50 (ms)',
      'p95 (ms)',
      'max (ms)',
      'fps',
    ],
    rows: report.runs.map(({ network: n, pan: p }, i) =>
      [
        i + 1,
        `${n.nodes} / ${n.edges}`,
        n.firstDrawMs,
        n.apiMs,
        n.layoutAndDrawMs,
        p.frames,
        p.p50Ms,
        p.p95Ms,
        p.maxMs,
        p.fps,
      ].map(String),
    ),
  });
  const first = median(report.runs.map((run) => run.network.firstDrawMs));
  const fps = median(report.runs.map((run) => run.pan.fps));
  return `# Explorer performance

Last run ${report.date} by \`npm run bench:explorer\`: ${report.dataset}
(${report.graph.nodes} nodes, ${report.graph.relationships} relationships${report.graph.loadMs === null ? '' : `, loaded in ${(report.graph.loadMs / 1000).toFixed(0)} s`});
${report.chromium}, headless, WebGL in software (SwiftShader); ${cpus().length} CPUs, ${Math.round(totalmem() / 2 ** 30)} GB;
1-minute load average ${report.loadAverage} as the runs began.

The view: the company with the most partners, **${report.hub.name}** (\`${report.hub.id}\`,
${report.hub.partners} partners), at its first page (depth 1, 50 nodes besides
it), as \`/explore/?entity=${report.hub.id}\` opens it. Each run is a fresh page.

- **First draw**: from navigation to the first frame with the network drawn
  (page load, the API call, ForceAtlas2 layout, sigma's first render).
- **API**: the \`ExplorerNeighborhood\` call, as the page saw it.
- **Layout + draw**: after the data arrived.
- **Pan**: the canvas dragged in mouse moves while every animation frame is
  recorded (frame time = time between frames).

Median first draw **${first} ms**; median frame rate while panning **${fps} fps**.

${table}

Software WebGL is much slower than a GPU: compare these numbers between
versions on the same machine, not with a laptop's. Rerun:

\`\`\`sh
npm run bench:explorer -- --dataset /tmp/gen-S   # after npm run generate -- --companies 10000 --seed 1 --out /tmp/gen-S
\`\`\`
`;
}

/** The 1-minute load average now, to two decimals. */
export const currentLoad = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

/** Writes the Markdown to docs/ and the JSON to reports/; returns the Markdown path. */
export function writeExplorerReport(report: ExplorerReport): string {
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    `reports/bench-explorer-${report.date.replaceAll(':', '-')}.json`,
    `${JSON.stringify(report, null, 2)}\n`,
  );
  writeFileSync('docs/explorer-performance.md', explorerMarkdown(report));
  return 'docs/explorer-performance.md';
}
