import { LANGUAGES, Label, Rel } from '../../graph/vocabulary.js';
import { setRelationshipProps } from '../batch-writes.js';
import type { Tx } from '../executor.js';
import { settlePartnerships } from '../partnership-settle.js';
import type { PagedMigration } from './index.js';

/**
 * Issue 10: partnerships reported by several articles. Each report now keeps
 * on its MENTIONS edge the id, kind and names its article gave; the node's id,
 * names, kind and aliases are settled from them (partnership-settle.ts).
 * Before, every report of a partnership used its id, the article that named
 * it kept its names and kind, and the others' names were dropped: those
 * reports get the node's name, which is the best the old graph knows (reloading
 * such an article records its own).
 */
export const partnershipReports: PagedMigration = {
  id: '002-partnership-reports',
  description:
    'Each report of a partnership keeps its id, kind and names on its MENTIONS edge; the node is settled from its earliest report',
  walks: [Label.Partnership],
  async up(tx: Tx, page) {
    const rows = await tx.run({
      cypher: `
UNWIND $ids AS id
MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(p:${Label.Partnership} {id: id})
WHERE m.reportedAs IS NULL
RETURN elementId(m) AS element, a.id = p.namedBy AS naming, p.id AS id, properties(p) AS props`,
      params: { ids: page.ids },
    });
    const updates = rows.map((row) => {
      const p = row.props as Record<string, unknown>;
      const names = row.naming
        ? Object.fromEntries(
            LANGUAGES.map((lang) => [`reportedName_${lang}`, p[`name_${lang}`] ?? null]),
          )
        : {};
      return {
        element: String(row.element),
        props: {
          reportedAs: row.id,
          reportedKind: p.kind ?? null,
          reportedName: p.name ?? null,
          ...names,
        },
      };
    });
    if (updates.length > 0) await tx.run(setRelationshipProps(updates));
    const partnerships = [...new Set(rows.map((r) => String(r.id)))];
    await settlePartnerships(tx, partnerships);
    return updates.length + partnerships.length;
  },
};
