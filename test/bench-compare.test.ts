import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalAnswer } from '../src/bench/compare-answers.js';
import {
  type BulkLoadSummary,
  bulkLoadTable,
  readBulkLoadReport,
} from '../src/bench/compare-bulk-load.js';
import { benchmarksMarkdown } from '../src/bench/compare-docs.js';
import { growthRows, growthTable, readSmallerReport } from '../src/bench/compare-growth.js';
import { type CompareParams, compareQuestions } from '../src/bench/compare-questions.js';
import { profiled } from '../src/bench/compare-recorder.js';
import type { CompareReport } from '../src/bench/compare-report.js';
import { checkAnswers, DisagreementError } from '../src/bench/compare-run.js';
import type { ServerName, ServerProcess } from '../src/bench/compare-servers.js';
import { type RatioRow, spread } from '../src/bench/compare-summary.js';
import { targetRows } from '../src/bench/compare-targets.js';
import { silentLogger } from '../src/logger.js';
import { tempDir } from './helpers/temp-dir.js';

/**
 * The parts of `npm run bench` that decide whether three servers agree, and
 * how its numbers are read, without Neo4j: canonical answers, the diff that
 * stops a run, where PROFILE goes, medians.
 */

const PARAMS: CompareParams = {
  top: { id: 'bollore', name: 'Bolloré', degree: 3 },
  hub: { id: 'bollore', name: 'Bolloré', degree: 3 },
  median: { id: 'alibaba', name: 'Alibaba', degree: 1 },
  kinds: ['MEMORANDUM_OF_UNDERSTANDING'],
  sector: 'logistics',
  prefix: 'grou',
  neighborhood: 'bollore',
  pathFrom: 'bollore',
  pathTo: 'alibaba-cloud',
  partnership: 'bollore-alibaba-mou-2018',
};

// Bolloré as each server answers: Accord lists each agreement, @neo4j/graphql each partner once.
const RAW = [
  {
    name: 'Bolloré',
    sectors: ['logistics', 'media'],
    partners: [
      { name: 'Alibaba', kind: 'MEMORANDUM_OF_UNDERSTANDING' },
      { name: 'Alibaba', kind: 'MEMORANDUM_OF_UNDERSTANDING' },
      { name: 'Vivendi', kind: 'INVESTMENT' },
    ],
  },
];
const ACCORD = {
  company: {
    name: 'Bolloré',
    sectors: [{ sector: { name: 'media' } }, { sector: { name: 'logistics' } }],
    partners: [
      { kind: 'INVESTMENT', company: { name: 'Vivendi' } },
      { kind: 'MEMORANDUM_OF_UNDERSTANDING', company: { name: 'Alibaba' } },
      { kind: 'MEMORANDUM_OF_UNDERSTANDING', company: { name: 'Alibaba' } },
    ],
  },
};
const LIBRARY = {
  companies: [
    {
      name: 'Bolloré',
      activeIn: [{ name: 'logistics' }],
      offers: [{ name: 'media' }],
      memorandumOfUnderstanding: [{ name: 'Alibaba' }],
      investment: [{ name: 'Vivendi' }],
    },
  ],
};

describe('canonical answers', () => {
  it('reads the three forms of "a company with its sectors and partners" as one answer', () => {
    const raw = canonicalAnswer('company', 'raw', RAW);
    expect(canonicalAnswer('company', 'accord', ACCORD)).toEqual(raw);
    expect(canonicalAnswer('company', 'library', LIBRARY)).toEqual(raw);
    expect(raw).toEqual({
      name: 'Bolloré',
      sectors: ['logistics', 'media'],
      partners: ['INVESTMENT | Vivendi', 'MEMORANDUM_OF_UNDERSTANDING | Alibaba'],
    });
  });

  it('keeps the order of a page, which is part of the answer', () => {
    const page = (names: string[]) => ({
      companies: { totalCount: 3, nodes: names.map((name) => ({ name })) },
    });
    expect(canonicalAnswer('companies-in-sector', 'accord', page(['A', 'B']))).not.toEqual(
      canonicalAnswer('companies-in-sector', 'accord', page(['B', 'A'])),
    );
  });
});

/** A stub server that answers every request with `body`. */
async function stub(
  name: ServerName,
  body: unknown,
): Promise<{ server: Server; process: ServerProcess }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = name === 'raw' ? `http://127.0.0.1:${port}/q/` : `http://127.0.0.1:${port}/graphql`;
  return { server, process: { name, url } as ServerProcess };
}

describe('checking that the servers agree', () => {
  const servers: Server[] = [];
  afterAll(() => {
    for (const server of servers) server.close();
  });
  const company = compareQuestions(PARAMS).filter((q) => q.name === 'company');

  async function serve(answers: [ServerName, unknown][]): Promise<ServerProcess[]> {
    const started = await Promise.all(answers.map(([name, body]) => stub(name, body)));
    servers.push(...started.map((s) => s.server));
    return started.map((s) => s.process);
  }

  it('passes when A, Accord and @neo4j/graphql say the same', async () => {
    const three = await serve([
      ['raw', RAW],
      ['accord', { data: ACCORD }],
      ['neo4j-graphql', { data: LIBRARY }],
    ]);
    await expect(checkAnswers(three, company, silentLogger)).resolves.toHaveProperty('company');
  });

  it('stops with a diff naming the question, the server and what differs', async () => {
    const wrong = structuredClone(LIBRARY);
    (wrong.companies[0] as { investment: { name: string }[] }).investment = [];
    const three = await serve([
      ['raw', RAW],
      ['accord', { data: ACCORD }],
      ['neo4j-graphql', { data: wrong }],
    ]);
    const error = await checkAnswers(three, company, silentLogger).catch((e: Error) => e);
    expect(error).toBeInstanceOf(DisagreementError);
    expect((error as Error).message).toContain('company: neo4j-graphql differs from raw');
    expect((error as Error).message).toContain('- "INVESTMENT | Vivendi"');
    expect((error as Error).message).not.toContain('accord differs');
  });

  it('treats GraphQL errors as a failure, not as an answer', async () => {
    const three = await serve([
      ['raw', RAW],
      ['accord', { errors: [{ message: 'Unexpected error.' }], data: null }],
    ]);
    await expect(checkAnswers(three, company, silentLogger)).rejects.toThrow(
      'company on accord: [{"message":"Unexpected error."}]',
    );
  });
});

describe('reading the numbers', () => {
  it('puts PROFILE after the CYPHER lines a library puts first', () => {
    expect(profiled('CYPHER 5\nMATCH (n) RETURN n')).toBe('CYPHER 5\nPROFILE MATCH (n) RETURN n');
    expect(profiled('\nMATCH (n) RETURN n')).toBe('PROFILE \nMATCH (n) RETURN n');
  });

  it('gives the median of the rounds and their spread', () => {
    expect(spread([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
});

describe('growth with the graph', () => {
  /** A report with p50s at one client, as `npm run bench` writes it. */
  const reportWith = (p50: Record<string, Partial<Record<ServerName, number>>>) =>
    ({
      benchmark: 'compare',
      date: '2026-11-27T08:00:00.000Z',
      smoke: false,
      dataset: { description: 'a test', nodes: 1, relationships: 0, companies: 1, loadMs: null },
      options: { questions: Object.keys(p50), concurrency: [1, 8] },
      summary: Object.entries(p50).flatMap(([question, servers]) =>
        Object.entries(servers).flatMap(([server, median]) => [
          { question, server, connections: 1, p50Ms: { median, min: median, max: median } },
          { question, server, connections: 8, p50Ms: { median: 999, min: 999, max: 999 } },
        ]),
      ),
    }) as unknown as CompareReport;

  it('compares p50 at one client per question and server, and says which bounded answer met 2×', () => {
    const smaller = reportWith({
      paths: { accord: 4, raw: 2 },
      search: { accord: 10, raw: 5 },
      company: { accord: 5 },
    });
    const larger = reportWith({
      paths: { accord: 6, raw: 3 },
      search: { accord: 30, raw: 5 },
      company: { accord: 50 },
      dashboard: { accord: 500 },
    });
    const rows = growthRows(larger, smaller);
    expect(rows.map((r) => [r.question, r.server, r.ratio])).toEqual([
      ['paths', 'accord', 1.5],
      ['paths', 'raw', 1.5],
      ['search', 'accord', 3],
      ['search', 'raw', 1],
      ['company', 'accord', 10],
    ]);
    const table = growthTable(rows);
    const verdict = (q: string) => table.rows.find((r) => r[0] === q)?.at(-1);
    expect(verdict('paths')).toBe('met');
    expect(verdict('search')).toBe('missed');
    // Not a bounded answer: no target.
    expect(verdict('company')).toBe('');
  });

  it('refuses a file that is not a full report of npm run bench, naming it', () => {
    const dir = tempDir('growth');
    const smoke = join(dir, 'smoke.json');
    writeFileSync(smoke, JSON.stringify({ ...reportWith({}), smoke: true }));
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ benchmark: 'load' }));
    expect(readSmallerReport(join(dir, 'none.json'))).toBe(
      `--smaller: no file at ${join(dir, 'none.json')}`,
    );
    expect(readSmallerReport(smoke)).toMatch(/smoke\.json is a smoke run/);
    expect(readSmallerReport(other)).toMatch(/other\.json is not a report of npm run bench/);
    expect(readSmallerReport(dir)).toBe(`--smaller: ${dir} is not a file`);
  });
});

describe('the targets', () => {
  const at = (median: number) => ({ median, min: median, max: median });
  /** A report with the ratios, profiles, growth and memory the targets read. */
  const report = (over: Partial<CompareReport> = {}) =>
    ({
      options: {
        questions: ['company', 'partners-of-partners-hub', 'search'],
        concurrency: [1, 8],
      },
      ratios: [
        {
          question: 'company',
          accordOverLibraryRps: { 1: at(1.8), 8: at(1.6) },
          accordOverRawP50: at(1.2),
          accordOverRawRps: null,
        },
        {
          question: 'partners-of-partners-hub',
          accordOverLibraryRps: { 1: at(1.4), 8: at(1.2) },
          accordOverRawP50: at(1.5),
          accordOverRawRps: null,
        },
        {
          question: 'search',
          accordOverLibraryRps: { 1: at(1.1), 8: at(0.9) },
          accordOverRawP50: at(1.1),
          accordOverRawRps: null,
        },
      ] satisfies RatioRow[],
      profiles: [
        { question: 'company', server: 'accord', statements: 1, dbHits: 200, cypher: [] },
        { question: 'company', server: 'neo4j-graphql', statements: 1, dbHits: 300, cypher: [] },
        { question: 'search', server: 'accord', statements: 1, dbHits: 510, cypher: [] },
        { question: 'search', server: 'neo4j-graphql', statements: 1, dbHits: 500, cypher: [] },
      ],
      peakRssMb: { accord: 464 },
      ...over,
    }) as unknown as CompareReport;
  const verdicts = (r: CompareReport, bulkLoad?: BulkLoadSummary) =>
    targetRows(r, bulkLoad).map((row) => [row.verdict, row.measured]);

  it('names each miss with its figure, and the worst case where a target is met', () => {
    const [traversals, every, p50, dbHits, bulk, growth, rss] = verdicts(report());
    // The nested traversals are company and the hub here; search is not one.
    expect(traversals).toEqual([
      'missed',
      'missed on 2 of 4: partners-of-partners-hub @1 1.40, partners-of-partners-hub @8 1.20',
    ]);
    expect(every).toEqual(['missed', 'missed on 1 of 6: search @8 0.90']);
    expect(p50).toEqual(['missed', 'missed on 1 of 3: partners-of-partners-hub @1 1.50']);
    expect(dbHits).toEqual(['missed', 'missed on search 510 vs 500']);
    expect(bulk).toEqual(['not measured', 'no load report (--load-report)']);
    expect(growth).toEqual(['not measured', 'no smaller run (--smaller)']);
    expect(rss).toEqual(['met', '464 MB']);
  });

  it('says met when every figure is within its bound', () => {
    const fast = report({
      ratios: [
        {
          question: 'company',
          accordOverLibraryRps: { 1: at(1.9), 8: at(1.5) },
          accordOverRawP50: at(1.25),
          accordOverRawRps: null,
        },
      ],
      profiles: [],
      peakRssMb: { accord: 600 },
    });
    const [traversals, every, p50, dbHits, , , rss] = verdicts(fast);
    expect(traversals).toEqual(['met', 'worst: company @8 1.50']);
    expect(every?.[0]).toBe('met');
    expect(p50).toEqual(['met', 'worst: company @1 1.25']);
    expect(dbHits).toEqual(['not measured', 'no profiles']);
    expect(rss).toEqual(['missed', '600 MB']);
  });
});

describe('bulk loading from a bench:load report', () => {
  const dir = tempDir('bulk-load');
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const pass = (
    pass: string,
    ms: number,
    nodesPerSecond: number,
    relationshipsPerSecond: number,
    articles = 10597,
  ) => ({
    pass,
    ms,
    articles,
    nodesPerSecond,
    relationshipsPerSecond,
  });
  const load = {
    benchmark: 'load',
    date: '2026-11-27T23:00:00.000Z',
    input: { dir: '/data/gen-M/articles' },
    articles: 10597,
    batchSize: 200,
    graph: { nodes: 1552486, relationships: 3653274 },
    passes: [
      pass('bulk', 900_000, 1700, 4000),
      pass('skip', 5000, 0, 0, 0),
      // Its own rates count every merge: the page reads the graph it built instead.
      pass('bulk (warm)', 625_000, 2600, 6000),
    ],
    loadCsv: {
      ms: 300_000,
      nodes: 1552486,
      relationships: 3653274,
      nodesPerSecond: 5000,
      relationshipsPerSecond: 12500,
    },
  };

  it('compares the last bulk pass with LOAD CSV, both as the same graph over their own time', () => {
    const summary = readBulkLoadReport(write('load.json', load));
    if (typeof summary === 'string') throw new Error(summary);
    expect(summary.bulk).toEqual({
      ms: 625_000,
      nodesPerSecond: 2484,
      relationshipsPerSecond: 5845.2,
    });
    expect(summary.ratio).toEqual({ nodes: 0.48, relationships: 0.48 });
    expect(bulkLoadTable(summary).rows.at(-1)).toEqual(['bulk / LOAD CSV', '', '0.48×', '0.48×']);
    const bulk = targetRows(
      {
        options: { questions: [], concurrency: [1] },
        ratios: [],
        profiles: [],
        peakRssMb: {},
      } as unknown as CompareReport,
      summary,
    )[4];
    expect(bulk?.verdict).toBe('missed');
    expect(bulk?.measured).toMatch(/^0\.48× nodes\/s, 0\.48× relationships\/s/);
  });

  it('refuses a file that cannot say it, naming the file and why', () => {
    expect(readBulkLoadReport(join(dir, 'none.json'))).toBe(
      `--load-report: no file at ${join(dir, 'none.json')}`,
    );
    expect(readBulkLoadReport(write('text.json', 'not json'))).toMatch(/text\.json is not JSON/);
    expect(readBulkLoadReport(write('compare.json', { benchmark: 'compare' }))).toMatch(
      /compare\.json is not a report of npm run bench:load/,
    );
    expect(
      readBulkLoadReport(
        write('skipped.json', { ...load, loadCsv: { skipped: '--skip-load-csv' } }),
      ),
    ).toMatch(/skipped\.json: LOAD CSV was skipped in that run/);
    expect(
      readBulkLoadReport(write('nobulk.json', { ...load, passes: [pass('skip', 1, 0, 0)] })),
    ).toMatch(/nobulk\.json: passes holds no bulk pass/);
    expect(
      readBulkLoadReport(write('part.json', { ...load, passes: [pass('bulk', 1, 1, 1, 30)] })),
    ).toMatch(/part\.json: the last bulk pass \(bulk\) loaded 30 of 10597 articles/);
  });
});

describe('the page', () => {
  it('opens with the targets and shows bulk loading when a bench:load report is given', () => {
    const at = (median: number) => ({ median, min: median, max: median });
    const report = {
      benchmark: 'compare',
      date: '2026-11-27T23:30:00.000Z',
      smoke: false,
      machine: { nproc: 2, memoryGb: 24, cpu: 'a CPU', node: 'v24', platform: 'linux' },
      neo4j: { version: '5.26', edition: 'community', source: 'local' },
      neo4jGraphql: '7.6.3',
      accord: { commit: 'abc1234', dirty: false },
      dataset: { description: 'a test', nodes: 10, relationships: 20, companies: 3, loadMs: null },
      options: {
        seconds: 5,
        warmupSeconds: 2,
        rounds: 3,
        concurrency: [1],
        questions: ['company'],
      },
      params: PARAMS,
      questions: [{ name: 'company', description: 'a company' }],
      profiles: [],
      runs: [],
      summary: [],
      ratios: [
        {
          question: 'company',
          accordOverLibraryRps: { 1: at(1.2) },
          accordOverRawP50: at(1.1),
          accordOverRawRps: null,
        },
      ],
      peakRssMb: { accord: 400 },
      failures: 0,
      bulkLoad: {
        report: 'reports/bench-load-x.json',
        date: '2026-11-27T22:00:00.000Z',
        input: 'the folder gen-M',
        articles: 10597,
        batchSize: 200,
        graph: { nodes: 100, relationships: 200 },
        bulk: { ms: 1000, nodesPerSecond: 100, relationshipsPerSecond: 200 },
        loadCsv: { ms: 500, nodesPerSecond: 200, relationshipsPerSecond: 400 },
        ratio: { nodes: 0.5, relationships: 0.5 },
      },
    } as unknown as CompareReport;
    const page = benchmarksMarkdown(report);
    const section = (title: string) => page.split(`## ${title}\n`)[1]?.split('\n## ')[0] ?? '';
    expect(page.indexOf('## Targets')).toBeLessThan(page.indexOf('## Accord against the others'));
    const targets = section('Targets');
    expect(targets).toMatch(
      /\| Accord’s req\/s ≥ 1\.5× @neo4j\/graphql’s on the nested traversals .*\| missed +\| missed on 1 of 1: company @1 1\.20/,
    );
    expect(targets).toMatch(
      /\| Bulk load ≥ 0\.5× .*\| met +\| 0\.50× nodes\/s, 0\.50× relationships\/s/,
    );
    expect(targets).toMatch(/no smaller run \(--smaller\)/);
    expect(section('Bulk loading')).toMatch(/\| bulk \/ LOAD CSV +\| +\| +0\.50× \| +0\.50× \|/);
    expect(page).not.toMatch(/\| [^|]*undefined/);
  });
});
