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
    for (const item of [...graph.nodes, ...graph.rels]) {
      expect(Object.values(item.props)).not.toContain(null);
    }
  });

  it('makes the author a person who AUTHORED the article, evidenced by the byline', () => {
    const authored = graph.rels.find((r) => r.type === 'AUTHORED');
    expect(authored?.from).toEqual({ label: 'Person', id: 'jeanne-test' });
    expect(graph.evidence.find((e) => e.claimId === authored?.claimId)?.quote).toBe(
      'Publié le 03-03-2021 par Jeanne Test',
    );
  });

  it('keeps the canonical names of entities the graph already has', () => {
    const resolved = buildArticleGraph(source, {
      id: (_l, id) => id,
      exists: (_l, id) => id === 'alpha',
    }).graph;
    expect(resolved.nodes.find((n) => n.id === 'alpha')?.props).not.toHaveProperty('name');
    expect(resolved.nodes.find((n) => n.id === 'beta')?.props).toMatchObject({ name: 'Beta' });
    expect(resolved.aliases.map((a) => a.key)).toContain('Company:alpha');
  });
});
