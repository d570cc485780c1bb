import { aliasKey } from '../../graph/text.js';
import { type EntityLabel, Label } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';

/** Labels the API reads nodes of: everything but the resolution-only Alias. */
export type NodeLabel = Exclude<Label, typeof Label.Alias>;

/**
 * A node's properties and its label as `__typename` (every node has one
 * label), leaving out an article's verbatim text (often tens of kilobytes;
 * articleTexts reads it when asked for).
 */
export const NODE_PROJECTION = (v: string) => `${v} {.*, text: null, __typename: labels(${v})[0]}`;

/** The nodes of one label with these ids; missing ids have no row. */
export function nodesById(label: NodeLabel, ids: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
RETURN id AS key, ${NODE_PROJECTION('n')} AS node`,
    params: { ids },
  };
}

/**
 * The entities these names (or aliases) name, accents and case ignored; the
 * key of each row is the name asked for.
 */
export function entitiesByName(label: EntityLabel, names: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $lookups AS lookup
MATCH (:${Label.Alias} {key: lookup.key})-[:ALIAS_OF]->(n:${label})
RETURN lookup.name AS key, ${NODE_PROJECTION('n')} AS node`,
    params: { lookups: names.map((name) => ({ name, key: aliasKey(label, name) })) },
  };
}

/** Partnerships by one of their names in any language, case ignored (partnerships have no aliases). */
export function partnershipsByName(names: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $names AS name
MATCH (n:${Label.Partnership})
WHERE any(k IN keys(n) WHERE (k = 'name' OR k STARTS WITH 'name_') AND toLower(n[k]) = toLower(name))
RETURN name AS key, ${NODE_PROJECTION('n')} AS node`,
    params: { names },
  };
}

/** The verbatim text of articles. */
export function articleTexts(ids: readonly string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (a:${Label.Article} {id: id})
RETURN id AS key, a.text AS text`,
    params: { ids },
  };
}
