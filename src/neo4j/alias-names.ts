import { Label } from '../graph/vocabulary.js';
import type { Statement } from './executor.js';

/** What an alias key names in the graph. */
export interface AliasName {
  key: string;
  label: string;
  id: string;
  name: string;
}

/**
 * The entities the given alias keys (`<Label>:<folded text>`) already name,
 * one row per key and entity: how a draft learns the graph's ids and names
 * for the words of an article.
 */
export function aliasNames(keys: string[]): Statement<AliasName> {
  return {
    cypher: `
UNWIND $keys AS key
MATCH (:${Label.Alias} {key: key})-[:ALIAS_OF]->(n)
RETURN key, labels(n)[0] AS label, n.id AS id, coalesce(n.name, n.id) AS name`,
    params: { keys },
    decode: (r) => ({
      key: String(r.key),
      label: String(r.label),
      id: String(r.id),
      name: String(r.name),
    }),
  };
}
