import { describe, expect, it } from 'vitest';
import { CalendarDate } from '../src/graph/calendar-date.js';
import {
  companiesByPartners,
  countsByLabel,
  dashboardStatements,
  partnershipsByKind,
} from '../src/neo4j/reads/dashboard.js';
import { factsOf } from '../src/neo4j/reads/facts.js';
import { pathsBetween } from '../src/neo4j/reads/graph-view.js';
import { entityByName } from '../src/neo4j/reads/nodes.js';
import { companiesPage, partnershipsPage } from '../src/neo4j/reads/pages.js';
import { luceneQuery } from '../src/neo4j/reads/search.js';

/** The Cypher builders, apart from the database: input only ever travels as parameters. */
const HOSTILE = "x' }) DETACH DELETE n //";

describe('Cypher builders', () => {
  it('keep filter values out of the Cypher text', () => {
    const statement = partnershipsPage(
      {
        kinds: ['JOINT_VENTURE'],
        partyIds: [HOSTILE],
        sectorIds: [HOSTILE],
        marketIds: [HOSTILE],
        signedFrom: CalendarDate.parseIso('2018-01-01'),
        signedTo: CalendarDate.parseIso('2018-12-31'),
      },
      { first: 10, after: [HOSTILE, HOSTILE] },
    );
    expect(statement.cypher).not.toContain(HOSTILE);
    expect(statement.cypher).not.toContain('JOINT_VENTURE');
    expect(statement.params).toMatchObject({
      partyIds: [HOSTILE],
      limit: 11,
      after: [HOSTILE, HOSTILE],
    });
    expect(statement.cypher).toContain('n.kind IN $kinds');
    expect(statement.cypher).toContain('n.signedOn >= $signedFrom');
  });

  it('page after a cursor in sort order, newest first then by id', () => {
    const { cypher } = partnershipsPage({}, { first: 5, after: ['2018-07-02', 'b'] });
    expect(cypher).toContain(
      "((coalesce(toString(n.signedOn), '') < $after[0]) OR (coalesce(toString(n.signedOn), '') = $after[0] AND n.id > $after[1]))",
    );
    expect(cypher).toMatch(/ORDER BY s0 DESC, s1\n/);
  });

  it('leave the keyset out of a first page', () => {
    expect(companiesPage({}, { first: 5 }).cypher).toContain('WITH n WHERE true');
  });

  it('match names through folded alias keys', () => {
    expect(entityByName('Company', 'ALIBABA Group').params).toEqual({
      key: 'Company:alibaba group',
    });
    expect(companiesPage({ name: 'Bolloré' }, { first: 1 }).params).toMatchObject({
      nameFolded: 'bollore',
      aliasPrefixLength: 'Company:'.length,
    });
  });

  it('read facts by the anchor label only, in the direction asked', () => {
    // The types only ever join a person to a company: the other end's label goes unchecked.
    const pattern = { types: ['LEADS', 'FOUNDED'], from: 'Person', to: 'Company' } as const;
    expect(factsOf(pattern, 'from', ['a']).cypher).toContain(
      'MATCH (n:Person {id: key})-[r:LEADS|FOUNDED]->(m)',
    );
    expect(factsOf(pattern, 'to', ['a']).cypher).toContain(
      'MATCH (n:Company {id: key})<-[r:LEADS|FOUNDED]-(m)',
    );
    // A statement may be a person's or a company's: there the label is checked.
    const stated = { types: ['STATED'], from: 'Person', to: 'Partnership' } as const;
    expect(factsOf(stated, 'to', ['a']).cypher).toContain(
      'MATCH (n:Partnership {id: key})<-[r:STATED]-(m:Person)',
    );
    expect(() => factsOf(pattern, 'either', ['a'])).toThrow(/one label on both ends/);
  });

  it('bound paths by a quantifier from a closed table, and check labels between the ends only', () => {
    const statement = pathsBetween(
      { label: 'Person', id: HOSTILE },
      { label: 'Company', id: 'alibaba-cloud' },
      2,
      ['LEADS'],
      ['Company'],
      3,
    );
    expect(statement.cypher).toContain('{1,2}(b)');
    expect(statement.cypher).not.toContain(HOSTILE);
    expect(statement.params).toEqual({
      fromId: HOSTILE,
      toId: 'alibaba-cloud',
      first: 3,
      labels: ['Company'],
    });
    expect(statement.cypher).toContain('(()-[:LEADS]-(x) WHERE x = b OR');
    // By default every property of the nodes and edges; with a view's reads, only those asked.
    expect(statement.cypher).toContain('n {.*, text: null');
    const lean = pathsBetween(
      { label: 'Person', id: 'a' },
      { label: 'Company', id: 'b' },
      2,
      ['LEADS'],
      ['Company'],
      3,
      { nodeProperties: [], edgeProperties: [] },
    );
    expect(lean.cypher).toContain('[n IN ns | n {.id, __typename: labels(n)[0]}]');
    expect(lean.cypher).toContain('props: {}');
    expect(lean.cypher).not.toContain('.*');
  });

  it('name only vocabulary relationship types in patterns', () => {
    expect(() =>
      pathsBetween(
        { label: 'Person', id: 'a' },
        { label: 'Company', id: 'b' },
        2,
        ['LEADS]-() DETACH DELETE x //' as never],
        ['Company'],
        3,
      ),
    ).toThrow(/not a relationship type of the vocabulary/);
  });
});

describe('dashboardStatements', () => {
  it('reads the company rankings, however many, in one statement beside the other aggregates, and says which column is which', () => {
    const aggregates = [
      countsByLabel(['Company']),
      companiesByPartners(3, 'a1_'),
      partnershipsByKind(undefined, 'a2_'),
      companiesByPartners(5, 'a3_'),
    ];
    const statements = dashboardStatements(aggregates);
    expect(statements.map((s) => s.indexes)).toEqual([
      [1, 3],
      [0, 2],
    ]);
    const [rankings, others] = statements;
    expect(rankings?.statement.params).toEqual({ a1_first: 3, a3_first: 5 });
    expect(rankings?.statement.cypher).toContain('RETURN a0, a1');
    expect(others?.statement.cypher).toContain("'Company' AS key");
    expect(others?.statement.cypher).not.toContain('PARTY_TO');
    // Without a ranking, one statement.
    expect(dashboardStatements([aggregates[0], aggregates[2]] as never)).toHaveLength(1);
  });
});

describe('luceneQuery', () => {
  it('folds the text and wants every word, whole or as a start', () => {
    expect(luceneQuery('Bolloré SA')).toBe('+(bollore^2 OR bollore*) +(sa^2 OR sa*)');
  });

  it('only wishes for stop words, which the index leaves out of names', () => {
    expect(luceneQuery('batteries in Alibaba')).toBe(
      '+(batteries^2 OR batteries*) (in^2 OR in*) +(alibaba^2 OR alibaba*)',
    );
  });

  it('leaves no Lucene syntax from the input', () => {
    expect(luceneQuery('alibaba) OR name:* AND "x~')).toBe(
      '+(alibaba^2 OR alibaba*) (or^2 OR or*) +(name^2 OR name*) (and^2 OR and*) +(x^2 OR x*)',
    );
    expect(luceneQuery(' -- ')).toBe('');
  });
});
