import { describe, expect, it } from 'vitest';
import type { ArticleGraph } from '../src/graph/model.js';
import { graphStatements, lockArticles, withdrawalStatements } from '../src/neo4j/batch-writes.js';

const company = (id: string) => ({ label: 'Company' as const, id });
const article = (id: string) => ({ label: 'Article' as const, id });

/** Two articles that both write Alpha, its alias and the same ACTIVE_IN claim. */
const graphs: ArticleGraph[] = ['a1', 'a2'].map(
  (articleId, i): ArticleGraph => ({
    articleId,
    nodes: [
      { ...article(articleId), props: { title: `Title ${i}` } },
      {
        ...company('alpha'),
        props: { foundedYear: 1900 + i, ...(i === 0 ? { name: 'Alpha' } : {}) },
      },
      { label: 'Sector', id: 'energy', props: {} },
    ],
    rels: [
      {
        type: 'ACTIVE_IN',
        from: company('alpha'),
        to: { label: 'Sector', id: 'energy' },
        claimId: 'ACTIVE_IN:alpha->energy',
        props: i === 0 ? { rank: 1 } : { rankAtMost: 3 },
      },
    ],
    evidence: [
      {
        id: `e${i}`,
        claimId: 'ACTIVE_IN:alpha->energy',
        subject: company('alpha'),
        predicate: 'ACTIVE_IN',
        properties: [],
        values: {},
        relationship: 'ACTIVE_IN:alpha->energy',
        quote: 'Alpha',
        start: 0,
        end: 5,
        section: null,
      },
    ],
    aliases: [
      { key: 'Company:alpha', text: i === 0 ? 'Alpha' : 'ALPHA', entity: company('alpha') },
    ],
  }),
);

describe('the statements of a batch', () => {
  const statements = graphStatements(graphs, ['Person:jane']);
  const find = (text: string) => statements.filter((s) => s.cypher.includes(text));

  it('write each label and relationship type once for the whole batch, articles first', () => {
    expect(statements[0]?.cypher).toContain('MERGE (n:Article');
    expect(find('MERGE (n:Company')).toHaveLength(1);
    expect(find('[r:ACTIVE_IN')).toHaveLength(1);
    expect(find('MERGE (e:Evidence')).toHaveLength(1);
    expect(statements.every((s) => !/\b(alpha|energy|a1|a2)\b/.test(s.cypher))).toBe(true);
  });

  it('merge what several articles write to one node or relationship in article order', () => {
    expect(find('MERGE (n:Company')[0]?.params?.rows).toEqual([
      { id: 'alpha', props: { foundedYear: 1901, name: 'Alpha' } },
    ]);
    expect(find('[r:ACTIVE_IN')[0]?.params?.rows).toEqual([
      {
        from: 'alpha',
        to: 'energy',
        claimId: 'ACTIVE_IN:alpha->energy',
        props: { rank: 1, rankAtMost: 3 },
      },
    ]);
  });

  it('give each alias with every article that gives it, the first text creating it', () => {
    expect(find('MERGE (a:Alias')[0]?.params?.rows).toEqual([
      { key: 'Company:alpha', text: 'Alpha', entityId: 'alpha', articles: ['a1', 'a2'] },
    ]);
  });

  it('recompute the names of every entity whose aliases changed', () => {
    const ids = (label: string) =>
      statements.find((s) => s.cypher.includes('SET n.names') && s.cypher.includes(`(n:${label} `))
        ?.params?.ids;
    expect(ids('Company')).toEqual(['alpha']);
    expect(ids('Person')).toEqual(['jane']);
  });

  it('tie each quote to its own article', () => {
    const rows = find('MERGE (e:Evidence')[0]?.params?.rows as {
      articleId: string;
      props: { articleId: string };
    }[];
    expect(rows.map((r) => [r.articleId, r.props.articleId])).toEqual([
      ['a1', 'a1'],
      ['a2', 'a2'],
    ]);
  });
});

describe('withdrawals', () => {
  it('are nothing when no article is reloaded', () => {
    expect(withdrawalStatements([])).toEqual([]);
  });

  it('take every reloaded article off its aliases, then delete what nothing supports', () => {
    const statements = withdrawalStatements([
      {
        articleId: 'x',
        aliasKeys: ['Company:alpha'],
        deleteAliases: ['Company:old'],
        clearNodes: [{ node: 'Company:alpha', properties: ['foundedYear'] }],
        clearRelationships: [{ type: 'ACTIVE_IN', claimId: 'c1', properties: ['rank'] }],
        deleteRelationships: [{ type: 'LEADS', claimId: 'c2' }],
        deleteNodes: ['Sector:energy'],
        refresh: [],
      },
      {
        articleId: 'y',
        aliasKeys: ['Company:alpha'],
        deleteAliases: [],
        clearNodes: [{ node: 'Company:alpha', properties: ['employeesExact'] }],
        clearRelationships: [],
        deleteRelationships: [{ type: 'LEADS', claimId: 'c3' }],
        deleteNodes: [],
        refresh: [],
      },
    ]);
    expect(statements.map((s) => s.cypher.trim().split('\n').at(-1))).toEqual([
      'SET l.articles = [a IN coalesce(l.articles, []) WHERE NOT a IN row.articleIds]',
      'UNWIND $keys AS key MATCH (a:Alias {key: key}) DETACH DELETE a',
      'MATCH (e:Evidence) WHERE e.articleId IN $articleIds DETACH DELETE e',
      'UNWIND $rows AS row MATCH (n:Company {id: row.id}) SET n += row.nulls',
      'UNWIND $rows AS row MATCH ()-[r:ACTIVE_IN {claimId: row.claimId}]->() SET r += row.nulls',
      'UNWIND $claimIds AS claimId MATCH ()-[r:LEADS {claimId: claimId}]->() DELETE r',
      'DETACH DELETE n',
    ]);
    expect(statements[0]?.params?.rows).toEqual([{ key: 'Company:alpha', articleIds: ['x', 'y'] }]);
    expect(statements[3]?.params?.rows).toEqual([
      { id: 'alpha', nulls: { foundedYear: null, employeesExact: null } },
    ]);
    expect(statements[5]?.params?.claimIds).toEqual(['c2', 'c3']);
  });

  it('refuse a node key outside the vocabulary', () => {
    expect(() =>
      withdrawalStatements([
        {
          articleId: 'x',
          aliasKeys: [],
          deleteAliases: [],
          clearNodes: [],
          clearRelationships: [],
          deleteRelationships: [],
          deleteNodes: ['Bogus:1'],
          refresh: [],
        },
      ]),
    ).toThrow('not a node key of an entity or partnership: Bogus:1');
  });
});

describe('locking the articles of a batch', () => {
  it('locks in id order, so two loaders cannot deadlock on them', () => {
    expect(lockArticles(['b', 'c', 'a']).params?.ids).toEqual(['a', 'b', 'c']);
  });
});
