import type { ArticleGraph, NodeWrite, RelWrite } from '../graph/model.js';
import { assertRelType, ENTITY_LABELS, type EntityLabel, Label } from '../graph/vocabulary.js';
import type { Statement, Tx } from './executor.js';
import { evidenceProps } from './stated-values.js';

/**
 * Cypher for merging one article's graph. Builders are pure and return
 * { cypher, params }; labels and relationship types come from the vocabulary.
 * An article is written in one transaction: first what it asserted before is
 * retracted (article-retraction.ts), then what it asserts now is merged here,
 * so loading the same files twice changes nothing and loading an edited file
 * leaves no stale claim.
 */

/** Items grouped by a key, in first-seen order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * Merges nodes on their id. Properties merge (other articles may have set
 * others), except on the Article node, which its own file describes whole.
 */
export function mergeNodes(label: NodeWrite['label'], nodes: NodeWrite[]): Statement {
  const set = label === Label.Article ? 'SET n = row.props, n.id = row.id' : 'SET n += row.props';
  return {
    cypher: `UNWIND $rows AS row MERGE (n:${label} {id: row.id}) ${set}`,
    params: { rows: nodes.map((n) => ({ id: n.id, props: n.props })) },
  };
}

/** Merges aliases, recording on ALIAS_OF which articles give each, so retraction can withdraw them. */
export function mergeAliases(
  articleId: string,
  label: EntityLabel,
  rows: { key: string; text: string; entityId: string }[],
): Statement {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (e:${label} {id: row.entityId})
MERGE (a:${Label.Alias} {key: row.key}) ON CREATE SET a.text = row.text
MERGE (a)-[l:ALIAS_OF]->(e)
SET l.articles = COLLECT { UNWIND coalesce(l.articles, []) + $articleId AS given RETURN DISTINCT given ORDER BY given }`,
    params: { articleId, rows },
  };
}

/** Recomputes `names` (name, translations, aliases: what search indexes) and `aliases` from the Alias nodes. */
export function refreshNames(label: EntityLabel, ids: string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
WITH n, COLLECT {
  MATCH (a:${Label.Alias})-[:ALIAS_OF]->(n) WHERE n.name IS NULL OR a.text <> n.name
  RETURN a.text AS text ORDER BY text
} AS aliases
SET n.names = CASE WHEN n.name IS NULL THEN aliases ELSE [n.name] + aliases END, n.aliases = aliases`,
    params: { ids },
  };
}

export function mergeRelationships(rels: RelWrite[]): Statement {
  const [first] = rels;
  if (!first) throw new Error('mergeRelationships needs at least one relationship');
  return {
    cypher: `
UNWIND $rows AS row
MATCH (a:${first.from.label} {id: row.from})
MATCH (b:${first.to.label} {id: row.to})
MERGE (a)-[r:${assertRelType(first.type)} {claimId: row.claimId}]->(b)
SET r += row.props`,
    params: {
      rows: rels.map((r) => ({ from: r.from.id, to: r.to.id, claimId: r.claimId, props: r.props })),
    },
  };
}

export function mergeEvidence(
  articleId: string,
  subjectLabel: NodeWrite['label'],
  rows: ArticleGraph['evidence'],
): Statement {
  return {
    cypher: `
MATCH (article:${Label.Article} {id: $articleId})
UNWIND $rows AS row
MATCH (s:${subjectLabel} {id: row.subjectId})
MERGE (e:${Label.Evidence} {id: row.id})
SET e += row.props
MERGE (e)-[:QUOTED_FROM]->(article)
MERGE (e)-[:ABOUT]->(s)`,
    params: {
      articleId,
      rows: rows.map((e) => ({
        id: e.id,
        subjectId: e.subject.id,
        props: evidenceProps(e, articleId),
      })),
    },
  };
}

/** Merges the article's nodes, aliases, relationships and evidence. */
export async function writeArticleGraph(tx: Tx, graph: ArticleGraph): Promise<void> {
  // Articles first: evidence hangs off them.
  const byLabel = groupBy(graph.nodes, (n) => n.label);
  const labels = [...byLabel.keys()].sort(
    (a, b) => Number(b === Label.Article) - Number(a === Label.Article),
  );
  for (const label of labels) {
    await tx.run(mergeNodes(label as NodeWrite['label'], byLabel.get(label) ?? []));
  }
  for (const [label, aliases] of groupBy(graph.aliases, (a) => a.entity.label)) {
    const entityLabel = ENTITY_LABELS.find((l) => l === label);
    if (!entityLabel) continue;
    await tx.run(
      mergeAliases(
        graph.articleId,
        entityLabel,
        aliases.map((a) => ({ key: a.key, text: a.text, entityId: a.entity.id })),
      ),
    );
    await tx.run(refreshNames(entityLabel, [...new Set(aliases.map((a) => a.entity.id))]));
  }
  for (const rels of groupBy(
    graph.rels,
    (r) => `${r.type}|${r.from.label}|${r.to.label}`,
  ).values()) {
    await tx.run(mergeRelationships(rels));
  }
  for (const [label, evidence] of groupBy(graph.evidence, (e) => e.subject.label)) {
    await tx.run(mergeEvidence(graph.articleId, label as NodeWrite['label'], evidence));
  }
}
