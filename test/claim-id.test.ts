import { describe, expect, it } from 'vitest';
import { propertyClaimId, relClaimId, relTypeOfClaim } from '../src/graph/claim-id.js';
import { Label, PARTNERSHIP_KINDS, Rel } from '../src/graph/vocabulary.js';
import { materializeNode } from '../src/neo4j/reads/materialize.js';
import type { FactShape, NodeShape } from '../src/neo4j/reads/projection.js';

const INVESTED_IN = PARTNERSHIP_KINDS.INVESTMENT.edge;
const MERGED_WITH = PARTNERSHIP_KINDS.MERGER.edge;

describe('claim ids', () => {
  it('name the type of the relationship they identify, whatever letters the ids hold', () => {
    expect(relTypeOfClaim(relClaimId(Rel.LEADS, 'vincent-bollore', 'bollore'))).toBe('LEADS');
    expect(relTypeOfClaim(relClaimId(INVESTED_IN, 'a', 'b', 'a-b-2020'))).toBe('INVESTED_IN');
    // A byline's author id is slugified from the name: ø stays ø.
    expect(relTypeOfClaim(relClaimId(Rel.AUTHORED, 'søren-skou', 'article-1'))).toBe('AUTHORED');
    expect(relTypeOfClaim('ACTIVE_IN:alibaba->online-retail#ranking')).toBe('ACTIVE_IN');
  });

  it('name no relationship type for a claim about a node, or what is not a claim id', () => {
    expect(
      relTypeOfClaim(propertyClaimId({ label: Label.Company, id: 'bollore' }, 'founded')),
    ).toBe(undefined);
    expect(relTypeOfClaim('NOT_A_TYPE:a->b')).toBe(undefined);
    expect(relTypeOfClaim('LEADS:a')).toBe(undefined);
  });
});

describe('a planned read of facts of several types', () => {
  const fact: FactShape = {
    anchor: { reads: [], properties: false },
    other: { reads: [], properties: ['name'] },
    properties: [],
    reads: [],
    unoriented: true,
  };
  const company: NodeShape = {
    reads: [
      {
        name: 'partners',
        read: {
          kind: 'facts',
          pattern: { types: [INVESTED_IN, MERGED_WITH], from: Label.Company, to: Label.Company },
          side: 'either',
          fact,
        },
      },
    ],
    properties: ['name'],
  };

  it("takes each fact's type from its claim id's first part, and the anchor as its end", () => {
    const record = materializeNode(
      {
        id: 'alpha',
        name: 'Alpha',
        $0: [
          // What the Cypher's split(r.claimId, ':')[0] returns.
          { c: relClaimId(MERGED_WITH, 'beta', 'alpha', 'm-1').split(':')[0], o: { id: 'beta' } },
          { c: relClaimId(INVESTED_IN, 'alpha', 'gamma').split(':')[0], o: { id: 'gamma' } },
        ],
      },
      company,
    ) as unknown as Record<string, unknown>;
    const partners = record.$partners as {
      type: string;
      from: { id: string };
      to: { id: string };
    }[];
    expect(partners.map((p) => p.type)).toEqual(['MERGED_WITH', 'INVESTED_IN']);
    // Unoriented: the anchor stands at `to`, the partner at `from`, whichever end stores them.
    expect(partners.map((p) => [p.from.id, p.to.id])).toEqual([
      ['beta', 'alpha'],
      ['gamma', 'alpha'],
    ]);
  });

  it('refuses a row whose claim id names no type, rather than answer a fact without one', () => {
    expect(() =>
      materializeNode(
        // A property claim's first part is a label, not a relationship type.
        { id: 'alpha', $0: [{ c: 'Company', o: { id: 'b' } }] },
        company,
      ),
    ).toThrow(/claim id names no relationship type: it starts "Company"/);
  });
});
