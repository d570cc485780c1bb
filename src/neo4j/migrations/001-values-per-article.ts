import { assertRelType, Label } from '../../graph/vocabulary.js';
import type { Tx } from '../executor.js';
import { valueKey } from '../stated-values.js';
import type { WholeMigration } from './index.js';

/**
 * Before values were kept per article, a node held the value of the article
 * loaded last and the Evidence of a property claim held no value. Where one
 * article alone states a claim, its value is the node's: it is copied onto its
 * evidence. Where several do, the others' values are lost from the graph:
 * their evidence gets the node's value for now, and their articles forget
 * the extraction file they were loaded from (`extractionSha256`), so the next
 * `npm run seed` reloads them from their files and restores each article's
 * value. Statements about deals were not stored before; articles whose files
 * now have them are reloaded anyway, their files having changed.
 */

/** Evidence of a property claim written before values were kept on it. */
const WITHOUT_VALUES = `size(coalesce(e.properties, [])) > 0
  AND none(k IN keys(e) WHERE k STARTS WITH '${valueKey('')}')`;

async function count(tx: Tx, cypher: string, params: Record<string, unknown> = {}) {
  const [row] = await tx.run<{ n: number }>({ cypher, params });
  return Number(row?.n ?? 0);
}

export const valuesPerArticle: WholeMigration = {
  id: '001-values-per-article',
  description:
    'Copies each property claim’s value onto its evidence; articles whose values were overwritten by another are marked for reload',
  async up(tx) {
    const reload = await count(
      tx,
      `MATCH (e:${Label.Evidence}) WHERE ${WITHOUT_VALUES}
WITH e.claimId AS claimId, collect(DISTINCT e.articleId) AS articles WHERE size(articles) > 1
UNWIND articles AS id
MATCH (a:${Label.Article} {id: id}) WHERE a.extractionSha256 IS NOT NULL
WITH DISTINCT a
REMOVE a.extractionSha256
RETURN count(a) AS n`,
    );
    const onNodes = await count(
      tx,
      `MATCH (e:${Label.Evidence}) WHERE e.relationship IS NULL AND ${WITHOUT_VALUES}
MATCH (e)-[:ABOUT]->(n)
FOREACH (p IN e.properties | SET e['${valueKey('')}' + p] = n[p])
RETURN count(e) AS n`,
    );
    const types = await tx.run<{ type: string }>({
      cypher: `MATCH (e:${Label.Evidence}) WHERE e.relationship IS NOT NULL AND ${WITHOUT_VALUES}
RETURN DISTINCT e.predicate AS type`,
    });
    let onRelationships = 0;
    for (const { type } of types) {
      onRelationships += await count(
        tx,
        `MATCH (e:${Label.Evidence}) WHERE e.relationship IS NOT NULL AND e.predicate = $type AND ${WITHOUT_VALUES}
MATCH ()-[r:${assertRelType(type)} {claimId: e.relationship}]->()
FOREACH (p IN e.properties | SET e['${valueKey('')}' + p] = r[p])
RETURN count(e) AS n`,
        { type },
      );
    }
    return reload + onNodes + onRelationships;
  },
};
