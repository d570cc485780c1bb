import { Label, Rel } from '../graph/vocabulary.js';
import type { PartnershipContext } from '../ingest/partnership-resolution.js';
import type { Statement } from './executor.js';

/** Subsidiary links the resolution of partnerships follows (not a joint venture's several parents). */
export const PARENT_KINDS = ['SUBSIDIARY', 'DIVISION'];
/** How far up (and down) a chain of subsidiaries the lookup walks. */
const DEPTH = 4;

const dateText = (v: unknown) => (v == null ? null : String(v));

/**
 * What resolving reports of partnerships needs (partnership-resolution.ts), in
 * one statement: the partnerships the reports' ids name, directly or as an id
 * another article gave them; and the agreements whose parties share a parent
 * with the given companies (each found by id or by one of its alias keys, so a
 * batch can ask before resolving its entities), with the subsidiary links
 * between them.
 */
export function partnershipContext(
  reportIds: string[],
  companies: { id: string; keys: string[] }[],
): Statement {
  return {
    cypher: `
CALL () {
  UNWIND $reportIds AS rid
  CALL (rid) {
    MATCH (p:${Label.Partnership} {id: rid})
    RETURN p, false AS byAlias, COLLECT { MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(p) RETURN a.id } AS articles
    UNION
    MATCH (a:${Label.Article})-[:${Rel.MENTIONS} {reportedAs: rid}]->(p:${Label.Partnership})
    WHERE p.id <> rid
    RETURN p, true AS byAlias, collect(a.id) AS articles
  }
  RETURN collect({reportId: rid, id: p.id, kind: p.kind, byAlias: byAlias, articles: articles}) AS known
}
CALL () {
  UNWIND $companies AS c
  CALL (c) {
    MATCH (x:${Label.Company} {id: c.id}) RETURN x
    UNION
    UNWIND c.keys AS key
    MATCH (:${Label.Alias} {key: key})-[:ALIAS_OF]->(x:${Label.Company}) RETURN x
  }
  RETURN collect(DISTINCT x) AS found
}
CALL (found) {
  UNWIND found AS x
  MATCH (x)-[:${Rel.SUBSIDIARY_OF}*0..${DEPTH}]->(root:${Label.Company})
  MATCH (root)<-[:${Rel.SUBSIDIARY_OF}*0..${DEPTH}]-(:${Label.Company})-[:${Rel.PARTY_TO}]->(p:${Label.Partnership})
  RETURN collect(DISTINCT p) AS agreements
}
CALL (agreements) {
  UNWIND agreements AS p
  RETURN collect({
    id: p.id, kind: p.kind, signedOn: p.signedOn,
    publishedOn: head(COLLECT { MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(p) RETURN a.publishedOn AS d ORDER BY d LIMIT 1 }),
    parties: COLLECT { MATCH (y:${Label.Company})-[:${Rel.PARTY_TO}]->(p) RETURN DISTINCT y.id },
    articles: COLLECT { MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(p) RETURN a.id }
  }) AS candidates
}
CALL (found, agreements) {
  UNWIND found + COLLECT { UNWIND agreements AS p MATCH (y:${Label.Company})-[:${Rel.PARTY_TO}]->(p) RETURN y } AS start
  MATCH path = (start)-[:${Rel.SUBSIDIARY_OF}*1..${DEPTH}]->(:${Label.Company})
  UNWIND relationships(path) AS link
  WITH DISTINCT link WHERE link.kind IN $parentKinds
  RETURN collect([startNode(link).id, endNode(link).id]) AS parents
}
RETURN known, candidates, parents`,
    params: { reportIds, companies, parentKinds: PARENT_KINDS },
  };
}

/** The statement's one row (dates come as `YYYY-MM-DD`, values.ts). */
export function contextFromRow(row: Record<string, unknown>): PartnershipContext {
  const candidates = (row.candidates as Record<string, unknown>[]).map((c) => ({
    id: String(c.id),
    kind: String(c.kind),
    signedOn: dateText(c.signedOn),
    publishedOn: String(c.publishedOn ?? ''),
    parties: c.parties as string[],
    articles: c.articles as string[],
  }));
  return {
    known: row.known as PartnershipContext['known'],
    candidates,
    parents: row.parents as [string, string][],
  };
}
