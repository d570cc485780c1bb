import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/** "The dashboard, for my sectors and markets": partnership aggregates narrowed. */
const api = useSeededApi();

interface Dashboard {
  counts: { kind: string; count: number }[];
  partnershipsByKind: { kind: string; count: number }[];
  partnershipsByYear: { year: number | null; count: number }[];
  partnershipsBySector: { sector: { key: string }; count: number }[];
  partnershipsByMarket: { place: { key: string }; count: number }[];
  companiesByPartners: { company: { key: string }; partners: number }[];
}
const DASHBOARD = `query ($sectors: [ID!], $markets: [ID!]) {
  dashboard(sectors: $sectors, markets: $markets) {
    counts { kind count }
    partnershipsByKind { kind count }
    partnershipsByYear { year count }
    partnershipsBySector(focus: CORE) { sector { key } count }
    partnershipsByMarket { place { key } count }
    companiesByPartners { company { key } partners }
  }
}`;
const dashboard = async (variables: Record<string, unknown>) =>
  (await api.data<{ dashboard: Dashboard }>(DASHBOARD, variables)).dashboard;

describe('the dashboard for some sectors and markets', () => {
  it('counts the memorandum for sectors and markets it covers and targets', async () => {
    const all = await dashboard({});
    const mine = await dashboard({
      sectors: ['cloud-computing', 'freight'],
      markets: ['Place:china'],
    });
    expect(mine.partnershipsByKind).toEqual([{ kind: 'MEMORANDUM_OF_UNDERSTANDING', count: 1 }]);
    expect(mine).toEqual(all);
    expect(mine.partnershipsByYear).toEqual([{ year: 2018, count: 1 }]);
    expect(mine.companiesByPartners.map((c) => c.company.key).sort()).toEqual([
      'alibaba',
      'bollore',
    ]);
  });

  it('counts nothing for a sector or a market the memorandum is not about, but still counts nodes', async () => {
    const all = await dashboard({});
    for (const variables of [{ sectors: ['online-retail'] }, { markets: ['south-america'] }]) {
      const none = await dashboard(variables);
      expect(none.partnershipsByKind, JSON.stringify(variables)).toEqual([]);
      expect(none.partnershipsByYear).toEqual([]);
      expect(none.partnershipsBySector).toEqual([]);
      expect(none.partnershipsByMarket).toEqual([]);
      expect(none.companiesByPartners).toEqual([]);
      expect(none.counts).toEqual(all.counts);
    }
  });

  it('refuses an id of another type or an empty list', async () => {
    for (const [variables, argument] of [
      [{ sectors: ['Company:bollore'] }, 'sectors'],
      [{ markets: [] }, 'markets'],
    ] as const) {
      const result = await api.graphql(DASHBOARD, variables);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
