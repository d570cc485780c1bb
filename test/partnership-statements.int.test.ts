import { describe, expect, it } from 'vitest';
import { LoadRejectedError, readArticles } from '../src/ingest/loader.js';
import { useSeededApi } from './helpers/api.js';
import { copyOf, edit, SEED_STEM } from './helpers/seed-copies.js';

/**
 * What was said about a deal, by whom, through the API. The seed and the
 * other-angle article report one agreement, which holds what both say; the
 * drafting articles add three other deals with statements of their own.
 */
const OTHER_ANGLE = 'test/fixtures/other-angle';
const api = useSeededApi(['seeds', OTHER_ANGLE, 'test/fixtures/drafting']);

interface Statements {
  partnership: {
    statements: {
      quote: string;
      byParties: boolean;
      speaker: { __typename: string; name: string } | null;
      speakers: { __typename: string; name: string }[];
      evidence: { quote: string; start: number; end: number; article: { key: string } };
    }[];
  };
}
const QUERY = `query ($id: ID!) {
  partnership(id: $id) {
    statements {
      quote byParties
      speaker { __typename ... on Person { name } ... on Company { name } }
      speakers { __typename ... on Person { name } ... on Company { name } }
      evidence { quote start end article { key } }
    }
  }
}`;
const textOf = (dir: string, id: string) => [
  ...(readArticles(dir).find((s) => s.id === id)?.text ?? ''),
];

describe('Partnership.statements', () => {
  it('gives what the parties said together in the seed, with its place in the text', async () => {
    const data = await api.data<Statements>(QUERY, { id: 'bollore-alibaba-mou-2018' });
    const [statement, ...others] = data.partnership.statements.filter((s) => s.byParties);
    expect(others).toEqual([]);
    // The article's own words: its no-break spaces are kept.
    expect(statement?.quote).toBe('«\u00a0particulièrement prometteurs\u00a0»');
    expect(statement?.byParties).toBe(true);
    expect(statement?.speaker).toBeNull();
    expect(statement?.speakers.map((s) => s.name).sort()).toEqual(['Alibaba', 'Bolloré']);
    const text = textOf('seeds', SEED_STEM);
    const e = statement?.evidence;
    expect(e?.article.key).toBe(SEED_STEM);
    expect(text.slice(e?.start, e?.end).join('')).toBe(statement?.quote);
  });

  it('gives each person’s words in the other-angle article, on the agreement it reports', async () => {
    // The article's own id for the agreement is an alias of the merged one.
    const data = await api.data<Statements>(QUERY, {
      id: 'bollore-logistics-alibaba-alliance-2018',
    });
    const text = textOf(OTHER_ANGLE, '2018-07-03-bollore-logistics-alibaba-alliance');
    const said = data.partnership.statements.filter(
      (s) => s.evidence.article.key === '2018-07-03-bollore-logistics-alibaba-alliance',
    );
    expect(data.partnership.statements).toHaveLength(said.length + 1);
    expect(said.map((s) => [s.speaker?.__typename, s.speaker?.name, s.quote])).toEqual([
      [
        'Person',
        'Cyrille Bolloré',
        '« Cette alliance ouvre de nouvelles routes commerciales à nos clients »',
      ],
      ['Person', 'Daniel Zhang', '« renforcera le commerce électronique transfrontalier »'],
    ]);
    for (const s of said) {
      expect(s.byParties).toBe(false);
      expect(s.speakers).toEqual([s.speaker]);
      expect(text.slice(s.evidence.start, s.evidence.end).join('')).toBe(s.quote);
    }
  });

  it('reads the statements of every partnership of a page together, not one query per partnership', async () => {
    const query = `{ partnerships(first: 10) { nodes { key statements { quote speakers { __typename } } } } }`;
    let keys: string[] = [];
    const calls = await api.countCalls(async () => {
      const data = await api.data<{ partnerships: { nodes: { key: string }[] } }>(query);
      keys = data.partnerships.nodes.map((p) => p.key);
    });
    expect(keys).toHaveLength(4);
    // The page and the statements of all its partnerships, in one statement.
    expect(calls.statements).toBe(1);
  });

  it('answers the same planned and through the loaders, speakers, quotes and values of both articles', async () => {
    const reads = `id
      statements { quote byParties speakers { __typename ... on Person { name } ... on Company { name } } evidence { start article { key } fact { id } } }
      signedOnValues { value article { key } evidence { quote } }`;
    const planned = await api.data<{ partnership: { id: string; statements: unknown[] } }>(
      `{ partnership(id: "bollore-alibaba-mou-2018") { ${reads} } }`,
    );
    // Below the dashboard no plan reaches: the loaders read.
    const ranked = await api.data<{
      dashboard: {
        companiesByPartners: { company: { partnerships: { partnership: { id: string } }[] } }[];
      };
    }>(
      `{ dashboard { companiesByPartners(first: 20) { company { partnerships { partnership { ${reads} } } } } } }`,
    );
    const loaded = ranked.dashboard.companiesByPartners
      .flatMap((r) => r.company.partnerships)
      .find((p) => p.partnership.id === planned.partnership.id);
    expect(planned.partnership.statements.length).toBeGreaterThan(1);
    expect(loaded?.partnership).toEqual(planned.partnership);
  });

  it('refuses a file whose statement names an undeclared speaker, saying where', () => {
    const dir = copyOf('seeds');
    edit(dir, `${SEED_STEM}.yaml`, '- by: PARTIES', '- by: jack-ma');
    let error: unknown;
    try {
      readArticles(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LoadRejectedError);
    expect((error as Error).message).toMatch(
      /\.yaml:\d+:\d+ partnerships\[0\]\.statements\[0\]\.by: unknown speaker "jack-ma": declare them under people or companies/,
    );
  });
});

describe('partners read without their ids', () => {
  it('tells the direction and the partner of a directed agreement alike whether the partner’s id is asked or not', async () => {
    // Asked for its name only, the partner is read without its id; the
    // direction and which end is the partner come from the company asked about.
    type Partners = {
      company: { partners: { kind: string; direction: string; company: Record<string, string> }[] };
    };
    const ask = (id: string, companyFields: string) =>
      api.data<Partners>(
        `{ company(id: "${id}") { partners(kinds: [ACQUISITION]) { kind direction company { ${companyFields} } } } }`,
      );
    const acquirer = await ask('halvard-systems', 'name');
    const target = await ask('brightline-robotics', 'name');
    expect(acquirer.company.partners).toEqual([
      { kind: 'ACQUISITION', direction: 'OUTGOING', company: { name: 'Brightline Robotics' } },
    ]);
    expect(target.company.partners).toEqual([
      { kind: 'ACQUISITION', direction: 'INCOMING', company: { name: 'Halvard Systems' } },
    ]);
    const withIds = await ask('brightline-robotics', 'id name');
    expect(withIds.company.partners).toEqual([
      {
        kind: 'ACQUISITION',
        direction: 'INCOMING',
        company: { id: 'Company:halvard-systems', name: 'Halvard Systems' },
      },
    ]);
  });
});
