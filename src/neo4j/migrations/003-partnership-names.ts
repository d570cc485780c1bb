import { LANGUAGES, Label } from '../../graph/vocabulary.js';
import type { PagedMigration } from './index.js';

/**
 * Partnerships get `names` (the canonical name, then each language's, once
 * each), which the `partnership_names` full-text index covers so that
 * `suggest` finds them by any of their names. The loader writes it since
 * (partnership-settle.ts, from the canonical report); this computes the same list for
 * partnerships loaded before. Only those whose list differs are written, so
 * a second run touches nothing.
 */
export const partnershipNamesMigration: PagedMigration = {
  id: '003-partnership-names',
  description: 'Partnership.names: every name of a partnership, for the partnership_names index',
  walks: [Label.Partnership],
  async up(tx, page) {
    const [row] = await tx.run<{ touched: number }>({
      cypher: `
UNWIND $ids AS id
MATCH (p:${Label.Partnership} {id: id})
WITH p, reduce(names = [], name IN [p.name] + [lang IN $languages | p['name_' + lang]] |
  CASE WHEN name IS NULL OR name IN names THEN names ELSE names + name END) AS names
WHERE p.names IS NULL OR p.names <> names
SET p.names = names
RETURN count(p) AS touched`,
      params: { ids: page.ids, languages: [...LANGUAGES] },
    });
    return Number(row?.touched ?? 0);
  },
};
