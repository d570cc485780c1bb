import { type EntityLabel, Label } from '../graph/vocabulary.js';
import type { Statement } from './executor.js';

/** For each candidate: whether a node of that label has its id, and which entities its alias keys already name. */
export function lookupEntities(
  label: EntityLabel,
  candidates: { id: string; keys: string[] }[],
): Statement {
  return {
    cypher: `
UNWIND $candidates AS candidate
OPTIONAL MATCH (n:${label} {id: candidate.id})
WITH candidate, n IS NOT NULL AS exists
CALL (candidate) {
  UNWIND candidate.keys AS key
  MATCH (:${Label.Alias} {key: key})-[:ALIAS_OF]->(m:${label})
  RETURN collect(DISTINCT {key: key, id: m.id}) AS hits
}
RETURN candidate.id AS id, exists, hits`,
    params: { candidates },
  };
}
