import { propertyClaimId } from '../../graph/claim-id.js';
import { Label, Rel, STATEMENTS_CLAIM } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/**
 * What was said about partnerships, one row per quote: a person's or
 * company's (`STATED` edges, a quote of evidence each) and what the parties
 * said together (evidence of `Partnership:<id>#statements`, spoken by the
 * parties its article names: a merged agreement has the parties of every
 * report). In the order of the articles, then of the text (then of the claim, so
 * that two quotes at one place keep one order; a planned read orders them the
 * same: projection.ts).
 */
export function statementsAbout(partnershipIds: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (p:${Label.Partnership} {id: row.id})
CALL (p, row) {
  MATCH (s)-[r:${Rel.STATED}]->(p)
  MATCH (e:${Label.Evidence} {claimId: r.claimId})
  RETURN e, [${NODE_PROJECTION('s')}] AS speakers, false AS byParties
  UNION ALL
  MATCH (e:${Label.Evidence} {claimId: row.claimId})
  RETURN e, COLLECT {
    MATCH (c:${Label.Company})-[party:${Rel.PARTY_TO}]->(p)
    WHERE EXISTS { MATCH (:${Label.Evidence} {claimId: party.claimId, articleId: e.articleId}) }
    RETURN ${NODE_PROJECTION('c')} ORDER BY c.name
  } AS speakers, true AS byParties
}
RETURN row.id AS key, {evidence: e {.*}, speakers: speakers, byParties: byParties} AS statement
ORDER BY key, e.articleId, e.start, e.claimId`,
    params: {
      rows: partnershipIds.map((id) => ({
        id,
        claimId: propertyClaimId({ label: Label.Partnership, id }, STATEMENTS_CLAIM),
      })),
    },
  };
}
