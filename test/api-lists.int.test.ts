import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * Lists that grow with the graph (a hub's partners, a sector's companies, an
 * article's quotes) are capped by `first` (100 by default and at most), and a
 * count beside each says how many there are, so no answer is unbounded.
 */
const api = useSeededApi();

const LISTS = `
  fragment Lists on Company {
    partners(first: $first) { company { id } }
    partnerCount
    partnerships(first: $first) { partnership { id } }
    partnershipCount
    mentions(first: $first) { article { id } }
    mentionCount
  }
  query Lists($first: Int) {
    company(id: "bollore") { ...Lists }
    dashboard { companiesByPartners(first: 10) { company { id ...Lists } } }
  }`;

interface CompanyLists {
  partners: unknown[];
  partnerCount: number;
  partnerships: unknown[];
  partnershipCount: number;
  mentions: unknown[];
  mentionCount: number;
}

describe('capped lists and their counts', () => {
  it('count every item, and list them all under the cap', async () => {
    const data = await api.data<{ company: CompanyLists }>(LISTS, { first: 100 });
    const c = data.company;
    expect(c.partnerCount).toBe(1);
    expect(c.partners).toHaveLength(c.partnerCount);
    expect(c.partnerships).toHaveLength(c.partnershipCount);
    expect(c.mentions).toHaveLength(c.mentionCount);
    expect(c.mentionCount).toBe(1);
  });

  it('return the first items only, the same whichever way the company was reached', async () => {
    const data = await api.data<{
      company: CompanyLists;
      dashboard: { companiesByPartners: { company: CompanyLists & { id: string } }[] };
    }>(LISTS, { first: 1 });
    // The dashboard's companies are read by the batched loaders, company's by its planned statement.
    const ranked = data.dashboard.companiesByPartners.find(
      (r) => r.company.id === 'Company:bollore',
    );
    const { id: _id, ...lists } = ranked?.company ?? {};
    expect(lists).toEqual(data.company);
    const article = await api.data<{
      article: { mentions: { node: { id: string } }[]; mentionCount: number };
    }>(
      '{ article(id: "2018-07-02-bollore-alibaba-accord-mondial") { mentions(first: 2) { node { id } } mentionCount } }',
    );
    expect(article.article.mentionCount).toBeGreaterThan(2);
    expect(article.article.mentions).toHaveLength(2);
  });

  it('keep their order when capped: the first of a longer list', async () => {
    const all = await api.data<{
      article: { evidence: { claimId: string }[]; evidenceCount: number };
    }>(
      '{ article(id: "2018-07-02-bollore-alibaba-accord-mondial") { evidence { claimId } evidenceCount } }',
    );
    const three = await api.data<{ article: { evidence: { claimId: string }[] } }>(
      '{ article(id: "2018-07-02-bollore-alibaba-accord-mondial") { evidence(first: 3) { claimId } } }',
    );
    // The seed's article has about a hundred quotes: the default cap (100) may cut it.
    expect(all.article.evidence).toHaveLength(Math.min(all.article.evidenceCount, 100));
    expect(three.article.evidence).toEqual(all.article.evidence.slice(0, 3));
  });

  it('count only what the arguments keep', async () => {
    const data = await api.data<{
      company: { mou: number; jv: number; partnerships: number };
      sector: { core: number; all: number };
    }>(`{
      company(id: "bollore") {
        mou: partnerCount(kinds: [MEMORANDUM_OF_UNDERSTANDING])
        jv: partnerCount(kinds: [JOINT_VENTURE])
        partnerships: partnershipCount(kinds: [JOINT_VENTURE])
      }
      sector(id: "logistics") { core: partnershipCount(focus: CORE) all: partnershipCount }
    }`);
    expect(data.company).toEqual({ mou: 1, jv: 0, partnerships: 0 });
    expect(data.sector.all).toBeGreaterThanOrEqual(data.sector.core);
  });

  it.each([0, 101, -1])('refuse first: %i, naming the argument', async (first) => {
    const result = await api.graphql(LISTS, { first });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('first');
  });
});
