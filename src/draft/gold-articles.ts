import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { DraftStatement } from './draft.js';
import type { ExtractionLike } from './score.js';

/** Folders whose articles have a hand-written extraction the drafter is scored against. */
export const GOLD_DIRS = ['seeds', 'test/fixtures/other-angle', 'test/fixtures/drafting'];

/**
 * Gold statements (who said what about each deal), kept beside the gold
 * extractions until the extraction format knows `statements`: article id →
 * partnership id → statements.
 */
export const GOLD_STATEMENTS = 'test/fixtures/drafting-statements.yaml';

export interface GoldArticle {
  id: string;
  textFile: string;
  text: string;
  gold: ExtractionLike;
}

/** Every gold article, its statements merged into its partnerships. */
export function goldArticles(root = '.'): GoldArticle[] {
  const statements = (parse(readFileSync(join(root, GOLD_STATEMENTS), 'utf8')) ?? {}) as Record<
    string,
    Record<string, DraftStatement[]>
  >;
  return GOLD_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter(
        (f) => f.endsWith('.txt') && existsSync(join(root, dir, f.replace(/\.txt$/u, '.yaml'))),
      )
      .sort()
      .map((f) => {
        const id = basename(f, '.txt');
        const gold = parse(
          readFileSync(join(root, dir, `${id}.yaml`), 'utf8'),
        ) as ExtractionLike & {
          article: { id: string };
        };
        for (const p of gold.partnerships ?? []) {
          const said = statements[gold.article.id]?.[p.id];
          if (said && !p.statements) p.statements = said;
        }
        return { id, textFile: join(dir, f), text: readFileSync(join(root, dir, f), 'utf8'), gold };
      }),
  );
}
