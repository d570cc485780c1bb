import type { ArticleGraph, NodeWrite, Props, RelWrite } from '../graph/model.js';
import {
  assertRelType,
  ENTITY_LABELS,
  type EntityLabel,
  type FactRelType,
  Label,
} from '../graph/vocabulary.js';
import {
  clearPropertiesOf,
  clearRelationshipProperties,
  deleteAliases,
  deleteEvidenceOf,
  deleteNodes,
  deleteRelationships,
  withdrawAliases,
} from './article-retraction.js';
import { groupBy, mergeNodes, mergeRelationships, refreshNames } from './article-writes.js';
import type { Statement } from './executor.js';
import { evidenceProps } from './stated-values.js';

/**
 * Cypher for writing a batch of articles in one transaction: one statement per
 * label and relationship type for the whole batch, not per article. What
 * several articles write to the same node or relationship is merged here in
 * article order, so the result is what writing them one after the other gives.
 * Builders are pure and return { cypher, params }.
 */

/** What one withdrawal of an article does; see src/ingest/batch-state.ts. */
export interface WithdrawalRows {
  articleId: string;
  aliasKeys: string[];
  deleteAliases: string[];
  clearNodes: { node: string; properties: string[] }[];
  clearRelationships: { type: string; claimId: string; properties: string[] }[];
  deleteRelationships: { type: string; claimId: string }[];
  deleteNodes: string[];
  refresh: string[];
}

type NodeLabel = EntityLabel | typeof Label.Partnership;
const NODE_LABELS: readonly NodeLabel[] = [...ENTITY_LABELS, Label.Partnership];

function splitNodeKey(key: string): { label: NodeLabel; id: string } {
  const at = key.indexOf(':');
  const label = NODE_LABELS.find((l) => l === key.slice(0, at));
  if (!label) throw new Error(`not a node key of an entity or partnership: ${key}`);
  return { label, id: key.slice(at + 1) };
}

const nulls = (properties: Iterable<string>) =>
  Object.fromEntries([...properties].map((p) => [p, null])) as Record<string, null>;

/** Adds `props` to each relationship named by its element id (rows `{element, props}`). */
export function setRelationshipProps(
  rows: { element: string; props: Record<string, unknown> }[],
): Statement {
  return {
    cypher:
      'UNWIND $rows AS row MATCH ()-[r]->() WHERE elementId(r) = row.element SET r += row.props',
    params: { rows },
  };
}

/**
 * Locks the batch's Article nodes (creating those that do not exist yet) and
 * returns what the graph holds of each. A second loader working on the same
 * articles waits here until this batch commits, then sees it loaded.
 */
export function lockArticles(ids: string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MERGE (a:${Label.Article} {id: id})
SET a.loading = true REMOVE a.loading
RETURN id, a.sha256 AS sha256, a.extractionSha256 AS extractionSha256`,
    params: { ids: [...ids].sort() },
  };
}

/** Deletes the Article nodes lockArticles created that the batch did not write. */
export function dropUnwrittenArticles(ids: string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:${Label.Article} {id: id}) WHERE a.sha256 IS NULL DELETE a`,
    params: { ids },
  };
}

/** What the graph holds of each article that exists: its text and extraction hashes. */
export function articleStates(ids: string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (a:${Label.Article} {id: id})
RETURN id, a.sha256 AS sha256, a.extractionSha256 AS extractionSha256`,
    params: { ids },
  };
}

/** The withdrawals of reloaded articles, all carried out before the batch writes. */
export function withdrawalStatements(withdrawals: WithdrawalRows[]): Statement[] {
  if (withdrawals.length === 0) return [];
  const statements: Statement[] = [];
  const byKey = new Map<string, string[]>();
  for (const w of withdrawals)
    for (const key of w.aliasKeys) byKey.set(key, [...(byKey.get(key) ?? []), w.articleId]);
  if (byKey.size > 0)
    statements.push(withdrawAliases([...byKey].map(([key, articleIds]) => ({ key, articleIds }))));
  const aliases = [...new Set(withdrawals.flatMap((w) => w.deleteAliases))];
  if (aliases.length > 0) statements.push(deleteAliases(aliases));
  statements.push(deleteEvidenceOf(withdrawals.map((w) => w.articleId)));

  const nodeProps = new Map<string, Set<string>>();
  for (const { node, properties } of withdrawals.flatMap((w) => w.clearNodes)) {
    nodeProps.set(node, new Set([...(nodeProps.get(node) ?? []), ...properties]));
  }
  for (const [label, rows] of groupBy([...nodeProps], ([node]) => splitNodeKey(node).label)) {
    statements.push(
      clearPropertiesOf(
        label as NodeLabel,
        rows.map(([node, props]) => ({ id: splitNodeKey(node).id, nulls: nulls(props) })),
      ),
    );
  }
  const relProps = new Map<string, { type: FactRelType; claimId: string; props: Set<string> }>();
  for (const r of withdrawals.flatMap((w) => w.clearRelationships)) {
    const k = `${r.type}|${r.claimId}`;
    const entry = relProps.get(k) ?? {
      type: assertRelType(r.type),
      claimId: r.claimId,
      props: new Set<string>(),
    };
    for (const p of r.properties) entry.props.add(p);
    relProps.set(k, entry);
  }
  for (const [type, rows] of groupBy([...relProps.values()], (r) => r.type)) {
    statements.push(
      clearRelationshipProperties(
        assertRelType(type),
        rows.map((r) => ({ claimId: r.claimId, nulls: nulls(r.props) })),
      ),
    );
  }
  for (const [type, rows] of groupBy(
    withdrawals.flatMap((w) => w.deleteRelationships),
    (r) => r.type,
  )) {
    statements.push(
      deleteRelationships(assertRelType(type), [...new Set(rows.map((r) => r.claimId))]),
    );
  }
  const orphans = [...new Set(withdrawals.flatMap((w) => w.deleteNodes))].map(splitNodeKey);
  for (const [label, rows] of groupBy(orphans, (n) => n.label)) {
    statements.push(
      deleteNodes(
        label as NodeLabel,
        rows.map((n) => n.id),
      ),
    );
  }
  return statements;
}

/** Merges aliases for many articles; each row carries the articles that give it, in order. */
export function mergeAliasRows(
  label: EntityLabel,
  rows: { key: string; text: string; entityId: string; articles: string[] }[],
): Statement {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (e:${label} {id: row.entityId})
MERGE (a:${Label.Alias} {key: row.key}) ON CREATE SET a.text = row.text
MERGE (a)-[l:ALIAS_OF]->(e)
SET l.articles = COLLECT { UNWIND coalesce(l.articles, []) + row.articles AS given RETURN DISTINCT given ORDER BY given }`,
    params: { rows },
  };
}

/** Merges evidence of many articles about subjects of one label. */
export function mergeEvidenceRows(
  subjectLabel: NodeWrite['label'],
  rows: { id: string; articleId: string; subjectId: string; props: Props }[],
): Statement {
  return {
    cypher: `
UNWIND $rows AS row
MATCH (article:${Label.Article} {id: row.articleId})
MATCH (s:${subjectLabel} {id: row.subjectId})
MERGE (e:${Label.Evidence} {id: row.id})
SET e += row.props
MERGE (e)-[:QUOTED_FROM]->(article)
MERGE (e)-[:ABOUT]->(s)`,
    params: { rows },
  };
}

/**
 * The batch's graphs, merged in article order: a node's or relationship's
 * properties as the last article to state each left them, aliases with every
 * article that gives them, then names recomputed for every entity whose
 * aliases changed (`refresh` adds those a withdrawal changed).
 */
export function graphStatements(graphs: ArticleGraph[], refresh: string[] = []): Statement[] {
  const nodes = new Map<string, NodeWrite>();
  const aliases = new Map<
    string,
    { label: EntityLabel; key: string; text: string; entityId: string; articles: string[] }
  >();
  const rels = new Map<string, RelWrite>();
  const evidence: { label: NodeWrite['label']; row: Parameters<typeof mergeEvidenceRows>[1][0] }[] =
    [];
  for (const g of graphs) {
    for (const n of g.nodes) {
      const key = `${n.label}:${n.id}`;
      const seen = nodes.get(key);
      if (seen) Object.assign(seen.props, n.props);
      else nodes.set(key, { ...n, props: { ...n.props } });
    }
    for (const a of g.aliases) {
      const k = `${a.key}|${a.entity.id}`;
      const seen = aliases.get(k);
      if (seen) seen.articles.push(g.articleId);
      else
        aliases.set(k, {
          label: a.entity.label,
          key: a.key,
          text: a.text,
          entityId: a.entity.id,
          articles: [g.articleId],
        });
    }
    for (const r of g.rels) {
      const k = `${r.type}|${r.from.label}|${r.to.label}|${r.claimId}`;
      const seen = rels.get(k);
      if (seen) Object.assign(seen.props, r.props);
      else rels.set(k, { ...r, props: { ...r.props } });
    }
    for (const e of g.evidence) {
      evidence.push({
        label: e.subject.label,
        row: {
          id: e.id,
          articleId: g.articleId,
          subjectId: e.subject.id,
          props: evidenceProps(e, g.articleId),
        },
      });
    }
  }
  const statements: Statement[] = [];
  // Articles first: evidence hangs off them.
  const byLabel = groupBy([...nodes.values()], (n) => n.label);
  const labels = [...byLabel.keys()].sort(
    (a, b) => Number(b === Label.Article) - Number(a === Label.Article),
  );
  for (const label of labels)
    statements.push(mergeNodes(label as NodeWrite['label'], byLabel.get(label) ?? []));
  const changed = new Set(refresh);
  for (const [label, rows] of groupBy([...aliases.values()], (a) => a.label)) {
    statements.push(
      mergeAliasRows(
        label as EntityLabel,
        rows.map(({ key, text, entityId, articles }) => ({ key, text, entityId, articles })),
      ),
    );
    for (const r of rows) changed.add(`${r.label}:${r.entityId}`);
  }
  for (const [label, keys] of groupBy([...changed], (k) => k.slice(0, k.indexOf(':')))) {
    const entityLabel = ENTITY_LABELS.find((l) => l === label);
    if (entityLabel)
      statements.push(
        refreshNames(entityLabel, [...new Set(keys.map((k) => k.slice(label.length + 1)))]),
      );
  }
  for (const group of groupBy(
    [...rels.values()],
    (r) => `${r.type}|${r.from.label}|${r.to.label}`,
  ).values()) {
    statements.push(mergeRelationships(group));
  }
  for (const [label, rows] of groupBy(evidence, (e) => e.label)) {
    statements.push(
      mergeEvidenceRows(
        label as NodeWrite['label'],
        rows.map((r) => r.row),
      ),
    );
  }
  return statements;
}
