import { BULK_LOAD_TARGET, type BulkLoadSummary } from './compare-bulk-load.js';
import { BOUNDED_ANSWERS, GROWTH_TARGET } from './compare-growth.js';
import type { CompareReport, Table } from './compare-report.js';
import { num } from './compare-report.js';
import type { Spread } from './compare-summary.js';

/**
 * The performance issue's targets at size M, each checked against the run:
 * the measured figure, and met or missed. A target the run could not measure
 * (no --smaller, no --load-report, a question left out) says so instead.
 * Ratios are medians over rounds of per-round ratios, as in the ratio table.
 */

/**
 * The questions that walk relationships more than one level from where they
 * start: a company's sectors and partners, partners of partners, a
 * partnership's parties and evidence, the neighbourhood, paths. Not the page,
 * search or the dashboard, which read one level or aggregate.
 */
export const NESTED_TRAVERSALS = [
  'company',
  'partners-of-partners-hub',
  'partners-of-partners-median',
  'partnership',
  'neighborhood',
  'paths',
] as const;

/** Accord's req/s over @neo4j/graphql's on the nested traversals, at every concurrency. */
export const TRAVERSAL_TARGET = 1.5;
/** Accord's req/s over @neo4j/graphql's on every question, at every concurrency. */
export const EVERY_QUESTION_TARGET = 1.0;
/** Accord's p50 over raw Cypher's at one client. */
export const P50_TARGET = 1.25;
/** Accord's peak RSS under the most clients, MB. */
export const RSS_TARGET_MB = 512;

export type Verdict = 'met' | 'missed' | 'not measured';

export interface TargetRow {
  target: string;
  verdict: Verdict;
  /** The figures behind the verdict: the worst case, and each miss. */
  measured: string;
}

interface Ratio {
  question: string;
  at: string;
  value: Spread;
}

/** Accord over @neo4j/graphql req/s, per question and concurrency the run has. */
function libraryRatios(report: CompareReport, questions: readonly string[]): Ratio[] {
  return report.ratios
    .filter((r) => questions.includes(r.question))
    .flatMap((r) =>
      Object.entries(r.accordOverLibraryRps).map(([c, value]) => ({
        question: r.question,
        at: `@${c}`,
        value,
      })),
    );
}

const show = (r: Ratio) => `${r.question} ${r.at} ${num(r.value.median)}`;

/** At least `target` (or at most, with `atMost`) on every ratio: the worst, and the misses. */
function ratioTarget(target: string, ratios: Ratio[], bound: number, atMost = false): TargetRow {
  if (ratios.length === 0) return { target, verdict: 'not measured', measured: 'no runs' };
  const misses = ratios.filter((r) => (atMost ? r.value.median > bound : r.value.median < bound));
  const worst = [...ratios].sort((a, b) =>
    atMost ? b.value.median - a.value.median : a.value.median - b.value.median,
  )[0] as Ratio;
  return {
    target,
    verdict: misses.length === 0 ? 'met' : 'missed',
    measured:
      misses.length === 0
        ? `worst: ${show(worst)}`
        : `missed on ${misses.length} of ${ratios.length}: ${misses.map(show).join(', ')}`,
  };
}

function dbHitsTarget(report: CompareReport): TargetRow {
  const target = 'Accord’s db hits ≤ those of the Cypher @neo4j/graphql generates, per question';
  const pairs = report.options.questions.flatMap((question) => {
    const of = (server: string) =>
      report.profiles.find((p) => p.question === question && p.server === server);
    const [accord, library] = [of('accord'), of('neo4j-graphql')];
    return accord && library ? [{ question, accord: accord.dbHits, library: library.dbHits }] : [];
  });
  if (pairs.length === 0) return { target, verdict: 'not measured', measured: 'no profiles' };
  const misses = pairs.filter((p) => p.accord > p.library);
  const closest = [...pairs].sort((a, b) => b.accord / b.library - a.accord / a.library)[0];
  const show = (p: (typeof pairs)[number]) => `${p.question} ${p.accord} vs ${p.library}`;
  return {
    target,
    verdict: misses.length === 0 ? 'met' : 'missed',
    measured:
      misses.length === 0
        ? `closest: ${closest ? show(closest) : ''}`
        : `missed on ${misses.map(show).join(', ')}`,
  };
}

function growthTarget(report: CompareReport): TargetRow {
  const target = `${BOUNDED_ANSWERS.join(', ')}: Accord’s p50 at one client ≤ ${GROWTH_TARGET}× that on the smaller data set`;
  const rows = (report.growth?.rows ?? []).filter(
    (r) => r.server === 'accord' && (BOUNDED_ANSWERS as readonly string[]).includes(r.question),
  );
  if (rows.length === 0)
    return { target, verdict: 'not measured', measured: 'no smaller run (--smaller)' };
  const misses = rows.filter((r) => r.ratio > GROWTH_TARGET);
  return {
    target,
    verdict: misses.length === 0 ? 'met' : 'missed',
    measured: rows.map((r) => `${r.question} ${num(r.ratio)}×`).join(', '),
  };
}

function rssTarget(report: CompareReport): TargetRow {
  const highest = Math.max(...report.options.concurrency);
  const target = `Accord’s peak RSS under ${highest} clients ≤ ${RSS_TARGET_MB} MB`;
  const mb = report.peakRssMb.accord;
  if (mb === undefined) return { target, verdict: 'not measured', measured: 'no runs' };
  return { target, verdict: mb <= RSS_TARGET_MB ? 'met' : 'missed', measured: `${mb} MB` };
}

function bulkLoadTarget(bulkLoad: BulkLoadSummary | undefined): TargetRow {
  const target = `Bulk load ≥ ${BULK_LOAD_TARGET}× the throughput of the server’s LOAD CSV`;
  if (!bulkLoad)
    return { target, verdict: 'not measured', measured: 'no load report (--load-report)' };
  const { nodes, relationships } = bulkLoad.ratio;
  return {
    target,
    verdict: Math.min(nodes, relationships) >= BULK_LOAD_TARGET ? 'met' : 'missed',
    measured: `${num(nodes)}× nodes/s, ${num(relationships)}× relationships/s (${bulkLoad.graph.nodes} nodes, ${bulkLoad.graph.relationships} relationships)`,
  };
}

/** Every target, in the order. */
export function targetRows(report: CompareReport, bulkLoad?: BulkLoadSummary): TargetRow[] {
  const lowest = Math.min(...report.options.concurrency);
  const p50 = report.ratios.flatMap((r) =>
    r.accordOverRawP50
      ? [{ question: r.question, at: `@${lowest}`, value: r.accordOverRawP50 }]
      : [],
  );
  return [
    ratioTarget(
      `Accord’s req/s ≥ ${TRAVERSAL_TARGET}× @neo4j/graphql’s on the nested traversals (${NESTED_TRAVERSALS.join(', ')})`,
      libraryRatios(report, NESTED_TRAVERSALS),
      TRAVERSAL_TARGET,
    ),
    ratioTarget(
      `Accord’s req/s ≥ ${EVERY_QUESTION_TARGET}× @neo4j/graphql’s on every question`,
      libraryRatios(report, report.options.questions),
      EVERY_QUESTION_TARGET,
    ),
    ratioTarget(
      `Accord’s p50 ≤ ${P50_TARGET}× raw Cypher’s at ${lowest} client${lowest === 1 ? '' : 's'}`,
      p50,
      P50_TARGET,
      true,
    ),
    dbHitsTarget(report),
    bulkLoadTarget(bulkLoad),
    growthTarget(report),
    rssTarget(report),
  ];
}

export function targetsTable(rows: TargetRow[]): Table {
  return {
    header: ['target', 'verdict', 'measured'],
    text: 3,
    rows: rows.map((r) => [r.target, r.verdict, r.measured]),
  };
}
