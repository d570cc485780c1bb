import { describe, expect, it } from 'vitest';
import { useSeededApi } from './helpers/api.js';

/**
 * "Which fact does this quote support?": an Evidence gives the relationship
 * it is about, as graph views draw it, wherever the evidence was reached from.
 */
const api = useSeededApi();
const ARTICLE = '2018-07-02-bollore-alibaba-accord-mondial';

interface Fact {
  relationship: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}
interface EvidenceWithFact {
  claimId: string;
  predicate: string;
  quote: string;
  properties: string[];
  fact: Fact | null;
}
const FACT = 'fact { relationship source target properties }';

describe('which fact does a quote of the article support?', () => {
  it('gives the relationship of every relationship quote, and null for property quotes', async () => {
    const { article } = await api.data<{ article: { evidence: EvidenceWithFact[] } }>(
      `query ($id: ID!) { article(id: $id) { evidence { claimId predicate quote properties ${FACT} } } }`,
      { id: ARTICLE },
    );
    const mou = article.evidence.find(
      (e) => e.claimId === 'SIGNED_MOU_WITH:alibaba->bollore@bollore-alibaba-mou-2018',
    );
    expect(mou?.fact).toMatchObject({
      relationship: 'SIGNED_MOU_WITH',
      source: 'Company:alibaba',
      target: 'Company:bollore',
      properties: {
        claimId: 'SIGNED_MOU_WITH:alibaba->bollore@bollore-alibaba-mou-2018',
        partnershipId: 'bollore-alibaba-mou-2018',
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
      },
    });
    const party = article.evidence.find(
      (e) => e.claimId === 'PARTY_TO:bollore->bollore-alibaba-mou-2018',
    );
    expect(party?.fact).toMatchObject({
      relationship: 'PARTY_TO',
      source: 'Company:bollore',
      target: 'Partnership:bollore-alibaba-mou-2018',
      properties: { role: 'SIGNATORY' },
    });
    const amount = article.evidence.find(
      (e) => e.claimId === 'Partnership:bollore-alibaba-mou-2018#amount',
    );
    expect(amount).toMatchObject({ predicate: 'property', fact: null });

    // Every quote of a relationship claim finds it; every quote of a node's properties has none.
    for (const e of article.evidence) {
      if (e.predicate === 'property' && !e.claimId.includes('->')) expect(e.fact).toBeNull();
      else expect(e.fact?.properties.claimId).toBe(e.claimId.split('#')[0]);
    }
  });

  it('gives the ranked relationship for a quote about a rank', async () => {
    const { article } = await api.data<{ article: { evidence: EvidenceWithFact[] } }>(
      `query ($id: ID!) { article(id: $id) { evidence { claimId predicate ${FACT} } } }`,
      { id: ARTICLE },
    );
    const rank = article.evidence.find((e) => e.claimId.endsWith('#ranking'));
    expect(rank?.fact).toMatchObject({
      relationship: 'ACTIVE_IN',
      properties: { claimId: rank?.claimId.split('#')[0] },
    });
  });

  it('reads the facts of all the evidence in the root field’s one statement', async () => {
    const query = `query ($id: ID!) { article(id: $id) { evidence { claimId ${FACT} } } }`;
    const without = await api.countCalls(() =>
      api.data(`query ($id: ID!) { article(id: $id) { evidence { claimId } } }`, { id: ARTICLE }),
    );
    const withFacts = await api.countCalls(() => api.data(query, { id: ARTICLE }));
    expect(without.statements).toBe(1);
    expect(withFacts.statements).toBe(1);
  });

  it('answers the same from a partnership’s parties and from a graph view’s edges', async () => {
    const { partnership, neighborhood } = await api.data<{
      partnership: {
        parties: { evidence: EvidenceWithFact[] }[];
        amountEvidence: EvidenceWithFact[];
      };
      neighborhood: { edges: { id: string; evidence: EvidenceWithFact[] }[] };
    }>(`{
      partnership(id: "bollore-alibaba-mou-2018") {
        parties { evidence { claimId ${FACT} } }
        amountEvidence: propertyEvidence(property: AMOUNT) { claimId ${FACT} }
      }
      neighborhood(id: "Company:bollore", relationships: [LEADS, SIGNED_MOU_WITH]) {
        edges { id evidence { claimId ${FACT} } }
      }
    }`);
    const partyFacts = partnership.parties.flatMap((p) => p.evidence.map((e) => e.fact));
    expect(partyFacts.length).toBeGreaterThan(0);
    for (const fact of partyFacts) {
      expect(fact).toMatchObject({
        relationship: 'PARTY_TO',
        target: 'Partnership:bollore-alibaba-mou-2018',
      });
    }
    expect(partnership.amountEvidence.length).toBeGreaterThan(0);
    expect(partnership.amountEvidence.every((e) => e.fact === null)).toBe(true);
    expect(neighborhood.edges.map((e) => e.id).sort()).toEqual([
      'LEADS:vincent-bollore->bollore',
      'SIGNED_MOU_WITH:alibaba->bollore@bollore-alibaba-mou-2018',
    ]);
    for (const edge of neighborhood.edges) {
      expect(edge.evidence.length).toBeGreaterThan(0);
      for (const e of edge.evidence) expect(e.fact?.properties.claimId).toBe(edge.id);
    }
  });
});
