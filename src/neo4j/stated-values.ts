import type { EvidenceWrite, Props } from '../graph/model.js';
import { assertRelType, type FactRelType, Label } from '../graph/vocabulary.js';
import type { Statement, Tx } from './executor.js';

/**
 * Values per article. Each quote of a property claim (a founding year, a
 * headcount, a date, an amount, a rank, …) keeps on its Evidence node what
 * its article says: `value_<property>`, absent where the article leaves it
 * out. The node (or relationship) holds the value of the latest-published
 * article that states the claim, ties broken by the greater article id, so
 * the order of loading never changes the graph. It is recomputed from the
 * evidence whenever an article adds or withdraws quotes of the claim.
 */

/** Prefix of the Evidence properties holding what an article says a property is. */
export const VALUE_PREFIX = 'value_';
/** The Evidence property holding what an article says a property is. */
export const valueKey = (property: string) => `${VALUE_PREFIX}${property}`;

/** An Evidence node's stored properties: its claim, quote and the values it states, flattened. */
export function evidenceProps(
  { subject, id: _id, values, ...rest }: EvidenceWrite,
  articleId: string,
): Props {
  const stated = Object.fromEntries(Object.entries(values).map(([k, v]) => [valueKey(k), v]));
  return {
    ...rest,
    ...stated,
    articleId,
    subjectLabel: subject.label,
    subjectId: subject.id,
  };
}

/** A claim whose values may have changed: its id, and the relationship it is on (null for node properties). */
export interface StatedClaim {
  claimId: string;
  predicate: string;
  relationship: string | null;
  properties: readonly string[];
}

/** The claim a quote the loader writes supports. */
export const statedClaim = (e: EvidenceWrite): StatedClaim => ({
  claimId: e.claimId,
  predicate: e.predicate,
  relationship: e.relationship,
  properties: e.properties,
});

/**
 * The latest-published article's quote of each claim, and every property any
 * quote of it covers (so that one the latest article leaves out is removed).
 */
const LATEST = `
UNWIND $claimIds AS claimId
MATCH (e:${Label.Evidence} {claimId: claimId})-[:QUOTED_FROM]->(a:${Label.Article})
WHERE size(coalesce(e.properties, [])) > 0
WITH claimId, e ORDER BY a.publishedOn DESC, a.id DESC, e.start
WITH claimId, collect(e) AS quotes
WITH head(quotes) AS latest,
     reduce(ps = [], q IN quotes | ps + [p IN q.properties WHERE NOT p IN ps]) AS properties`;

/** Sets node properties to the latest-published article's values. */
export function restateNodeValues(claimIds: string[]): Statement {
  return {
    cypher: `${LATEST}
MATCH (latest)-[:ABOUT]->(n)
FOREACH (p IN properties | SET n[p] = latest['${VALUE_PREFIX}' + p])`,
    params: { claimIds },
  };
}

/** Sets the properties of relationships of one type to the latest-published article's values. */
export function restateRelationshipValues(type: FactRelType, claimIds: string[]): Statement {
  return {
    cypher: `${LATEST}
MATCH ()-[r:${assertRelType(type)} {claimId: latest.relationship}]->()
FOREACH (p IN properties | SET r[p] = latest['${VALUE_PREFIX}' + p])`,
    params: { claimIds },
  };
}

/** The statements that restate the values of these claims from their evidence. */
export function restateStatements(claims: readonly StatedClaim[]): Statement[] {
  const stated = claims.filter((c) => c.properties.length > 0);
  const statements: Statement[] = [];
  const onNodes = stated.filter((c) => c.relationship === null).map((c) => c.claimId);
  if (onNodes.length > 0) statements.push(restateNodeValues([...new Set(onNodes)]));
  const onRelationships = stated.filter((c) => c.relationship !== null);
  const byType = new Map<string, Set<string>>();
  for (const c of onRelationships)
    byType.set(c.predicate, (byType.get(c.predicate) ?? new Set()).add(c.claimId));
  for (const [type, ids] of byType)
    statements.push(restateRelationshipValues(assertRelType(type), [...ids]));
  return statements;
}

/** Restates the values of these claims (those an article added or withdrew quotes of). */
export async function restateValues(tx: Tx, claims: readonly StatedClaim[]): Promise<void> {
  for (const statement of restateStatements(claims)) await tx.run(statement);
}
