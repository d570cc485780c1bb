import { describe, expect, it } from 'vitest';
import { buildArticleGraph } from '../src/ingest/article-graph.js';
import { articleSource, THREE_PARTY_EXTRACTION, THREE_PARTY_TEXT } from './helpers/article.js';

const source = articleSource(THREE_PARTY_TEXT, THREE_PARTY_EXTRACTION);
const { graph, issues } = buildArticleGraph(source);

describe('the graph of an article', () => {
  it('locates every quote', () => {
    expect(issues.items).toEqual([]);
    for (const e of graph.evidence)
      expect([...THREE_PARTY_TEXT].slice(e.start, e.end).join('')).toBe(e.quote);
  });

  it('links investors to the investee by direct edges, never investors to each other', () => {
    const edges = graph.rels
      .filter((r) => r.type === 'INVESTED_IN')
      .map((r) => `${r.from.id}->${r.to.id}`);
    expect(edges.sort()).toEqual(['alpha->gamma', 'beta->gamma']);
  });

  it('keeps one contribution per beneficiary', () => {
    const contributions = graph.rels.filter((r) => r.type === 'CONTRIBUTES');
    expect(contributions.map((r) => r.props.beneficiaryId).sort()).toEqual(['beta', 'gamma']);
  });

  it('writes no null properties, so it cannot erase what another article says', () => {
    for (const item of [...graph.nodes, ...graph.rels])
      expect(Object.entries(item.props).filter(([, v]) => v === null)).toEqual([]);
  });

  it('makes the author a person who AUTHORED the article, evidenced by the byline', () => {
    const authored = graph.rels.find((r) => r.type === 'AUTHORED');
    expect(authored?.from).toEqual({ label: 'Person', id: 'jeanne-test' });
    expect(graph.evidence.find((e) => e.claimId === authored?.claimId)?.quote).toBe(
      'Publié le 03-03-2021 par Jeanne Test',
    );
  });

  it("keeps what it calls each node on its own MENTIONS edge, never on the node, which takes its earliest report's", () => {
    const mentionOf = (id: string) =>
      graph.rels.find((r) => r.type === 'MENTIONS' && r.to.id === id)?.props;
    expect(mentionOf('logistics')).toMatchObject({
      reportedName: 'logistics',
      reportedName_fr: 'logistique',
    });
    expect(mentionOf('gamma-round')).toHaveProperty('reportedKind');
    for (const n of graph.nodes.filter((n) => n.label !== 'Article'))
      for (const key of ['name', 'name_fr', 'namedBy', 'kind'])
        expect(n.props).not.toHaveProperty(key);
    expect(graph.aliases.map((a) => a.key)).toContain('Company:alpha');
  });

  it('keeps the byline on the AUTHORED edge', () => {
    const authored = graph.rels.find((r) => r.type === 'AUTHORED');
    expect(authored?.props).toEqual({ reportedName: 'Jeanne Test' });
  });

  it('refuses a quote found only in the site boilerplate after the article', () => {
    const text = `${THREE_PARTY_TEXT}\n\nLes dernières actualités\n\nDelta rachète Epsilon`;
    const extraction = structuredClone(THREE_PARTY_EXTRACTION);
    extraction.companies[0] = { id: 'alpha', name: 'Alpha', evidence: 'Delta rachète' };
    const { issues: found } = buildArticleGraph(articleSource(text, extraction));
    expect(found.items).toEqual([
      {
        path: ['companies', 0, 'evidence'],
        message: expect.stringMatching(/^quote is in the site's boilerplate after the article/),
      },
    ]);
  });
});
