import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * With a second article on the same agreement (a fictional follow-up that
 * names the companies differently), answers gather the evidence of both, and
 * lists page through both in a stable order.
 */
const api = useSeededApi(['seeds', 'test/fixtures/follow-up']);

describe('a claim made by two articles', () => {
  it('has one partnership with both articles as sources, and parties quoted by both', async () => {
    const { partnership } = await api.data<{
      partnership: {
        sources: { article: { key: string } }[];
        parties: { company: { key: string }; evidence: { article: { key: string } }[] }[];
      };
    }>(`{
      partnership(id: "bollore-alibaba-mou-2018") {
        sources { article { key } }
        parties { company { key } evidence { article { key } } }
      }
    }`);
    expect(partnership.sources.map((s) => s.article.key).sort()).toEqual([
      '2018-07-02-bollore-alibaba-accord-mondial',
      '2018-09-15-test-suivi',
    ]);
    expect(partnership.parties.map((p) => p.company.key).sort()).toEqual(['alibaba', 'bollore']);
    for (const party of partnership.parties) {
      expect(new Set(party.evidence.map((e) => e.article.key)).size).toBe(2);
    }
  });

  it('finds the company by the name the second article uses', async () => {
    const { company } = await api.data<{ company: { key: string; aliases: string[] } }>(
      '{ company(name: "le groupe bollore") { key aliases } }',
    );
    expect(company.key).toBe('bollore');
    expect(company.aliases).toContain('le groupe Bolloré');
  });
});

describe('pages', () => {
  it('list articles newest first, one page at a time, without gaps or repeats', async () => {
    type Page = {
      articles: {
        totalCount: number;
        edges: { cursor: string; node: { key: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const query = `query ($after: String) {
      articles(first: 1, after: $after) {
        totalCount edges { cursor node { key } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const first = await api.data<Page>(query);
    expect(first.articles.totalCount).toBe(2);
    expect(first.articles.edges.map((e) => e.node.key)).toEqual(['2018-09-15-test-suivi']);
    expect(first.articles.pageInfo.hasNextPage).toBe(true);
    const second = await api.data<Page>(query, { after: first.articles.pageInfo.endCursor });
    expect(second.articles.edges.map((e) => e.node.key)).toEqual([
      '2018-07-02-bollore-alibaba-accord-mondial',
    ]);
    expect(second.articles.pageInfo.hasNextPage).toBe(false);
    const third = await api.data<Page>(query, { after: second.articles.pageInfo.endCursor });
    expect(third.articles.edges).toEqual([]);
    expect(third.articles.totalCount).toBe(2);
  });

  it('walk all sectors in name order in pages of five', async () => {
    const keys: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const {
        sectors,
      }: {
        sectors: {
          nodes: { key: string; name: string }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await api.data(
        'query ($after: String) { sectors(first: 5, after: $after) { nodes { key name } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      keys.push(...sectors.nodes.map((n) => n.name.toLowerCase()));
      if (!sectors.pageInfo.hasNextPage) break;
      after = sectors.pageInfo.endCursor;
    }
    expect(keys).toHaveLength(16);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(16);
  });
});
