import { describe, expect, it } from 'vitest';
import { Random } from '../src/bench/dataset-random.js';
import type { PartnershipKind } from '../src/graph/vocabulary.js';
import { BatchAgreements } from '../src/ingest/batch-agreements.js';
import { withArticle } from '../src/ingest/batch-state.js';
import {
  type PartnershipContext,
  type PartnershipReport,
  resolvePartnerships,
} from '../src/ingest/partnership-resolution.js';

/**
 * BatchAgreements gives each article only the agreements that share root
 * parties with its reports, from an index kept as the batch goes. These tests
 * hold it to what resolving against every agreement answers.
 */

const COMPANIES = ['a', 'b', 'c', 'd', 'e', 'f'];
const KINDS: PartnershipKind[] = [
  'MEMORANDUM_OF_UNDERSTANDING',
  'STRATEGIC_ALLIANCE',
  'ACQUISITION',
];
const DATES = ['2020-01-01', '2020-01-05', '2020-03-01', null];

function facts(random: Random) {
  const parties = [
    ...new Set([0, 1, 2].slice(0, random.between(1, 3)).map(() => pick(random, COMPANIES))),
  ];
  return {
    kind: pick(random, KINDS),
    parties,
    signedOn: pick(random, DATES),
    publishedOn: random.chance(0.5) ? '2020-01-02' : '2020-02-02',
  };
}
const pick = <T>(random: Random, from: readonly T[]): T => from[random.int(from.length)] as T;

function report(random: Random, fileId: string, path: string): PartnershipReport {
  return { fileId, path, ...facts(random) };
}

function parentClaims(random: Random, n: number): [string, string][] {
  return Array.from({ length: n }, () => [pick(random, COMPANIES), pick(random, COMPANIES)]);
}

/** What resolving gives, or the refusal's message: comparable either way. */
function outcome(
  reports: PartnershipReport[],
  context: PartnershipContext,
  own: [string, string][],
) {
  try {
    const { target, merged } = resolvePartnerships('f.yaml', reports, context, own);
    return { target: [...target], merged };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const ids = (context: PartnershipContext) => context.candidates.map((c) => c.id).sort();

describe('the agreements a batch resolves against', () => {
  it('are those every agreement would give, on a fresh batch (200 random cases)', () => {
    let fewer = 0;
    for (let seed = 0; seed < 200; seed++) {
      const random = new Random(seed, 'fresh');
      const graph: PartnershipContext = {
        known: [],
        candidates: Array.from({ length: random.between(0, 12) }, (_, i) => ({
          id: `deal-${i}`,
          articles: ['old'],
          ...facts(random),
        })),
        parents: parentClaims(random, random.between(0, 3)),
      };
      const reports = [
        report(random, 'r1', 'partnerships[0]'),
        report(random, 'r2', 'partnerships[1]'),
      ];
      const own = parentClaims(random, random.between(0, 2));
      const narrowed = new BatchAgreements(graph).context(reports, own);
      if (narrowed.candidates.length < graph.candidates.length) fewer += 1;
      expect(outcome(reports, narrowed, own), `seed ${seed}`).toEqual(outcome(reports, graph, own));
    }
    // The index narrows: most cases compare fewer agreements than the graph holds.
    expect(fewer).toBeGreaterThan(100);
  });

  it('stay right as articles add agreements, parties and parent claims, or are withdrawn (100 random batches)', () => {
    // A parent claim for a company no report names sends the lookup past the
    // index to a scan of every agreement: the two must agree at every step.
    const scan: [string, string][] = [['nobody', 'nobody-parent']];
    for (let seed = 0; seed < 100; seed++) {
      const random = new Random(seed, 'batch');
      const batch = new BatchAgreements({
        known: [],
        candidates: Array.from({ length: random.between(0, 6) }, (_, i) => ({
          id: `deal-${i}`,
          articles: [`old-${i % 2}`],
          ...facts(random),
        })),
        parents: parentClaims(random, random.between(0, 2)),
      });
      for (let article = 0; article < 12; article++) {
        const articleId = `art-${article}`;
        if (random.chance(0.1)) batch.withdraw(pick(random, ['old-0', 'old-1', 'art-0', 'art-3']));
        const reports = [report(random, `r${article}`, 'partnerships[0]')];
        const own = random.chance(0.2) ? parentClaims(random, 1) : [];
        const indexed = batch.context(reports, own);
        const scanned = batch.context(reports, [...own, ...scan]);
        const where = `seed ${seed}, article ${article}`;
        expect(ids(indexed), where).toEqual(ids(scanned));
        const resolved = outcome(reports, indexed, own);
        expect(resolved, where).toEqual(outcome(reports, scanned, own));
        if ('target' in resolved)
          batch.apply(
            articleId,
            reports,
            new Map(resolved.target),
            random.chance(0.3) ? parentClaims(random, 1) : [],
          );
      }
    }
  });

  it('follow a parent claim made by an earlier article of the batch', () => {
    const batch = new BatchAgreements({
      known: [],
      candidates: [
        {
          id: 'mou',
          articles: ['old'],
          kind: 'MEMORANDUM_OF_UNDERSTANDING',
          parties: ['alibaba', 'bollore'],
          signedOn: '2018-07-02',
          publishedOn: '2018-07-02',
        },
      ],
      parents: [],
    });
    const r: PartnershipReport = {
      fileId: 'logistics-deal',
      path: 'partnerships[0]',
      kind: 'STRATEGIC_ALLIANCE',
      parties: ['alibaba', 'bollore-logistics'],
      signedOn: '2018-07-03',
      publishedOn: '2018-07-04',
    };
    expect(batch.context([r], []).candidates).toEqual([]);
    // The file's own claim, then an earlier article's, make Bolloré Logistics part of Bolloré.
    const own: [string, string][] = [['bollore-logistics', 'bollore']];
    expect(
      resolvePartnerships('f.yaml', [r], batch.context([r], own), own).target.get(r.fileId),
    ).toBe('mou');
    batch.apply('earlier', [], new Map(), own);
    expect(
      resolvePartnerships('f.yaml', [r], batch.context([r], []), []).target.get(r.fileId),
    ).toBe('mou');
  });
});

describe('adding an article to a sorted list', () => {
  it('keeps it sorted and without repeats', () => {
    expect(withArticle([], 'b')).toEqual(['b']);
    expect(withArticle(['a', 'c'], 'b')).toEqual(['a', 'b', 'c']);
    expect(withArticle(['a', 'c'], 'd')).toEqual(['a', 'c', 'd']);
    expect(withArticle(['b', 'c'], 'a')).toEqual(['a', 'b', 'c']);
    expect(withArticle(['a', 'b', 'c'], 'b')).toEqual(['a', 'b', 'c']);
    const many = Array.from({ length: 1000 }, (_, i) => `art-${String(i * 2).padStart(5, '0')}`);
    const added = withArticle(many, 'art-00999');
    expect(added).toEqual([...many, 'art-00999'].sort());
    expect(added).toHaveLength(1001);
  });
});
