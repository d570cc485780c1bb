import { type EntityLabel, Label } from '../graph/vocabulary.js';
import type { Statement } from './executor.js';

type ResolvedLabel = EntityLabel | typeof Label.Partnership;

/** Labels whose nodes articles resolve by id, each with its id index. */
const RESOLVED_LABELS: readonly ResolvedLabel[] = [
  Label.Company,
  Label.Person,
  Label.Sector,
  Label.Place,
  Label.Project,
  Label.Partnership,
];

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

/** One branch per label, so that each lookup by id uses that label's index. */
export function byLabelAndId(variable: string, row: string): string {
  return RESOLVED_LABELS.map(
    (label) =>
      `MATCH (${variable}:${label} {id: ${row}.id}) WHERE ${row}.label = '${label}' RETURN ${variable}`,
  ).join('\n  UNION ALL\n  ');
}

/**
 * What a whole batch of articles needs to resolve its entities, in one
 * statement: the nodes with the given labels and ids (those absent are left
 * out), and every link of the given alias keys with the state of the node it
 * names. `name`, `namedBy`, `kind` and the articles giving each alias are what
 * resolution and the withdrawal of aliases decide on.
 */
export function lookupBatch(nodes: { label: string; id: string }[], keys: string[]): Statement {
  return {
    cypher: `
CALL () {
  UNWIND $nodes AS c
  CALL (c) {
  ${byLabelAndId('n', 'c')}
  }
  RETURN collect({label: c.label, id: c.id, namedBy: n.namedBy, kind: n.kind, name: n.name}) AS nodes
}
CALL () {
  UNWIND $keys AS key
  MATCH (a:${Label.Alias} {key: key})-[l:ALIAS_OF]->(m)
  RETURN collect({
    key: key, text: a.text, articles: coalesce(l.articles, []),
    label: labels(m)[0], id: m.id, namedBy: m.namedBy, kind: m.kind, name: m.name
  }) AS aliases
}
RETURN nodes, aliases`,
    params: { nodes, keys },
  };
}
