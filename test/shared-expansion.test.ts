import { describe, expect, it } from 'vitest';
import { relClaimId } from '../src/graph/claim-id.js';
import { type FactRelType, Label, type NodeLabel, Rel } from '../src/graph/vocabulary.js';
import type { FactSide } from '../src/neo4j/reads/facts.js';
import { materializeNode } from '../src/neo4j/reads/materialize.js';
import {
  CypherScope,
  type FactShape,
  type NamedRead,
  type NodeShape,
  projectNode,
  readSlots,
} from '../src/neo4j/reads/projection.js';

/**
 * Sibling reads of facts of one type each are answered by one expansion of
 * their node (projection.ts's sharedExpansions); materialize hands each read
 * the rows of its type. What the shared reads answer against Neo4j is tested
 * in api-batching.int.test.ts.
 */

const fact: FactShape = {
  anchor: { reads: [], properties: false },
  other: { reads: [], properties: ['name'] },
  properties: [],
  reads: [],
};

const facts = (
  name: string,
  type: FactRelType,
  side: Exclude<FactSide, 'either'>,
  ends: { from?: NodeLabel; to?: NodeLabel },
  extra: { limit?: () => number } = {},
): NamedRead => ({
  name,
  read: { kind: 'facts', pattern: { types: [type], ...ends }, side, fact, ...extra },
});

const P = Label.Partnership;
const C = Label.Company;

const partnership: NodeShape = {
  label: P,
  properties: ['name'],
  reads: [
    facts('parties', Rel.PARTY_TO, 'to', { from: C, to: P }),
    facts('domains', Rel.COVERS, 'from', { from: P, to: Label.Sector }),
    facts('sources', Rel.MENTIONS, 'to', { from: Label.Article, to: P }, { limit: () => 5 }),
    facts('markets', Rel.TARGETS, 'from', { from: P, to: Label.Place }),
  ],
};

describe('reads that share an expansion', () => {
  it('are the unlimited reads of one type each; a read with a limit keeps its own', () => {
    expect(readSlots(partnership.reads)).toEqual([
      { key: 0, type: Rel.PARTY_TO },
      { key: 0, type: Rel.COVERS },
      { key: 2 },
      { key: 0, type: Rel.TARGETS },
    ]);
    const cypher = projectNode('n', partnership, new CypherScope());
    expect(cypher).toMatch(/`\$0`: COLLECT \{ MATCH \(n\)-\[r\d+:PARTY_TO\|COVERS\|TARGETS\]-/);
    expect(cypher).not.toContain('`$1`');
    expect(cypher).not.toContain('`$3`');
    expect(cypher).toMatch(/`\$2`: COLLECT \{ MATCH \(n\)<-\[r\d+:MENTIONS\]-/);
  });

  it('walk one direction unless every type leaves the anchor one way only', () => {
    // A company starts some SUBSIDIARY_OF edges and ends others: its parents
    // (out) and its people (in) would make an undirected walk read its
    // subsidiaries too.
    const company: NodeShape = {
      label: C,
      properties: [],
      reads: [
        facts('parents', Rel.SUBSIDIARY_OF, 'from', { from: C, to: C }),
        facts('leaders', Rel.LEADS, 'to', { from: Label.Person, to: C }),
        facts('founders', Rel.FOUNDED, 'to', { from: Label.Person, to: C }),
        facts('countries', Rel.BASED_IN_COUNTRY, 'from', { from: C, to: Label.Place }),
        // The same type again (another alias): it keeps its own read.
        facts('again', Rel.LEADS, 'to', { from: Label.Person, to: C }),
      ],
    };
    expect(readSlots(company.reads)).toEqual([
      { key: 0, type: Rel.SUBSIDIARY_OF },
      { key: 1, type: Rel.LEADS },
      { key: 1, type: Rel.FOUNDED },
      { key: 0, type: Rel.BASED_IN_COUNTRY },
      { key: 4 },
    ]);
    const cypher = projectNode('n', company, new CypherScope());
    expect(cypher).toMatch(/MATCH \(n\)-\[r\d+:SUBSIDIARY_OF\|BASED_IN_COUNTRY\]->\(m\d+\)/);
    expect(cypher).toMatch(/MATCH \(n\)<-\[r\d+:LEADS\|FOUNDED\]-\(m\d+\)/);
    expect(cypher).not.toMatch(/startNode|endNode/);
  });

  it('hand each read the rows of its type, in the order Neo4j gave them', () => {
    const row = (type: FactRelType, from: string, to: string, name: string) => ({
      t: type,
      o: { id: type === Rel.PARTY_TO ? from : to, name },
    });
    const record = materializeNode(
      {
        id: 'deal',
        name: 'Deal',
        $0: [
          row(Rel.PARTY_TO, 'acme', 'deal', 'Acme'),
          row(Rel.TARGETS, 'deal', 'fr', 'France'),
          row(Rel.COVERS, 'deal', 'ai', 'AI'),
          row(Rel.PARTY_TO, 'zeta', 'deal', 'Zeta'),
          row(Rel.TARGETS, 'deal', 'jp', 'Japan'),
        ],
        $2: [{ o: { id: 'a1', name: 'Article' } }],
      },
      partnership,
    ) as unknown as Record<string, { type: string; from: { id: string }; to: { id: string } }[]>;
    const ids = (name: string) =>
      record[`$${name}`]?.map((f) => [f.type, f.from.id, f.to.id].join(' '));
    expect(ids('parties')).toEqual(['PARTY_TO acme deal', 'PARTY_TO zeta deal']);
    expect(ids('domains')).toEqual(['COVERS deal ai']);
    expect(ids('markets')).toEqual(['TARGETS deal fr', 'TARGETS deal jp']);
    expect(ids('sources')).toEqual(['MENTIONS a1 deal']);
  });

  it('refuse a row of no read’s type rather than drop it', () => {
    expect(() =>
      materializeNode(
        { id: 'deal', $0: [{ t: Rel.INCLUDES, o: { id: 'x' } }], $2: [] },
        partnership,
      ),
    ).toThrow(/row of no read's type: "INCLUDES"/);
  });

  it('are grouped by the claim id each row carries, which names its type', () => {
    // The compiled read tells a row's type from the claim id it orders by
    // (cached), not type(r), a db hit per row.
    const cypher = projectNode('n', partnership, new CypherScope());
    expect(cypher).toMatch(/split\(r\d+\.claimId, ':'\)\[0\] AS t\d+/);
    expect(cypher).not.toMatch(/type\(r\d+\)/);
    expect(relClaimId(Rel.PARTY_TO, 'acme', 'deal').split(':')[0]).toBe(Rel.PARTY_TO);
  });
});
