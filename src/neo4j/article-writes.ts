import type { ArticleGraph, NodeWrite, RelWrite } from '../graph/model.js';
import {
  ENTITY_LABELS,
  type EntityLabel,
  FACT_REL_TYPES,
  type FactRelType,
  Label,
} from '../graph/vocabulary.js';
import type { Row, Statement, Tx } from './executor.js';

/**
 * Cypher for writing one article's graph. Builders are pure and return
 * { cypher, params }; labels and relationship types come from the vocabulary.
 * An article is written in one transaction: first everything it asserted
 * before is retracted, then what it asserts now is merged, so loading the same
 * files twice changes nothing and loading an edited file leaves no stale claim.
 */

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

function assertRelType(value: unknown): FactRelType {
  if (!FACT_REL_TYPES.includes(value as FactRelType)) {
    throw new Error(`not a relationship type of the vocabulary: ${String(value)}`);
  }
  return value as FactRelType;
}

/** Deletes the article's evidence and returns the claims it supported, with their subjects. */
export function deleteArticleEvidence(articleId: string): Statement {
  return {
    cypher: `
MATCH (e:${Label.Evidence} {articleId: $articleId})
OPTIONAL MATCH (e)-[:ABOUT]->(s)
WITH e, e.claimId AS claimId, e.predicate AS predicate, coalesce(e.properties, []) AS properties,
     coalesce(e.relationship, CASE WHEN e.predicate <> 'property' THEN split(e.claimId, '#')[0] END) AS relationship,
     elementId(s) AS subject
DETACH DELETE e
RETURN claimId, predicate, properties, relationship, collect(DISTINCT subject) AS subjects`,
    params: { articleId },
  };
}

/**
 * Withdraws the article from the aliases it gave (kept in Article.aliasKeys);
 * an alias no article gives any more is deleted, except the canonical name of
 * an entity another article named, which stays resolvable while the entity
 * exists (the naming article rewrites its names when it reloads). Returns the
 * entities whose aliases changed.
 */
export function retractAliases(articleId: string): Statement {
  return {
    cypher: `
MATCH (article:${Label.Article} {id: $articleId})
UNWIND coalesce(article.aliasKeys, []) AS key
MATCH (alias:${Label.Alias} {key: key})-[l:ALIAS_OF]->(entity)
SET l.articles = [a IN coalesce(l.articles, []) WHERE a <> $articleId]
WITH alias, l, entity
CALL (alias, l, entity) {
  WITH alias, l, entity WHERE size(l.articles) = 0
    AND (alias.text <> coalesce(entity.name, '') OR entity.namedBy = $articleId)
  DETACH DELETE alias
}
RETURN DISTINCT labels(entity) AS labels, entity.id AS id`,
    params: { articleId },
  };
}

/** Of the given claims, those that no evidence supports any more. */
export function unsupportedClaims(claimIds: string[]): Statement {
  return {
    cypher: `
UNWIND $claimIds AS claimId
WITH claimId WHERE NOT EXISTS { MATCH (:${Label.Evidence} {claimId: claimId}) }
RETURN claimId`,
    params: { claimIds },
  };
}

export function deleteRelationships(type: FactRelType, claimIds: string[]): Statement {
  return {
    cypher: `UNWIND $claimIds AS claimId MATCH ()-[r:${assertRelType(type)} {claimId: claimId}]->() DELETE r`,
    params: { claimIds },
  };
}

export function clearRelationshipProperties(
  type: FactRelType,
  rows: { claimId: string; nulls: Record<string, null> }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row MATCH ()-[r:${assertRelType(type)} {claimId: row.claimId}]->() SET r += row.nulls`,
    params: { rows },
  };
}

export function clearNodeProperties(
  rows: { subject: string; nulls: Record<string, null> }[],
): Statement {
  return {
    cypher: 'UNWIND $rows AS row MATCH (n) WHERE elementId(n) = row.subject SET n += row.nulls',
    params: { rows },
  };
}

/** Deletes nodes that no article mentions and no evidence is about any more, with their aliases. */
export function deleteOrphans(elementIds: string[]): Statement {
  return {
    cypher: `
UNWIND $elementIds AS elementId
MATCH (n) WHERE elementId(n) = elementId AND NOT n:${Label.Article}
  AND NOT EXISTS { (n)<-[:MENTIONS]-() }
  AND NOT EXISTS { (n)<-[:ABOUT]-(:${Label.Evidence}) }
CALL (n) { MATCH (a:${Label.Alias})-[:ALIAS_OF]->(n) DETACH DELETE a }
DETACH DELETE n`,
    params: { elementIds },
  };
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
      rows: rows.map(({ subject, id, ...rest }) => ({
        id,
        subjectId: subject.id,
        props: { ...rest, articleId, subjectLabel: subject.label, subjectId: subject.id },
      })),
    },
  };
}

const nulls = (properties: string[]) =>
  Object.fromEntries(properties.map((p) => [p, null])) as Record<string, null>;

/** Withdraws everything the article asserted; claims other articles support stay. */
export async function retractArticle(tx: Tx, articleId: string): Promise<void> {
  const claims = await tx.run(deleteArticleEvidence(articleId));
  const aliased = await tx.run(retractAliases(articleId));
  if (claims.length > 0) {
    const unsupported = new Set(
      (await tx.run(unsupportedClaims(claims.map((c) => String(c.claimId))))).map((r) =>
        String(r.claimId),
      ),
    );
    const dropped = claims.filter((c) => unsupported.has(String(c.claimId)));
    const properties = (c: Row) => (c.properties as string[] | null) ?? [];

    const nodeProps = dropped.filter((c) => c.relationship === null);
    if (nodeProps.length > 0) {
      const rows = nodeProps.flatMap((c) =>
        (c.subjects as string[]).map((subject) => ({ subject, nulls: nulls(properties(c)) })),
      );
      await tx.run(clearNodeProperties(rows));
    }
    const onRelationships = dropped.filter((c) => c.relationship !== null);
    for (const [type, group] of groupBy(onRelationships, (c) => String(c.predicate))) {
      const relType = assertRelType(type);
      const whole = group
        .filter((c) => properties(c).length === 0)
        .map((c) => String(c.relationship));
      const partial = group
        .filter((c) => properties(c).length > 0)
        .map((c) => ({ claimId: String(c.relationship), nulls: nulls(properties(c)) }));
      if (partial.length > 0) await tx.run(clearRelationshipProperties(relType, partial));
      if (whole.length > 0) await tx.run(deleteRelationships(relType, whole));
    }
    await tx.run(deleteOrphans([...new Set(claims.flatMap((c) => c.subjects as string[]))]));
  }
  for (const [label, rows] of groupBy(aliased, (r) => String((r.labels as string[])[0]))) {
    const entityLabel = ENTITY_LABELS.find((l) => l === label);
    if (entityLabel)
      await tx.run(
        refreshNames(
          entityLabel,
          rows.map((r) => String(r.id)),
        ),
      );
  }
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
