import { execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { Label, otherEndIs, Rel } from '../src/graph/vocabulary.js';
import { silentLogger } from '../src/logger.js';
import type { Statement } from '../src/neo4j/executor.js';
import { schema } from '../src/schema/index.js';

/**
 * The statements a request's selection compiles to, apart from the database:
 * the executor here only records what it is asked to run (it answers no
 * rows), so these tests read the Cypher and its parameters. What the
 * statements answer is tested against Neo4j in the *.int.test.ts files.
 */
async function statementsOf(query: string, variables: Record<string, unknown> = {}) {
  const statements: Statement<unknown>[] = [];
  const executor = {
    query: async <R>(statement: Statement<R>) => {
      statements.push(statement as Statement<unknown>);
      return [] as R[];
    },
    read: async () => {
      throw new Error('no transactions in these tests');
    },
  };
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    contextValue: createContext(executor, silentLogger),
  });
  expect(result.errors).toBeUndefined();
  return statements;
}

const PARTNERS = `query Partners($kinds: [PartnershipKind!], $first: Int, $sectors: Boolean!) {
  hostileAlias: company(id: "bollore") {
    partnersOfBollore: partners(kinds: $kinds, first: $first) {
      company {
        name
        sectors @include(if: $sectors) { sector { name } }
        partners { company { name } evidence { quote } }
      }
      partnership { name }
      evidence { quote article { title } }
    }
  }
}`;

describe('planned statements', () => {
  it('read a root field and everything below it in one statement', async () => {
    const [statement, ...others] = await statementsOf(PARTNERS, { sectors: true });
    expect(others).toEqual([]);
    // Partners; their sectors, partners and those partners' evidence; the
    // partnership; the evidence and its article.
    expect(statement?.cypher.match(/COLLECT \{/g)).toHaveLength(7);
    expect(statement?.params).toMatchObject({ id: 'bollore' });
  });

  it('keep aliases and values out of the Cypher text', async () => {
    const [statement] = await statementsOf(PARTNERS, {
      kinds: ['INVESTMENT'],
      first: 42,
      sectors: false,
    });
    const cypher = statement?.cypher ?? '';
    for (const word of ['hostileAlias', 'partnersOfBollore', 'INVESTMENT', 'bollore', '42']) {
      expect(cypher).not.toContain(word);
    }
    expect(Object.values(statement?.params ?? {})).toEqual(expect.arrayContaining([42, 'bollore']));
  });

  it('compile once per document and variables shape: other values, the same Cypher', async () => {
    const [a] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT'], first: 3, sectors: true });
    const [b] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT'], first: 9, sectors: true });
    expect(b?.cypher).toBe(a?.cypher);
    expect(b?.params).not.toEqual(a?.params);
  });

  it('expand only the edge types of the kinds asked for', async () => {
    const [investments] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT'], sectors: true });
    const [mergers] = await statementsOf(PARTNERS, { kinds: ['MERGER'], sectors: true });
    expect(investments?.cypher).toMatch(/\(n\)-\[r\d+:INVESTED_IN\]-\(m\d+\)/);
    expect(mergers?.cypher).toMatch(/\(n\)-\[r\d+:MERGED_WITH\]-\(m\d+\)/);
  });

  it('tell a relationship type only where the read does not know it, by the claim id it orders by', async () => {
    const [one] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT'], sectors: false });
    const [two] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT', 'MERGER'], sectors: false });
    expect(one?.cypher).not.toMatch(/c: split\(r0\./);
    // type(r) costs a db hit per row; the claim id, read for the order, is
    // cached, and only its first part, the type, comes back.
    expect(two?.cypher).toMatch(
      /ORDER BY m1\.name, r0\.claimId .*RETURN \{c: split\(r0\.claimId, ':'\)\[0\]/,
    );
    expect(two?.cypher).not.toMatch(/type\(r0\)/);
  });

  it("read which end a partner edge starts at only when a partner's direction is asked", async () => {
    const query = (fields: string) =>
      `{ company(id: "bollore") { partners { company { name } ${fields} } } }`;
    const [plain] = await statementsOf(query('kind'));
    const [directed] = await statementsOf(query('kind direction'));
    expect(plain?.cypher).not.toMatch(/startNode/);
    expect(directed?.cypher).toMatch(/f: startNode\(r0\) = n/);
  });

  it('check the label at the other end only where the relationship type does not imply it', async () => {
    // Partner edges join companies only; an article's mentions may end at any entity.
    const [partners] = await statementsOf(PARTNERS, { kinds: ['INVESTMENT'], sectors: true });
    expect(partners?.cypher).not.toMatch(/\(m\d+:Company\)/);
    expect(otherEndIs(['INVESTED_IN', 'MERGED_WITH'], 'either', Label.Company)).toBe(true);
    expect(otherEndIs([Rel.MENTIONS], 'start', Label.Company)).toBe(false);
    expect(otherEndIs([Rel.MENTIONS], 'end', Label.Article)).toBe(true);
    expect(otherEndIs([Rel.STATED], 'end', Label.Person)).toBe(false);
    expect(otherEndIs([Rel.ACTIVE_IN, Rel.HEADQUARTERED_IN], 'start', Label.Sector)).toBe(false);
  });

  it("share one expansion among a node's lists of one type each", async () => {
    const [deal] = await statementsOf(`{ partnership(id: "bollore-alibaba-mou-2018") {
      parties { company { name } role } domains { sector { name } } markets { place { name } }
      projects { project { name } } sources(first: 5) { article { title } } } }`);
    const cypher = deal?.cypher ?? '';
    // Parties come in (a company is their start), the others go out: one
    // undirected walk, each row held to its own type's direction.
    expect(cypher).toMatch(/MATCH \(n\)-\[(r\d+):PARTY_TO\|COVERS\|TARGETS\|INCLUDES\]-\(m\d+\)/);
    expect(cypher).toMatch(/WHEN 'PARTY_TO' THEN endNode\(r\d+\) = n WHEN 'COVERS' THEN startNode/);
    expect(cypher.match(/MATCH \(n\)/g)).toHaveLength(2);
    // The sources have a limit of their own: they keep their own read.
    expect(cypher).toMatch(/MATCH \(n\)<-\[r\d+:MENTIONS\]-\(m\d+\) .* LIMIT \$sel\d+/);

    const [company] = await statementsOf(`{ company(id: "bollore") {
      countries { place { name } } headquarters { place { name } }
      parents { parent { name } } subsidiaries { subsidiary { name } } } }`);
    const text = company?.cypher ?? '';
    // A company can be a subsidiary's start or end: its parents (out) and its
    // subsidiaries (in, the same type) are not walked together.
    expect(text).toMatch(
      /MATCH \(n\)-\[r\d+:BASED_IN_COUNTRY\|HEADQUARTERED_IN\|SUBSIDIARY_OF\]->\(m\d+\)/,
    );
    expect(text).toMatch(/MATCH \(n\)<-\[r\d+:SUBSIDIARY_OF\]-\(m\d+\)/);
    expect(text).not.toMatch(/startNode|endNode/);
  });

  it('follow @include and whether a filter is given', async () => {
    const [all] = await statementsOf(PARTNERS, { sectors: true });
    const [without] = await statementsOf(PARTNERS, { sectors: false });
    const [filtered] = await statementsOf(PARTNERS, { kinds: ['MERGER'], sectors: true });
    expect(all?.cypher).toContain(':ACTIVE_IN|OFFERS');
    expect(without?.cypher).not.toContain(':ACTIVE_IN|OFFERS');
    expect(filtered?.cypher).toContain(':MERGED_WITH]');
    expect(all?.cypher).toContain(':SIGNED_MOU_WITH|ALLIED_WITH|');
  });

  it('read only what is asked: no relationship subquery for properties alone', async () => {
    const [statement] = await statementsOf('{ company(id: "bollore") { name foundedYear } }');
    expect(statement?.cypher).not.toContain('COLLECT');
    expect(statement?.cypher).toContain('MATCH (n:Company {id: $id})');
  });

  it('read only the properties the selection asks for', async () => {
    const [plain] = await statementsOf('{ company(id: "bollore") { name foundedYear } }');
    expect(plain?.cypher).toContain('n {.id, .foundedYear, .name}');
    expect(plain?.cypher).not.toContain('.*');
    const [french] = await statementsOf('{ company(id: "bollore") { name(language: FR) } }');
    expect(french?.cypher).toContain('.name_fr');
    expect(french?.cypher).not.toContain('.name_de');
    // The language is an enum: its value is part of the compiled plan's key.
    const byVariable = 'query ($l: Language) { company(id: "bollore") { name(language: $l) } }';
    const [fr] = await statementsOf(byVariable, { l: 'FR' });
    const [de] = await statementsOf(byVariable, { l: 'DE' });
    expect(fr?.cypher).toContain('.name_fr');
    expect(de?.cypher).toContain('.name_de');
    expect(de?.cypher).not.toContain('.name_fr');
    const [article] = await statementsOf(
      '{ article(id: "a") { title authorName evidence { quote } } }',
    );
    expect(article?.cypher).toContain('n {.id, .author, .title');
    // Nested nodes asked only for scalar properties are read without their id; the root always with it.
    expect(article?.cypher).toMatch(/e\d+ \{\.quote\}/);
    const [withId] = await statementsOf('{ article(id: "a") { evidence { id quote } } }');
    expect(withId?.cypher).toMatch(/e\d+ \{\.id, \.quote\}/);
    const [nested] = await statementsOf(
      '{ article(id: "a") { evidence { quote article { title } } } }',
    );
    expect(nested?.cypher).toMatch(/e\d+ \{\.id, \.quote, /);
  });

  it('read statements, stated values and evidence facts in the root statement, values as parameters', async () => {
    // The first statement (no row here, so the id is then looked up among aliases).
    const [statement] = await statementsOf(
      `query ($id: ID!) {
      partnership(id: $id) {
        statements { quote speaker { __typename } evidence { fact { id } } }
        signedOnValues { value article { title } evidence { quote fact { source } } }
      }
    }`,
      { id: 'bollore-alibaba-mou-2018' },
    );
    const cypher = statement?.cypher ?? '';
    for (const word of ['bollore', '#statements', '#signedOn', 'Partnership:']) {
      expect(cypher).not.toContain(word);
    }
    expect(cypher).toContain(':STATED]->(n)');
    // A statement's quote supports a STATED edge, if any: only that type's
    // claimId index is sought; a value's quote may support any fact type.
    expect(cypher).toMatch(/:STATED \{claimId: e\d+\.relationship\}/);
    expect(cypher).toContain(':BASED_IN_COUNTRY|HEADQUARTERED_IN|');
    expect(Object.values(statement?.params ?? {})).toEqual(
      expect.arrayContaining(['Partnership:', '#statements', '#signedOn']),
    );
  });

  it('read a page of a sector from the sector, not from every company', async () => {
    const [statement] = await statementsOf(
      '{ companies(first: 20, filter: { sectors: ["logistics"] }) { totalCount nodes { name } } }',
    );
    expect(statement?.cypher).toContain('MATCH (x:Sector)<-[:ACTIVE_IN|OFFERS]-(m:Company)');
    expect(statement?.cypher).not.toContain('MATCH (n:Company)');
  });
});
