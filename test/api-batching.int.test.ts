import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * A request's selection is compiled into one Cypher statement per root field
 * (schema/selection-plan.ts): however deep the query and however many rows
 * each level has, one round trip to Neo4j per root field, in one session.
 */
const api = useSeededApi();

/** Partners of partners, their sectors, people and evidence: five levels below the root. */
const NESTED = `{
  companies(first: 10) {
    nodes {
      name
      sectors { sector { name } evidence { quote article { title author { name } } } }
      partners {
        company {
          name
          people { person { name } evidence { quote } }
          partners { company { name sectors { sector { name } } } evidence { quote } }
        }
        partnership { name parties { company { name } role } }
        evidence { quote }
      }
    }
  }
}`;

interface Nested {
  companies: { nodes: { name: string; partners: { company: { name: string } }[] }[] };
}

/** A partnership's statements, stated values and the facts its quotes support. */
const PARTNERSHIP_READS = `
  id
  statements {
    quote byParties
    speaker { __typename ... on Person { name } ... on Company { name } }
    speakers { __typename ... on Company { id name } ... on Person { id name } }
    evidence { quote start article { title } fact { id relationship source target } }
  }
  signedOnValues { value article { id title publishedOn } evidence { quote start article { id } fact { id } } }
  amountValues { value { disclosed } article { id } }
  parties { company { name } evidence { claimId fact { id relationship source target properties } } }
`;

interface FullPartnership {
  id: string;
  statements: {
    quote: string;
    byParties: boolean;
    speaker: { __typename: string; name: string } | null;
    speakers: { __typename: string; name: string }[];
    evidence: { quote: string; article: { title: string }; fact: { id: string } | null };
  }[];
  signedOnValues: {
    value: string;
    article: { id: string; publishedOn: string };
    evidence: { article: { id: string }; fact: { id: string } | null }[];
  }[];
  amountValues: { value: { disclosed: boolean }; article: { id: string } }[];
  parties: { evidence: { claimId: string; fact: Record<string, unknown> | null }[] }[];
}

describe('one statement per root field', () => {
  it('answers the most nested query in one statement and one session', async () => {
    let data: Nested | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data<Nested>(NESTED);
    });
    // The query really fans out: three companies, partners with partners of their own.
    expect(data?.companies.nodes.map((c) => c.name)).toEqual([
      'Alibaba',
      'Alibaba Cloud',
      'Bolloré',
    ]);
    expect(data?.companies.nodes.filter((c) => c.partners.length > 0)).toHaveLength(2);
    expect(calls).toEqual({ statements: 1, sessions: 1 });
  });

  it('costs one statement for one company as for all', async () => {
    const one = await api.countCalls(() => api.data(NESTED.replace('first: 10', 'first: 1')));
    const all = await api.countCalls(() => api.data(NESTED));
    expect(one.statements).toBe(1);
    expect(all.statements).toBe(1);
  });

  it('runs one statement per root field, node and nodes included', async () => {
    let data: Record<string, unknown> | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data(`{
        a: company(id: "bollore") { name }
        b: company(name: "Alibaba Group") { name partners { company { name } } }
        c: node(id: "Company:bollore") { id ... on Company { partners { company { name } } } }
        d: nodes(ids: ["Company:alibaba", "Person:vincent-bollore", "Company:nope"]) {
          id
          ... on Person { roles { company { name } } }
        }
      }`);
    });
    expect(data).toEqual({
      a: { name: 'Bolloré' },
      b: { name: 'Alibaba', partners: [{ company: { name: 'Bolloré' } }] },
      c: { id: 'Company:bollore', partners: [{ company: { name: 'Alibaba' } }] },
      d: [
        { id: 'Company:alibaba' },
        { id: 'Person:vincent-bollore', roles: [{ company: { name: 'Bolloré' } }] },
        null,
      ],
    });
    // a, b, c and one per type of d (Company, Person).
    expect(calls.statements).toBe(5);
  });

  it('reads the dashboard aggregates asked for in one statement, the company ranking in a second beside it', async () => {
    let data: { dashboard: Record<string, unknown[]> } | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data(`{
        dashboard {
          counts { kind count }
          partnershipsByKind { kind count }
          partnershipsByYear { year count }
          core: partnershipsBySector(focus: CORE, first: 3) { sector { name } count }
          all: partnershipsBySector { sector { name } count }
          partnershipsByMarket(first: 2) { place { name } count }
          companiesByPartners(first: 2) { company { name } partners partnerships }
        }
      }`);
    });
    expect(calls.statements).toBe(2);
    expect(data?.dashboard.partnershipsByKind).toEqual([
      { kind: 'MEMORANDUM_OF_UNDERSTANDING', count: 1 },
    ]);
    expect(data?.dashboard.core?.length).toBeLessThanOrEqual(3);
    expect(data?.dashboard.all?.length).toBeGreaterThanOrEqual(data?.dashboard.core?.length ?? 0);
    expect(data?.dashboard.companiesByPartners).toHaveLength(2);
    const light = await api.countCalls(() =>
      api.data('{ dashboard { counts { kind count } partnershipsByKind { kind count } } }'),
    );
    expect(light.statements).toBe(1);
    const ranking = await api.countCalls(() =>
      api.data('{ dashboard { companiesByPartners(first: 2) { partners } } }'),
    );
    expect(ranking.statements).toBe(1);
  });

  it('answers the same where no plan reaches: below the dashboard, the loaders read', async () => {
    const planned = await api.data<{ company: { id: string; partners: unknown[] } }>(
      '{ company(id: "bollore") { id partners { kind company { name sectors { sector { name } } } } } }',
    );
    const ranked = await api.data<{
      dashboard: { companiesByPartners: { company: { id: string; partners: unknown[] } }[] };
    }>(
      '{ dashboard { companiesByPartners(first: 10) { company { id partners { kind company { name sectors { sector { name } } } } } } } }',
    );
    const bollore = ranked.dashboard.companiesByPartners.find(
      (r) => r.company.id === 'Company:bollore',
    );
    expect(bollore?.company).toEqual(planned.company);
    expect(planned.company.partners).toHaveLength(1);
  });

  it('reads statements, stated values and the facts of evidence in the root field’s statement', async () => {
    let data: { partnership: FullPartnership } | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data<{ partnership: FullPartnership }>(
        `{ partnership(id: "bollore-alibaba-mou-2018") { ${PARTNERSHIP_READS} } }`,
      );
    });
    expect(calls).toEqual({ statements: 1, sessions: 1 });
    const p = data?.partnership as FullPartnership;
    // The seed's one statement: the parties said it together; its quote supports no relationship.
    expect(p.statements).toHaveLength(1);
    const [said] = p.statements;
    expect(said?.byParties).toBe(true);
    expect(said?.speaker).toBeNull();
    expect(said?.speakers.map((s) => [s.__typename, s.name]).sort()).toEqual([
      ['Company', 'Alibaba'],
      ['Company', 'Bolloré'],
    ]);
    expect(said?.evidence.quote).toBe(said?.quote);
    expect(said?.evidence.article.title).toMatch(/Bolloré/);
    expect(said?.evidence.fact).toBeNull();
    // Each value with its article and quotes; a property quote supports no relationship.
    expect(p.signedOnValues.map((v) => [v.value, v.article.publishedOn])).toEqual([
      ['2018-07-02', '2018-07-02'],
    ]);
    expect(p.signedOnValues[0]?.evidence.length).toBeGreaterThan(0);
    for (const e of p.signedOnValues[0]?.evidence ?? []) {
      expect(e.article.id).toBe(p.signedOnValues[0]?.article.id);
      expect(e.fact).toBeNull();
    }
    expect(p.amountValues).toEqual([
      { value: { disclosed: false }, article: { id: p.signedOnValues[0]?.article.id } },
    ]);
    // Every quote of a party gives its PARTY_TO edge, drawn as graph views draw it.
    const quotes = p.parties.flatMap((party) => party.evidence);
    expect(quotes.length).toBeGreaterThan(0);
    for (const e of quotes) {
      expect(e.fact).toMatchObject({
        id: e.claimId,
        relationship: 'PARTY_TO',
        target: 'Partnership:bollore-alibaba-mou-2018',
        properties: { claimId: e.claimId },
      });
    }
  });

  it('reads a company’s values and an article’s evidence facts in one statement each', async () => {
    let data: Record<string, unknown> | undefined;
    const calls = await api.countCalls(async () => {
      data = await api.data(`{
        company(id: "bollore") {
          foundedYearValues { value article { title } evidence { quote fact { id } } }
          employeesValues { value { atLeast } article { id } }
        }
        article(id: "2018-07-02-bollore-alibaba-accord-mondial") {
          evidence { claimId fact { id relationship source } }
        }
      }`);
    });
    expect(calls.statements).toBe(2);
    const { company, article } = data as {
      company: { foundedYearValues: { value: number; evidence: { fact: null }[] }[] };
      article: { evidence: { claimId: string; fact: { id: string } | null }[] };
    };
    expect(company.foundedYearValues.map((v) => v.value)).toEqual([1861]);
    expect(company.foundedYearValues[0]?.evidence.map((e) => e.fact)).toEqual([null]);
    const withFacts = article.evidence.filter((e) => e.fact !== null);
    expect(withFacts.length).toBeGreaterThan(0);
    for (const e of withFacts) expect(e.fact?.id).toBe(e.claimId.split('#')[0]);
  });

  it('answers the same for statements, values and evidence facts where no plan reaches', async () => {
    const planned = await api.data<{ partnership: FullPartnership }>(
      `{ partnership(id: "bollore-alibaba-mou-2018") { ${PARTNERSHIP_READS} } }`,
    );
    // Below the dashboard, nothing is planned: every field reads through its loader.
    let ranked:
      | { dashboard: { companiesByPartners: { company: { partnerships: unknown[] } }[] } }
      | undefined;
    const calls = await api.countCalls(async () => {
      ranked = await api.data(
        `{ dashboard { companiesByPartners(first: 10) { company { partnerships { partnership { ${PARTNERSHIP_READS} } } } } } }`,
      );
    });
    const loaded = ranked?.dashboard.companiesByPartners
      .flatMap((r) => r.company.partnerships as { partnership: FullPartnership }[])
      .find((p) => p.partnership.id === planned.partnership.id);
    expect(loaded?.partnership).toEqual(planned.partnership);
    expect(calls.statements).toBeGreaterThan(1);
  });

  it('answers the same for lists that share one expansion as where each list reads alone', async () => {
    // Planned, a partnership's parties, domains, markets and projects are one
    // walk of its relationships, as are a company's countries, headquarters
    // and parents (projection.ts's sharedExpansions); below the dashboard
    // each list reads through its own loader.
    const lists = `parties { company { id } role } domains { sector { id } focus }
      markets { place { id } } projects { project { id } }`;
    const companyLists = `countries { place { id } } headquarters { place { id } }
      parents { parent { id } kind } subsidiaries { subsidiary { id } }
      people { person { id } role } sectors { sector { id } }`;
    const planned = await api.data<{
      partnership: Record<string, unknown[]>;
      company: Record<string, unknown>;
    }>(
      `{ partnership(id: "bollore-alibaba-mou-2018") { ${lists} }
         company(id: "bollore") { id ${companyLists} } }`,
    );
    const ranked = await api.data<{
      dashboard: {
        companiesByPartners: {
          company: Record<string, unknown> & { partnerships: { partnership: unknown }[] };
        }[];
      };
    }>(
      `{ dashboard { companiesByPartners(first: 10) { company { id ${companyLists}
         partnerships { partnership { id ${lists} } } } } } }`,
    );
    const bollore = ranked.dashboard.companiesByPartners.find(
      (r) => r.company.id === 'Company:bollore',
    )?.company;
    const { partnerships, ...loadedCompany } = bollore ?? { partnerships: [] };
    expect(loadedCompany).toEqual(planned.company);
    const deal = partnerships
      .map((p) => p.partnership as Record<string, unknown>)
      .find((p) => p.id === 'Partnership:bollore-alibaba-mou-2018');
    const { id: _id, ...loadedDeal } = deal ?? {};
    expect(loadedDeal).toEqual(planned.partnership);
    // Something to compare: the seed's deal has parties, domains and markets.
    for (const list of ['parties', 'domains', 'markets'])
      expect(planned.partnership[list]?.length).toBeGreaterThan(0);
  });

  it('reuses a compiled plan for other variable values without mixing their answers', async () => {
    const query = `query Partners($kinds: [PartnershipKind!], $withSectors: Boolean!) {
      company(id: "bollore") {
        partners(kinds: $kinds) { company { name sectors @include(if: $withSectors) { sector { id } } } }
      }
    }`;
    type Answer = { company: { partners: { company: { name: string; sectors?: unknown[] } }[] } };
    const mou = await api.data<Answer>(query, {
      kinds: ['MEMORANDUM_OF_UNDERSTANDING'],
      withSectors: false,
    });
    const jv = await api.data<Answer>(query, { kinds: ['JOINT_VENTURE'], withSectors: false });
    const all = await api.data<Answer>(query, { kinds: null, withSectors: true });
    expect(mou.company.partners).toEqual([{ company: { name: 'Alibaba' } }]);
    expect(jv.company.partners).toEqual([]);
    expect(all.company.partners[0]?.company.name).toBe('Alibaba');
    expect(all.company.partners[0]?.company.sectors?.length).toBeGreaterThan(0);
  });

  it('keeps apart one field asked with different arguments under nodes and edges', async () => {
    const data = await api.data<{
      companies: {
        nodes: { partners: unknown[] }[];
        edges: { node: { partners: unknown[] } }[];
      };
    }>(`{
      companies(first: 10, filter: { name: "bollore" }) {
        nodes { partners(kinds: [JOINT_VENTURE]) { kind } }
        edges { node { partners { kind } } }
      }
    }`);
    expect(data.companies.nodes).toEqual([{ partners: [] }]);
    expect(data.companies.edges).toEqual([
      { node: { partners: [{ kind: 'MEMORANDUM_OF_UNDERSTANDING' }] } },
    ]);
  });
});
