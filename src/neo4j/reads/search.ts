import type { EntityRecord } from '../../graph/records.js';
import { foldText } from '../../graph/text.js';
import type { EntityLabel } from '../../graph/vocabulary.js';
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
