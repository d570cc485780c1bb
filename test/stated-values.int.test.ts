import { beforeAll, describe, expect, it } from 'vitest';
import { bulkLoadArticles } from '../src/ingest/bulk-loader.js';
import type { ArticleSource } from '../src/ingest/graph-builder.js';
import { loadArticles, readArticles } from '../src/ingest/loader.js';
import { silentLogger } from '../src/logger.js';
import { useSeededApi } from './helpers/api.js';
import { useTestDatabase } from './helpers/neo4j.js';
import { copyOf, edit } from './helpers/seed-copies.js';

/**
 * Where articles disagree on a value, the graph keeps each article's and the
 * node holds the latest-published one's: the seed (2018-07-02) says Bolloré
 * was founded in 1861 with at least 50,000 staff, the other-angle article
 * (2018-07-03) says 1822 and at least 56,000.
 */
const db = useTestDatabase();
const OTHER_ANGLE = 'test/fixtures/other-angle';
const OTHER_STEM = '2018-07-03-bollore-logistics-alibaba-alliance';
const dir = copyOf('seeds', OTHER_ANGLE);
let sources: ArticleSource[] = [];

const bollore = async () => {
  const [row] = await db.query(
    `MATCH (c:Company {id: 'bollore'})
     RETURN c.foundedYear AS founded, c.employeesAtLeast AS atLeast, c.employeesAsOf AS asOf`,
  );
  return row;
};

/** Every stated property of every node, and every value kept on evidence. */
const statedValues = async () => {
  const rows = await db.query(
    `CALL () {
       MATCH (n) WHERE n:Company OR n:Partnership
       RETURN n.id AS id, [k IN keys(n) WHERE k IN $props | [k, n[k]]] AS values
       UNION ALL
       MATCH (e:Evidence) WHERE size(e.properties) > 0
       RETURN e.id AS id, [k IN keys(e) WHERE k STARTS WITH 'value_' | [k, e[k]]] AS values
     }
     RETURN id, values ORDER BY id`,
    {
      props: [
        'foundedYear',
        'employeesExact',
        'employeesAtLeast',
        'employeesAtMost',
        'employeesAsOf',
        'scope',
        'signedOn',
        'startsOn',
        'endsOn',
        'amountDisclosed',
        'amountValue',
        'amountCurrency',
        'includesSubsidiaries',
      ],
    },
  );
  return rows.map((r) => [r.id, Object.fromEntries(r.values as [string, unknown][])]);
};

beforeAll(() => {
  sources = readArticles(dir);
  expect(sources.map((s) => s.parsed.publishedOn.toString())).toEqual(['2018-07-02', '2018-07-03']);
});

describe('values per article', () => {
  it('are the latest-published article’s on the node, in either order and with either loader', async () => {
    const byOrder: { lines: string[]; values: unknown }[] = [];
    for (const order of [sources, [...sources].reverse()]) {
      await loadArticles(await db.reset(), order, silentLogger);
      expect(await bollore()).toEqual({ founded: 1822, atLeast: 56000, asOf: '2018-07-03' });
      const lines = (await db.snapshot()).lines;
      for (const batchSize of [1, 10]) {
        await bulkLoadArticles(await db.reset(), order, silentLogger, {
          batchSize,
          progress: 'none',
          startSmall: false,
        });
        expect((await db.snapshot()).lines).toEqual(lines);
      }
      byOrder.push({ lines, values: await statedValues() });
    }
    // Canonical names go to the article that first named a node; values do not depend on order.
    expect(byOrder[1]?.values).toEqual(byOrder[0]?.values);
    // Each article's value is on its own evidence.
    const values = await db.query(
      `MATCH (e:Evidence {claimId: 'Company:bollore#founded'})
       RETURN e.articleId AS article, e.value_foundedYear AS year ORDER BY article`,
    );
    expect(values).toEqual([
      { article: '2018-07-02-bollore-alibaba-accord-mondial', year: 1861 },
      { article: OTHER_STEM, year: 1822 },
    ]);
  }, 300_000);

  it('fall back to the remaining article’s when the latest stops saying it, with either loader', async () => {
    for (const bulk of [false, true]) {
      const copy = copyOf('seeds', OTHER_ANGLE);
      const load = async (list: ArticleSource[]) =>
        bulk
          ? bulkLoadArticles(await db.executor(), list, silentLogger, { progress: 'none' })
          : loadArticles(await db.executor(), list, silentLogger);
      await db.reset();
      await load(readArticles(copy));
      edit(copy, `${OTHER_STEM}.yaml`, /\n {4}founded:\n {6}year: 1822\n {6}evidence: [^\n]*/, '');
      edit(
        copy,
        `${OTHER_STEM}.yaml`,
        /\n {4}employees:\n {6}atLeast: 56000\n {6}evidence: [^\n]*/,
        '',
      );
      await load(readArticles(copy));
      expect(await bollore()).toEqual({ founded: 1861, atLeast: 50000, asOf: '2018-07-02' });
      const reloaded = (await db.snapshot()).lines;
      await db.reset();
      await load(readArticles(copy));
      expect(reloaded).toEqual((await db.snapshot()).lines);
    }
  }, 300_000);
});

describe('the API', () => {
  const api = useSeededApi(['seeds', OTHER_ANGLE]);

  it('gives the latest value and every article’s value with its quotes', async () => {
    const data = await api.data<{
      company: {
        foundedYear: number;
        foundedYearValues: {
          value: number;
          article: { title: string; publishedOn: string };
          evidence: { quote: string; start: number; end: number }[];
        }[];
        employees: { atLeast: number };
        employeesValues: { value: { atLeast: number; asOf: string }; article: { id: string } }[];
      };
    }>(`{
      company(name: "Bolloré") {
        foundedYear
        foundedYearValues { value article { title publishedOn } evidence { quote start end } }
        employees { atLeast }
        employeesValues { value { atLeast asOf } article { id } }
      }
    }`);
    const c = data.company;
    expect(c.foundedYear).toBe(1822);
    expect(c.foundedYearValues.map((v) => [v.value, v.article.publishedOn])).toEqual([
      [1822, '2018-07-03'],
      [1861, '2018-07-02'],
    ]);
    expect(c.foundedYearValues[0]?.evidence.map((e) => e.quote)).toEqual([
      'Fondé en 1822, le groupe Bolloré',
    ]);
    const seedText = sources[0]?.text ?? '';
    for (const e of c.foundedYearValues[1]?.evidence ?? [])
      expect([...seedText].slice(e.start, e.end).join('')).toBe(e.quote);
    expect(c.employees.atLeast).toBe(56000);
    expect(c.employeesValues.map((v) => v.value)).toEqual([
      { atLeast: 56000, asOf: '2018-07-03' },
      { atLeast: 50000, asOf: '2018-07-02' },
    ]);
  });

  it('gives a partnership’s dates, scope and amount per article', async () => {
    const data = await api.data<{
      partnership: {
        scope: string;
        scopeValues: { value: string; article: { publishedOn: string } }[];
        signedOnValues: { value: string; article: { publishedOn: string } }[];
        amountValues: { value: { disclosed: boolean }; article: { publishedOn: string } }[];
      };
    }>(`{
      partnership(id: "bollore-alibaba-mou-2018") {
        scope
        scopeValues { value article { publishedOn } }
        signedOnValues { value article { publishedOn } }
        amountValues { value { disclosed } article { publishedOn } }
      }
    }`);
    expect(data.partnership.scopeValues).toEqual([
      { value: data.partnership.scope, article: { publishedOn: '2018-07-02' } },
    ]);
    expect(data.partnership.scope).toBe('WORLDWIDE');
    // Both articles report the agreement (one node): each gives its date and amount, latest first.
    expect(data.partnership.signedOnValues).toEqual([
      { value: '2018-07-02', article: { publishedOn: '2018-07-03' } },
      { value: '2018-07-02', article: { publishedOn: '2018-07-02' } },
    ]);
    expect(data.partnership.amountValues).toEqual([
      { value: { disclosed: false }, article: { publishedOn: '2018-07-03' } },
      { value: { disclosed: false }, article: { publishedOn: '2018-07-02' } },
    ]);
  });
});
