import { NAME_PROPS, REPORTED_PROPS, reportedKey } from '../../graph/reported-names.js';
import { foldText } from '../../graph/text.js';
import {
  assertNodeLabel,
  ENTITY_LABELS,
  type EntityLabel,
  Label,
  ProvenanceRel,
  Rel,
} from '../../graph/vocabulary.js';
import { setRelationshipProps } from '../batch-writes.js';
import { settleEntityNames } from '../entity-names.js';
import type { Tx } from '../executor.js';
import type { PagedMigration } from './index.js';

/**
 * Entities take their names, kind or status and `namedBy` from their earliest
 * report, and each article keeps what it calls an entity on its MENTIONS edge
 * (AUTHORED for a byline), as partnerships do. Before, the first article
 * loaded named the entity for good and the others' names were only aliases.
 * This records on each edge what the old graph knows: the naming article's
 * names whole; for another article, the node's name when it gave that text
 * as one of its names (else its first name in alphabetical order), the node's
 * translations it gave other than that name, and the node's kind and status. Then each entity is settled from its
 * earliest report. Reloading an article (`npm run seed -- --force`) records
 * its own names exactly. Only edges without `reportedName` are written, so a
 * second run touches nothing.
 */

/** What an article's edge to an entity records, from the node and the aliases that article gave it. */
export function reportedFromStored(
  node: Record<string, unknown>,
  articleId: string,
  given: string[],
  byline: boolean,
): Record<string, unknown> {
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const props = byline ? ['name'] : REPORTED_PROPS;
  if (node.namedBy === articleId)
    return Object.fromEntries(props.map((p) => [reportedKey(p), text(node[p]) ?? null]));
  const folded = new Set(given.map(foldText));
  const gave = (v: string | undefined) => v !== undefined && folded.has(foldText(v));
  const nodeName = text(node.name);
  const name = gave(nodeName) ? nodeName : ([...given].sort()[0] ?? nodeName);
  const out: Record<string, unknown> = { [reportedKey('name')]: name ?? null };
  for (const p of props.filter((p) => p !== 'name')) {
    const value = text(node[p]);
    // A translation it gave besides the name it is taken to use; its own name
    // again is more likely all it said than a translation it gave.
    if (NAME_PROPS.includes(p)) out[reportedKey(p)] = gave(value) && value !== name ? value : null;
    else out[reportedKey(p)] = value ?? null;
  }
  return out;
}

export const entityNames: PagedMigration = {
  id: '004-entity-names',
  description:
    "Each article keeps what it calls an entity on its MENTIONS (or AUTHORED) edge; the entity's names, kind and namedBy are its earliest report's",
  walks: ENTITY_LABELS,
  async up(tx: Tx, page) {
    const rows = await tx.run({
      cypher: `
UNWIND $ids AS id
MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}|${Rel.AUTHORED}]-(n:${assertNodeLabel(page.label)} {id: id})
WHERE m.reportedName IS NULL
RETURN elementId(m) AS element, type(m) = '${Rel.AUTHORED}' AS byline, a.id AS articleId,
       labels(n)[0] AS label, n.id AS id, properties(n) AS node,
       COLLECT {
         MATCH (alias:${Label.Alias})-[l:${ProvenanceRel.ALIAS_OF}]->(n) WHERE a.id IN coalesce(l.articles, [])
         RETURN alias.text
       } AS given`,
      params: { ids: page.ids },
    });
    if (rows.length === 0) return 0;
    const edges = rows.map((r) => ({
      element: String(r.element),
      props: reportedFromStored(
        r.node as Record<string, unknown>,
        String(r.articleId),
        r.given as string[],
        Boolean(r.byline),
      ),
    }));
    await tx.run(setRelationshipProps(edges));
    const nodes = new Map<string, { label: EntityLabel; id: string; articles: string[] }>();
    for (const r of rows) {
      const key = `${String(r.label)}:${String(r.id)}`;
      const node = nodes.get(key) ?? {
        label: String(r.label) as EntityLabel,
        id: String(r.id),
        articles: [],
      };
      node.articles.push(String(r.articleId));
      nodes.set(key, node);
    }
    await tx.run(settleEntityNames([...nodes.values()]));
    return edges.length + nodes.size;
  },
};
