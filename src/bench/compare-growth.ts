import type { CompareReport, Table } from './compare-report.js';
import { cell, num, readCompareReport, settingLine } from './compare-report.js';
import type { ServerName } from './compare-servers.js';
import type { Spread } from './compare-summary.js';

/**
 * How latency grows with the graph: this run's p50 at one client against a
 * run of the same benchmark on a smaller data set (`npm run bench --
 * --smaller <report.json>`). Where the answer does not grow with the graph
 * (the neighbourhood of a company with few partners, paths between two
 * companies, a page of search hits), neither should the time: the target is
 * at most 2× the smaller size's.
 */

/** The questions whose answer is the same size whatever the graph's size. */
export const BOUNDED_ANSWERS = ['neighborhood', 'paths', 'search'] as const;
/** At most this many times the smaller data set's p50, for BOUNDED_ANSWERS. */
export const GROWTH_TARGET = 2;

const SERVERS: ServerName[] = ['accord', 'raw', 'neo4j-graphql'];

export interface GrowthRow {
  question: string;
  server: ServerName;
  smallerP50Ms: number;
  p50Ms: Spread;
  /** This run's median p50 over the smaller run's. */
  ratio: number;
}

/** The smaller run's report, or what is wrong with the file. */
export function readSmallerReport(path: string): CompareReport | string {
  return readCompareReport(path, '--smaller');
}

/** p50 at one client of every question and server both runs measured. */
export function growthRows(report: CompareReport, smaller: CompareReport): GrowthRow[] {
  const atOne = (r: CompareReport, question: string, server: ServerName) =>
    r.summary.find((s) => s.question === question && s.server === server && s.connections === 1)
      ?.p50Ms ?? null;
  return report.options.questions.flatMap((question) =>
    SERVERS.flatMap((server) => {
      const now = atOne(report, question, server);
      const before = atOne(smaller, question, server);
      if (!now || !before || before.median <= 0) return [];
      return [
        {
          question,
          server,
          smallerP50Ms: before.median,
          p50Ms: now,
          ratio: now.median / before.median,
        },
      ];
    }),
  );
}

export function growthTable(rows: GrowthRow[]): Table {
  const questions = [...new Set(rows.map((r) => r.question))];
  const of = (question: string, server: ServerName) =>
    rows.find((r) => r.question === question && r.server === server);
  return {
    header: [
      'question',
      'Accord p50 ms, smaller',
      'Accord p50 ms, this run',
      ...SERVERS.map((s) => `${s} growth`),
      `target (≤ ${GROWTH_TARGET})`,
    ],
    rows: questions.map((question) => {
      const accord = of(question, 'accord');
      const bounded = (BOUNDED_ANSWERS as readonly string[]).includes(question);
      return [
        question,
        accord ? num(accord.smallerP50Ms) : 'n/a',
        accord ? cell(accord.p50Ms) : 'n/a',
        ...SERVERS.map((s) => {
          const row = of(question, s);
          return row ? `${num(row.ratio)}×` : 'n/a';
        }),
        !bounded || !accord ? '' : accord.ratio <= GROWTH_TARGET ? 'met' : 'missed',
      ];
    }),
  };
}

/** One line on the smaller run, for the docs. */
export function smallerLine(smaller: CompareReport): string {
  return `Against the run of ${smaller.date.slice(0, 16).replace('T', ' ')} UTC on ${settingLine(smaller)}.`;
}
