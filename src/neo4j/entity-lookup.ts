import { type EntityLabel, Label } from '../graph/vocabulary.js';

type ResolvedLabel = EntityLabel | typeof Label.Partnership;

import type { Statement } from './executor.js';

/**
 * For each candidate: whether a node of that label has its id (with the article
 * that named it and, for partnerships, its kind), and which nodes its alias
 * keys already name.
 */
export function lookupEntities(
  label: ResolvedLabel,
  candidates: { id: string; keys: string[] }[],
): Statement {
  return {
    cypher: `
UNWIND $candidates AS candidate
OPTIONAL MATCH (n:${label} {id: candidate.id})
WITH candidate, n IS NOT NULL AS exists, n.namedBy AS namedBy, n.kind AS kind
CALL (candidate) {
  UNWIND candidate.keys AS key
  MATCH (:${Label.Alias} {key: key})-[:ALIAS_OF]->(m:${label})
  RETURN collect(DISTINCT {key: key, id: m.id}) AS hits
}
RETURN candidate.id AS id, exists, namedBy, kind, hits`,
    params: { candidates },
  };
}
