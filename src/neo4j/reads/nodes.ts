import { aliasKey } from '../../graph/text.js';
import { type EntityLabel, Label, type NodeLabel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';

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

/**
 * Every partnership's names in every language, for a lookup by name that
 * ignores accents (Cypher cannot fold them; partnerships have no Alias nodes).
 */
export function partnershipNames(): Statement {
  return {
    cypher: `
MATCH (n:${Label.Partnership})
RETURN n.id AS id, [k IN keys(n) WHERE k = 'name' OR k STARTS WITH 'name_' | n[k]] AS names`,
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
