import type { ArticleGraph } from '../graph/model.js';
import { REPORTED_PROPS, reportedKey } from '../graph/reported-names.js';
import { ENTITY_LABELS, type EntityLabel, Label, Rel } from '../graph/vocabulary.js';
import { byLabelAndId } from './entity-lookup.js';
import type { Statement, Tx } from './executor.js';

/**
 * An entity takes its canonical names, its kind or status and `namedBy` from
 * its earliest report: the earliest-published article that names it (ties:
 * the smaller article id), as a partnership does (partnership-settle.ts). Each
 * article keeps what it calls the entity on its own MENTIONS edge (AUTHORED
 * for a byline), so settling is a function of the articles present: run after
 * every write and removal, it gives the graph the order of loading would not
 * change, and removing the naming article hands the names to the next one.
 * `names` and `aliases` (what search reads) are recomputed with them.
 */

/** A node an article reports (or reported, before it was withdrawn), by label and id. */
export interface ReportedNode {
  label: string;
  id: string;
  articleId: string;
}

/** The nodes some articles mention or author: what to settle once they are rewritten or gone. */
export async function nodesReportedBy(
  tx: Tx,
  articleIds: string[],
): Promise<{ partnerships: string[]; entities: ReportedNode[] }> {
  if (articleIds.length === 0) return { partnerships: [], entities: [] };
  const rows = await tx.run({
    cypher: `
MATCH (a:${Label.Article})-[:${Rel.MENTIONS}|${Rel.AUTHORED}]-(n) WHERE a.id IN $articleIds
RETURN DISTINCT labels(n)[0] AS label, n.id AS id, a.id AS articleId`,
    params: { articleIds },
  });
  const nodes = rows.map((r) => ({
    label: String(r.label),
    id: String(r.id),
    articleId: String(r.articleId),
  }));
  return {
    partnerships: [...new Set(nodes.filter((n) => n.label === Label.Partnership).map((n) => n.id))],
    entities: nodes.filter((n) => n.label !== Label.Partnership),
  };
}

/**
 * Sets each entity's reported properties, and `namedBy`, from its earliest
 * report (a MENTIONS edge before an AUTHORED one of the same article), then
 * its `names` and `aliases` as refreshNames (article-writes.ts) computes them.
 * Only entities whose earliest report may have changed are read through:
 * unnamed, named by one of the articles just written or withdrawn, or named
 * by an article later than one just written; the others keep their names
 * without a look at every article that mentions them (a country may have
 * thousands). An entity no article reports keeps its state (it is deleted as
 * an orphan).
 */
export function settleEntityNames(
  nodes: { label: EntityLabel; id: string; articles: string[] }[],
): Statement {
  return {
    cypher: `
UNWIND $nodes AS c
CALL (c) {
  ${byLabelAndId('n', 'c')}
}
OPTIONAL MATCH (namer:${Label.Article} {id: n.namedBy})
WITH n, c, namer WHERE namer IS NULL OR namer.id IN c.articles OR EXISTS {
  UNWIND c.articles AS articleId
  MATCH (a:${Label.Article} {id: articleId})
  WHERE a.publishedOn < namer.publishedOn OR (a.publishedOn = namer.publishedOn AND a.id < namer.id)
}
CALL (n) {
  MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}|${Rel.AUTHORED}]-(n) WHERE m.reportedName IS NOT NULL
  RETURN a.id AS namedBy, properties(m) AS report
  ORDER BY a.publishedOn, a.id, type(m) DESC
  LIMIT 1
}
SET n.namedBy = namedBy
FOREACH (p IN $props | SET n[p.prop] = report[p.key])
WITH n, COLLECT {
  MATCH (alias:${Label.Alias})-[:ALIAS_OF]->(n) WHERE n.name IS NULL OR alias.text <> n.name
  RETURN alias.text AS text ORDER BY text
} AS aliases
SET n.names = CASE WHEN n.name IS NULL THEN aliases ELSE [n.name] + aliases END, n.aliases = aliases`,
    params: {
      nodes,
      props: REPORTED_PROPS.map((prop) => ({ prop, key: reportedKey(prop) })),
    },
  };
}

/**
 * Settles the names of the entities these articles wrote or withdrew
 * (partnerships and absent nodes are skipped), in one statement.
 */
export async function settleEntities(tx: Tx, reports: Iterable<ReportedNode>): Promise<void> {
  const nodes = new Map<string, { label: EntityLabel; id: string; articles: string[] }>();
  for (const r of reports) {
    const label = ENTITY_LABELS.find((l) => l === r.label);
    if (!label) continue;
    const node = nodes.get(`${label}:${r.id}`) ?? { label, id: r.id, articles: [] };
    if (!node.articles.includes(r.articleId)) node.articles.push(r.articleId);
    nodes.set(`${label}:${r.id}`, node);
  }
  if (nodes.size > 0) await tx.run(settleEntityNames([...nodes.values()]));
}

/** The entities an article's graph writes, as reports of that article. */
export const writtenBy = (graph: ArticleGraph): ReportedNode[] =>
  graph.nodes.map((n) => ({ label: n.label, id: n.id, articleId: graph.articleId }));
