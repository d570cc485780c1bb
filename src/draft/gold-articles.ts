import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { ExtractionLike } from './score.js';

/** Folders whose articles have a hand-written extraction the drafter is scored against. */
export const GOLD_DIRS = ['seeds', 'test/fixtures/other-angle', 'test/fixtures/drafting'];

export interface GoldArticle {
  id: string;
  textFile: string;
  text: string;
  gold: ExtractionLike;
}

/** Every gold article: its text and its hand extraction. */
export function goldArticles(root = '.'): GoldArticle[] {
  return GOLD_DIRS.flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter(
        (f) => f.endsWith('.txt') && existsSync(join(root, dir, f.replace(/\.txt$/u, '.yaml'))),
      )
      .sort()
      .map((f) => {
        const id = basename(f, '.txt');
        const gold = parse(readFileSync(join(root, dir, `${id}.yaml`), 'utf8')) as ExtractionLike;
        return { id, textFile: join(dir, f), text: readFileSync(join(root, dir, f), 'utf8'), gold };
      }),
  );
}
