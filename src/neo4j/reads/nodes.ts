import type { NodeRecord } from '../../graph/records.js';
import { aliasKey } from '../../graph/text.js';
import { type EntityLabel, Label, type NodeLabel, Rel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { materializeNode } from './materialize.js';
import { PROPERTIES_ONLY, type Projection } from './projection.js';

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

/** One node by id, read as the projection says (everything a request asks of it); no row when none. */
export function nodeById(
  label: NodeLabel,
  id: string,
  projection: Projection = PROPERTIES_ONLY,
): Statement<NodeRecord> {
  return {
    cypher: `MATCH (n:${label} {id: $id}) RETURN ${projection.cypher} AS node`,
    params: { ...projection.params, id },
    decode: (record) => materializeNode(record.node, projection.shape) as NodeRecord,
  };
}

/** The entity a name or alias names, accents and case ignored, read as the projection says. */
export function entityByName(
  label: EntityLabel,
  name: string,
  projection: Projection = PROPERTIES_ONLY,
): Statement<NodeRecord> {
  return {
    cypher: `MATCH (:${Label.Alias} {key: $key})-[:ALIAS_OF]->(n:${label}) WITH n LIMIT 1 RETURN ${projection.cypher} AS node`,
    params: { ...projection.params, key: aliasKey(label, name) },
    decode: (record) => materializeNode(record.node, projection.shape) as NodeRecord,
  };
}

/**
 * Every partnership's names in every language, for a lookup by name that
 * ignores accents (Cypher cannot fold them; partnerships have no Alias nodes).
 */
export function partnershipNames(): Statement<{ id: string; names: string[] }> {
  return {
    cypher: `
MATCH (n:${Label.Partnership})
RETURN n.id AS id, [k IN keys(n) WHERE k = 'name' OR k STARTS WITH 'name_' | n[k]] AS names`,
  };
}

/** The partnerships that reports gave this id (up to two: more than one is ambiguous). */
export function partnershipsReportedAs(id: string): Statement<{ id: string }> {
  return {
    cypher: `
MATCH (:${Label.Article})-[:${Rel.MENTIONS} {reportedAs: $id}]->(p:${Label.Partnership})
RETURN DISTINCT p.id AS id LIMIT 2`,
    params: { id },
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

/** Nodes of one label by id, each read as the projection says; the key of each row is its id. */
export function nodesByIds(
  label: NodeLabel,
  ids: readonly string[],
  projection: Projection = PROPERTIES_ONLY,
): Statement<{ key: string; node: NodeRecord }> {
  return {
    cypher: `UNWIND $ids AS key MATCH (n:${label} {id: key}) RETURN key, ${projection.cypher} AS node`,
    params: { ...projection.params, ids },
    decode: (record) => ({
      key: record.key as string,
      node: materializeNode(record.node, projection.shape) as NodeRecord,
    }),
  };
}
