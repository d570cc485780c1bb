import type { FactRelType } from '../graph/vocabulary.js';
import { assertRelType, ENTITY_LABELS, type EntityLabel, Label } from '../graph/vocabulary.js';
import { groupBy, refreshNames } from './article-writes.js';
import { byLabelAndId } from './entity-lookup.js';
import type { Row, Statement, Tx } from './executor.js';
import type { StatedClaim } from './stated-values.js';

/**
 * Withdrawing what an article asserted, before it is written again. Its
 * evidence goes; a claim no other article supports goes with it (a
 * relationship is deleted, properties are removed); a node no article mentions
 * any more is deleted; the aliases it gave are withdrawn.
 */

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
 * an alias no article gives any more is deleted. (An entity's canonical names
 * are its earliest present report's, which gives them as aliases too, so they
 * stay resolvable: entity-names.ts.) Returns the entities whose aliases changed.
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

const nulls = (properties: string[]) =>
  Object.fromEntries(properties.map((p) => [p, null])) as Record<string, null>;

/**
 * Withdraws everything the article asserted; claims other articles support
 * stay. Returns the claims it had quotes of, whose values other articles may
 * now give (stated-values.ts).
 */
export async function retractArticle(tx: Tx, articleId: string): Promise<StatedClaim[]> {
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
  return claims.map((c) => ({
    claimId: String(c.claimId),
    predicate: String(c.predicate),
    relationship: (c.relationship as string | null) ?? null,
    properties: (c.properties as string[] | null) ?? [],
  }));
}

/*
 * Reloading many articles in one transaction (the bulk loader). The loader
 * reads what the articles asserted and what else supports it (the two
 * statements below), decides in memory what per-article reloads would withdraw
 * (src/ingest/batch-state.ts), and the statements after them carry that out.
 */

/** The evidence of the articles, one row per quote, with the claim it supports and its subject. */
export function articlesEvidence(articleIds: string[]): Statement {
  return {
    cypher: `
MATCH (e:${Label.Evidence}) WHERE e.articleId IN $articleIds
OPTIONAL MATCH (e)-[:ABOUT]->(s)
RETURN e.articleId AS articleId, e.claimId AS claimId, e.predicate AS predicate,
       coalesce(e.properties, []) AS properties,
       coalesce(e.relationship, CASE WHEN e.predicate <> 'property' THEN split(e.claimId, '#')[0] END) AS relationship,
       labels(s)[0] AS subjectLabel, s.id AS subjectId`,
    params: { articleIds },
  };
}

/**
 * What keeps claims and nodes in the graph once the articles are withdrawn:
 * the claims that evidence of other articles supports; the subjects that
 * nothing else mentions or quotes (they go when the articles no longer do),
 * with their state and alias keys; and the alias keys each article gave.
 */
export function retractionSupport(
  articleIds: string[],
  claimIds: string[],
  subjects: { label: string; id: string }[],
): Statement {
  return {
    cypher: `
CALL () {
  UNWIND $claimIds AS claimId
  WITH claimId WHERE EXISTS {
    MATCH (o:${Label.Evidence} {claimId: claimId}) WHERE NOT o.articleId IN $articleIds
  }
  RETURN collect(claimId) AS claimsElsewhere
}
CALL () {
  UNWIND $subjects AS s
  CALL (s) {
  ${byLabelAndId('n', 's')}
  }
  WITH s, n WHERE NOT EXISTS { MATCH (n)<-[:MENTIONS]-(a) WHERE NOT a.id IN $articleIds }
    AND NOT EXISTS { MATCH (n)<-[:ABOUT]-(o:${Label.Evidence}) WHERE NOT o.articleId IN $articleIds }
  RETURN collect({
    label: s.label, id: s.id, namedBy: n.namedBy, kind: n.kind, name: n.name,
    aliasKeys: COLLECT { MATCH (a:${Label.Alias})-[:ALIAS_OF]->(n) RETURN a.key }
  }) AS orphanable
}
CALL () {
  UNWIND $articleIds AS id
  MATCH (article:${Label.Article} {id: id})
  RETURN collect({articleId: id, keys: coalesce(article.aliasKeys, [])}) AS aliasKeys
}
RETURN claimsElsewhere, orphanable, aliasKeys`,
    params: { articleIds, claimIds, subjects },
  };
}

export function deleteEvidenceOf(articleIds: string[]): Statement {
  return {
    cypher: `MATCH (e:${Label.Evidence}) WHERE e.articleId IN $articleIds DETACH DELETE e`,
    params: { articleIds },
  };
}

/** Takes articles off the aliases they gave (rows: an alias key and the articles to remove). */
export function withdrawAliases(rows: { key: string; articleIds: string[] }[]): Statement {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (:${Label.Alias} {key: row.key})-[l:ALIAS_OF]->()
SET l.articles = [a IN coalesce(l.articles, []) WHERE NOT a IN row.articleIds]`,
    params: { rows },
  };
}

export function deleteAliases(keys: string[]): Statement {
  return {
    cypher: `UNWIND $keys AS key MATCH (a:${Label.Alias} {key: key}) DETACH DELETE a`,
    params: { keys },
  };
}

export function clearPropertiesOf(
  label: EntityLabel | typeof Label.Partnership,
  rows: { id: string; nulls: Record<string, null> }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n += row.nulls`,
    params: { rows },
  };
}

/** Deletes nodes, with their aliases and relationships. */
export function deleteNodes(
  label: EntityLabel | typeof Label.Partnership,
  ids: string[],
): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (n:${label} {id: id})
CALL (n) { MATCH (a:${Label.Alias})-[:ALIAS_OF]->(n) DETACH DELETE a }
DETACH DELETE n`,
    params: { ids },
  };
}
