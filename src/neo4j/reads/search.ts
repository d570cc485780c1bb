import type { EntityRecord, NodeRecord } from '../../graph/records.js';
import { foldText } from '../../graph/text.js';
import { ENTITY_LABELS, type EntityLabel, Label, type NamedLabel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { materializeNode } from './materialize.js';
import { PROPERTIES_ONLY, type Projection } from './projection.js';

/**
 * The English stop words of Lucene's standard analyzers, which the
 * `standard-folding` index leaves out: a name holds none of them.
 */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * The Lucene query for a text: every word must match a name, as a whole word
 * (scored higher) or as the start of one, so `bollo` finds Bolloré while
 * `bollore` ranks it first. Stop words (`in`, `of`) are only wished for, since
 * the index drops them. Words are folded first (lower case, no accents, no
 * punctuation), which also leaves no Lucene syntax to escape. Empty when the
 * text has no letter or digit.
 */
export function luceneQuery(text: string): string {
  const words = foldText(text).split(' ').filter(Boolean);
  return words.map((word) => `${STOP_WORDS.has(word) ? '' : '+'}(${word}^2 OR ${word}*)`).join(' ');
}

/**
 * Entities whose names or aliases match the query, best first, of the given
 * labels (every label the index holds when undefined); each read as the
 * projection says.
 */
export function searchEntities(
  query: string,
  labels: readonly EntityLabel[] | undefined,
  first: number,
  projection: Projection = PROPERTIES_ONLY,
): Statement<{ node: EntityRecord; score: number }> {
  return {
    // Sorted and cut before anything is projected: only the hits returned are read.
    cypher: `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
${labels ? 'WHERE any(label IN labels(node) WHERE label IN $labels)\n' : ''}WITH node AS n, score
ORDER BY score DESC, n.name, n.id
LIMIT $first
RETURN ${projection.cypher} AS node, score`,
    params: { ...projection.params, query, first, ...(labels ? { labels } : {}) },
    decode: (record) => ({
      node: materializeNode(record.node, projection.shape) as EntityRecord,
      score: record.score as number,
    }),
  };
}

/**
 * Nodes of the given labels (entities and partnerships) whose names match
 * the query, best first: the entities from `entity_names`, the partnerships
 * from `partnership_names`, in one statement. Each index is asked only when
 * one of its labels is wanted, and asked for its best `first` hits only when
 * none of its labels is filtered out (Lucene then keeps only those, instead of
 * every node a short prefix matches). The two indexes score alike (same
 * analyzer, same query), though each by its own term statistics.
 */
export function suggestNodes(
  query: string,
  labels: readonly NamedLabel[],
  first: number,
  projection: Projection = PROPERTIES_ONLY,
): Statement<{ node: NodeRecord; label: NamedLabel; score: number }> {
  const entities = labels.filter((l): l is EntityLabel => l !== Label.Partnership);
  // entity_names holds every entity label (schema/constraints.cypher).
  const everyEntity = ENTITY_LABELS.every((l) => entities.includes(l));
  const branches = [
    ...(entities.length > 0
      ? [
          `CALL db.index.fulltext.queryNodes('entity_names', $query${everyEntity ? ', {limit: $first}' : ''}) YIELD node, score
  ${everyEntity ? '' : 'WHERE any(label IN labels(node) WHERE label IN $entities)\n  '}RETURN node, score`,
        ]
      : []),
    ...(labels.includes(Label.Partnership)
      ? [
          `CALL db.index.fulltext.queryNodes('partnership_names', $query, {limit: $first}) YIELD node, score
  RETURN node, score`,
        ]
      : []),
  ];
  return {
    // Sorted and cut before anything is projected: only the hits returned are read.
    cypher: `
CALL () {
  ${branches.join('\n  UNION ALL\n  ')}
}
WITH node AS n, score
ORDER BY score DESC, n.name, n.id
LIMIT $first
RETURN ${projection.cypher} AS node, labels(n)[0] AS label, score`,
    params: { ...projection.params, query, first, entities },
    decode: (record) => ({
      node: materializeNode(record.node, projection.shape) as NodeRecord,
      label: record.label as NamedLabel,
      score: record.score as number,
    }),
  };
}
