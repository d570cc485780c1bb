import type { QuestionProfile, TimedRun } from './compare-run.js';
import { SERVERS, type ServerName } from './compare-servers.js';

/**
 * The numbers `npm run bench` reports, from its timed runs: per question,
 * server and concurrency the median over rounds and the spread (lowest and
 * highest round); and the ratios that matter, Accord against @neo4j/graphql
 * and against raw Cypher.
 */

/** The median of the rounds, and the lowest and highest. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Over the rounds that have a value; null when none has. */
export function spreadOf(values: (number | null)[]): Spread | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length > 0 ? spread(present) : null;
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median =
    sorted.length === 0
      ? 0
      : sorted.length % 2
        ? (sorted[Math.floor(mid)] as number)
        : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const fix = (n: number) => Number(n.toFixed(3));
  return { median: fix(median), min: fix(sorted[0] ?? 0), max: fix(sorted.at(-1) ?? 0) };
}

export interface SummaryRow {
  question: string;
  server: ServerName;
  connections: number;
  rounds: number;
  requestsPerSecond: Spread;
  /** Null when no round had a response. */
  p50Ms: Spread | null;
  p99Ms: Spread | null;
  cpuMsPerRequest: Spread;
  statementsPerRequest: number;
  /** Highest RSS of the server over this question's runs at this concurrency. */
  peakRssMb: number;
  failures: number;
}

/** Accord against the others for one question. */
export interface RatioRow {
  question: string;
  /** Accord req/s / @neo4j/graphql req/s, per concurrency (median of the per-round ratios, and their spread). */
  accordOverLibraryRps: Record<string, Spread>;
  /** Accord p50 / raw Cypher p50 at the lowest concurrency. */
  accordOverRawP50: Spread | null;
  /** Accord req/s / raw Cypher req/s at the highest concurrency. */
  accordOverRawRps: Spread | null;
}

const key = (question: string, server: string, connections: number) =>
  `${question}|${server}|${connections}`;

function group(runs: TimedRun[]): Map<string, TimedRun[]> {
  const groups = new Map<string, TimedRun[]>();
  for (const run of runs) {
    const k = key(run.question, run.server, run.connections);
    groups.set(k, [...(groups.get(k) ?? []), run]);
  }
  return groups;
}

/** Rows by question (in the order asked), then server (raw, Accord, @neo4j/graphql), then concurrency. */
export function summarize(runs: TimedRun[]): SummaryRow[] {
  const questions = [...new Set(runs.map((r) => r.question))];
  const order = (row: SummaryRow) => [
    questions.indexOf(row.question),
    SERVERS.indexOf(row.server),
    row.connections,
  ];
  const byOrder = (a: SummaryRow, b: SummaryRow) => {
    const [x, y] = [order(a), order(b)];
    return x.reduce((d, v, i) => d || v - (y[i] as number), 0);
  };
  return [...group(runs).values()]
    .map((rs) => {
      const [first] = rs as [TimedRun];
      return {
        question: first.question,
        server: first.server,
        connections: first.connections,
        rounds: rs.length,
        requestsPerSecond: spread(rs.map((r) => r.requestsPerSecond)),
        p50Ms: spreadOf(rs.map((r) => r.p50Ms)),
        p99Ms: spreadOf(rs.map((r) => r.p99Ms)),
        cpuMsPerRequest: spread(rs.map((r) => r.cpuMsPerRequest)),
        statementsPerRequest: spread(rs.map((r) => r.statementsPerRequest)).median,
        peakRssMb: Math.max(...rs.map((r) => r.peakRssMb)),
        failures: rs.reduce((n, r) => n + r.failures + r.serverErrors, 0),
      };
    })
    .sort(byOrder);
}

/** The ratio, round by round, of a measure of two servers on one question at one concurrency. */
function ratioByRound(
  runs: TimedRun[],
  question: string,
  connections: number,
  top: ServerName,
  bottom: ServerName,
  measure: (run: TimedRun) => number | null,
): Spread | null {
  const of = (server: ServerName) =>
    new Map(
      runs
        .filter(
          (r) => r.question === question && r.server === server && r.connections === connections,
        )
        .map((r) => [r.round, measure(r)]),
    );
  const [a, b] = [of(top), of(bottom)];
  const ratios = [...a].flatMap(([round, v]) => {
    const w = b.get(round);
    return v !== null && w ? [v / w] : [];
  });
  return ratios.length > 0 ? spread(ratios) : null;
}

export function ratios(runs: TimedRun[], questions: string[], concurrency: number[]): RatioRow[] {
  const lowest = Math.min(...concurrency);
  const highest = Math.max(...concurrency);
  return questions.map((question) => ({
    question,
    accordOverLibraryRps: Object.fromEntries(
      concurrency.flatMap((c) => {
        const r = ratioByRound(
          runs,
          question,
          c,
          'accord',
          'neo4j-graphql',
          (x) => x.requestsPerSecond,
        );
        return r ? [[String(c), r]] : [];
      }),
    ),
    accordOverRawP50: ratioByRound(runs, question, lowest, 'accord', 'raw', (x) => x.p50Ms),
    accordOverRawRps: ratioByRound(
      runs,
      question,
      highest,
      'accord',
      'raw',
      (x) => x.requestsPerSecond,
    ),
  }));
}

/** Each server's highest RSS over the runs at the highest concurrency. */
export function peakRss(
  runs: TimedRun[],
  concurrency: number[],
): Partial<Record<ServerName, number>> {
  const highest = Math.max(...concurrency);
  return Object.fromEntries(
    SERVERS.flatMap((server) => {
      const at = runs.filter((r) => r.server === server && r.connections === highest);
      return at.length > 0 ? [[server, Math.max(...at.map((r) => r.peakRssMb))]] : [];
    }),
  );
}

/** Cypher statements and db hits per question, by server. */
export function profileTable(
  profiles: QuestionProfile[],
): Record<string, Partial<Record<ServerName, { statements: number; dbHits: number }>>> {
  const table: Record<
    string,
    Partial<Record<ServerName, { statements: number; dbHits: number }>>
  > = {};
  for (const p of profiles) {
    table[p.question] = {
      ...table[p.question],
      [p.server]: { statements: p.statements, dbHits: p.dbHits },
    };
  }
  return table;
}
