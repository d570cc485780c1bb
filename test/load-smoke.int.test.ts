import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadReportText } from '../src/bench/load-report.js';
import { type LoadReport, runLoad } from '../src/bench/load-run.js';
import { DEFAULT_MALLOC_MMAP_THRESHOLD } from '../src/config.js';
import { loadDirectory } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useTestDatabase } from './helpers/neo4j.js';

/**
 * The short form of `npm run test:load` (3 s), as CI runs it: Accord started
 * as `npm start` would be (NODE_ENV=production) on the test Neo4j, the
 * README's questions sent by autocannon together with the abuses of issue 8.
 * No question may get a 5xx; every abuse is refused with a 4xx, or a 503 when
 * the queue is full, never a 500. The figures are printed, not asserted.
 */
const db = useTestDatabase();
let report: LoadReport;
let before: { nodes: number; relationships: number };

beforeAll(async () => {
  const executor = await db.reset();
  // Loaded here so that the graph can be counted before the load; Accord's own load is then a no-op.
  await loadDirectory(executor, 'seeds', silentLogger);
  const { nodes, relationships } = await db.snapshot();
  before = { nodes, relationships };
  report = await runLoad({
    neo4j: inject('neo4j'),
    durationS: 3,
    idleMs: 1_000,
    fairnessRounds: 1,
  });
  process.stdout.write(loadReportText(report));
}, 180_000);

afterAll(async () => {
  const { nodes, relationships } = await db.snapshot();
  expect({ nodes, relationships }).toEqual(before);
});

describe('a short load of README questions and abuses together', () => {
  it('answers the README questions, none with a 5xx or a timeout', () => {
    const normal = report.totals.normal;
    expect(normal['2xx']).toBeGreaterThan(0);
    expect(normal['5xx']).toBe(0);
    expect(normal.errors + normal.timeouts).toBe(0);
    expect(report.passed).toBe(true);
  });

  it('refuses every abuse with a 4xx or a 503, never a 500 or a 2xx', () => {
    const abusive = report.kinds.filter((k) => !k.normal);
    expect(abusive.map((k) => k.kind)).toEqual([
      '90 aliased neighborhoods',
      'deep nesting',
      'huge body',
      '50,000 tokens',
      'wrong content types',
      'batch',
    ]);
    for (const kind of abusive) {
      expect(kind.requests, kind.kind).toBeGreaterThan(0);
      expect(kind['2xx'], kind.kind).toBe(0);
      expect(kind['5xx'] - kind['503'], `${kind.kind}: ${JSON.stringify(kind.outcomes)}`).toBe(0);
      expect(kind['4xx'] + kind['503'], kind.kind).toBe(kind.requests);
    }
  });

  it('answers a simple query while six amplification requests run (its time is printed)', () => {
    const [round] = report.fairness.rounds;
    expect(round?.amplificationStatuses).toEqual(Array(6).fill(200));
    expect(round?.answered).toBe(true);
  });

  it('measures the server’s memory before and after', () => {
    expect(report.memory.beforeMb).toBeGreaterThan(0);
    expect(report.memory.afterMb).toBeGreaterThan(0);
  });

  it('runs the server with `npm start`’s malloc setting', () => {
    expect(report.server.mallocMmapThreshold).toBe(DEFAULT_MALLOC_MMAP_THRESHOLD);
  });

  it('says where the memory is at each moment, from the server’s own figures', () => {
    const { breakdown } = report.memory;
    for (const moment of ['cold', 'before', 'peak', 'idle', 'after'] as const) {
      const m = breakdown[moment];
      expect(m, moment).toBeDefined();
      if (!m) continue;
      // The parts add up to RSS, and V8's spaces to its committed heap.
      expect(m.heapUsedMb, moment).toBeLessThanOrEqual(m.heapTotalMb);
      expect(m.heapTotalMb + m.externalMb + m.otherMb, moment).toBeCloseTo(m.rssMb, 0);
      const committed = Object.values(m.spaces).reduce((sum, s) => sum + s.committedMb, 0);
      expect(Math.abs(committed - m.heapTotalMb), moment).toBeLessThan(1);
      expect(m.spaces.old_space?.usedMb, moment).toBeGreaterThan(0);
    }
  });
});
