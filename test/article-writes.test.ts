import { describe, expect, it } from 'vitest';
import type { FactRelType } from '../src/graph/vocabulary.js';
import { mergeEvidence, mergeNodes, mergeRelationships } from '../src/neo4j/article-writes.js';

const hostile = "x'}) DETACH DELETE n //";

describe('Cypher builders', () => {
  it('put values in parameters, never in the Cypher text', () => {
    const statements = [
      mergeNodes('Company', [{ label: 'Company', id: hostile, props: { name: hostile } }]),
      mergeRelationships([
        {
          type: 'LEADS',
          from: { label: 'Person', id: hostile },
          to: { label: 'Company', id: 'b' },
          claimId: hostile,
          props: {},
        },
      ]),
      mergeEvidence(hostile, 'Company', []),
    ];
    for (const s of statements) {
      expect(s.cypher).not.toContain(hostile);
      expect(JSON.stringify(s.params)).toContain('DETACH DELETE');
    }
  });

  it('merge on the stable id and claimId, so a second load changes nothing', () => {
    expect(mergeNodes('Sector', []).cypher).toContain(
      'MERGE (n:Sector {id: row.id}) SET n += row.props',
    );
    const rel = mergeRelationships([
      {
        type: 'OFFERS',
        from: { label: 'Company', id: 'a' },
        to: { label: 'Sector', id: 'b' },
        claimId: 'c',
        props: {},
      },
    ]);
    expect(rel.cypher).toContain('MERGE (a)-[r:OFFERS {claimId: row.claimId}]->(b)');
  });

  it('refuse a relationship type outside the vocabulary', () => {
    expect(() =>
      mergeRelationships([
        {
          type: 'KNOWS' as FactRelType,
          from: { label: 'Person', id: 'a' },
          to: { label: 'Person', id: 'b' },
          claimId: 'c',
          props: {},
        },
      ]),
    ).toThrow(/not a relationship type of the vocabulary: KNOWS/);
  });
});
