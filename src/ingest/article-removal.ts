import { resolve } from 'node:path';
import { Label } from '../graph/vocabulary.js';
import type { Logger } from '../logger.js';
import { retractArticle } from '../neo4j/article-retraction.js';
import { nodesReportedBy, settleEntities } from '../neo4j/entity-names.js';
import type { Executor } from '../neo4j/executor.js';
import { settlePartnerships } from '../neo4j/partnership-settle.js';
import { applySchema } from '../neo4j/schema.js';
import { restateValues } from '../neo4j/stated-values.js';

/**
 * Taking articles out of the graph (`npm run seed -- --remove <id>`,
 * `--prune`): every claim only the article supports goes, a node left with no
 * claim goes, facts other articles support stay with their evidence, and a
 * partnership it was the earliest report of takes the next report's id, an
 * entity it named the next report's names.
 */

/** Ids that name no article in the graph; nothing was removed. */
export class UnknownArticleError extends Error {
  override name = 'UnknownArticleError';
  constructor(readonly ids: string[]) {
    super(
      `no article with id ${ids.map((id) => `"${id}"`).join(', ')} in the graph; nothing removed`,
    );
  }
}

export interface ArticleRemovalResult {
  id: string;
  /** Partnerships it reported that other articles still report (their ids after). */
  partnerships: string[];
  ms: number;
}

/** The articles the graph holds, with the text file each was loaded from. */
async function storedArticles(executor: Executor): Promise<{ id: string; file: string | null }[]> {
  const rows = await executor.query({
    cypher: `MATCH (a:${Label.Article}) RETURN a.id AS id, a.file AS file`,
  });
  return rows.map((r) => ({ id: String(r.id), file: typeof r.file === 'string' ? r.file : null }));
}

/** Removes one article in one transaction. */
async function removeArticle(executor: Executor, id: string): Promise<ArticleRemovalResult> {
  const started = Date.now();
  return executor.write(
    async (tx) => {
      const { partnerships: reported, entities } = await nodesReportedBy(tx, [id]);
      const withdrawn = await retractArticle(tx, id);
      // Values the article gave fall back to the latest other article's.
      await restateValues(tx, withdrawn);
      await tx.run({
        cypher: `MATCH (a:${Label.Article} {id: $id}) DETACH DELETE a`,
        params: { id },
      });
      await settlePartnerships(tx, reported);
      // Names it gave fall back to the earliest other article's.
      await settleEntities(tx, entities);
      const rows = await tx.run({
        cypher: `
UNWIND $reported AS before
OPTIONAL MATCH (p:${Label.Partnership} {id: before})
RETURN before, p IS NOT NULL AS kept`,
        params: { reported },
      });
      return {
        id,
        partnerships: rows.filter((r) => r.kept).map((r) => String(r.before)),
        ms: Date.now() - started,
      };
    },
    { metadata: { loader: 'remove', article: id } },
  );
}

/** Removes the articles, each in its own transaction; refuses (removing none) if one is unknown. */
export async function removeArticles(
  executor: Executor,
  ids: string[],
  logger: Logger,
): Promise<ArticleRemovalResult[]> {
  await applySchema(executor, logger);
  const known = new Set((await storedArticles(executor)).map((a) => a.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new UnknownArticleError(unknown);
  const results: ArticleRemovalResult[] = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const result = await removeArticle(executor, id);
    results.push(result);
    logger.info('article removed', {
      progress: `${index + 1}/${ids.length}`,
      article: id,
      ms: result.ms,
    });
  }
  return results;
}

/** Articles the graph holds that were loaded from the folder and whose files are gone from it. */
export async function articlesGoneFrom(
  executor: Executor,
  dir: string,
  present: Iterable<string>,
): Promise<string[]> {
  const here = new Set(present);
  const folder = resolve(dir);
  return (await storedArticles(executor))
    .filter((a) => a.file !== null && resolve(a.file, '..') === folder && !here.has(a.id))
    .map((a) => a.id)
    .sort();
}
