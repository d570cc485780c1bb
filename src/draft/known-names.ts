import { aliasKey, foldText } from '../graph/text.js';
import { type AliasName, aliasNames } from '../neo4j/alias-names.js';
import type { Executor } from '../neo4j/executor.js';
import type { ArticleText } from './article-text.js';
import { type DraftLabel, matchable } from './mentions.js';

/** Labels the draft looks up in the graph. */
export const LOOKED_UP: readonly DraftLabel[] = ['Company', 'Person', 'Place', 'Sector'];

/** Longest run of words looked up as one name. */
const MAX_WORDS = 5;

/** What the graph already calls the article's words: alias key → entity. */
export class KnownNames {
  private readonly byKey = new Map<string, AliasName>();

  constructor(rows: AliasName[] = []) {
    for (const row of rows) if (!this.byKey.has(row.key)) this.byKey.set(row.key, row);
  }

  /** No graph: nothing is known, ids are slugs of the names. */
  static none(): KnownNames {
    return new KnownNames();
  }

  get size(): number {
    return this.byKey.size;
  }

  /** The entity a name or alias names, accents and case ignored. */
  resolve(label: DraftLabel, text: string): AliasName | undefined {
    const found = this.byKey.get(aliasKey(label, text));
    return found && found.label === label ? found : undefined;
  }
}

/** Every run of up to five words of the article's sentences, as alias keys of each looked-up label. */
export function candidateKeys(article: ArticleText): string[] {
  const keys = new Set<string>();
  const plain = matchable(article.text);
  for (const s of article.sentences) {
    const words = [...plain.slice(s.start, s.end).matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'-]*/gu)].map(
      (m) => m[0],
    );
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_WORDS && i + n <= words.length; n++) {
        const phrase = words.slice(i, i + n).join(' ');
        // "d'Alibaba" is also "Alibaba".
        const forms = [phrase, phrase.replace(/^[dlDL]'/u, '')];
        for (const form of forms) {
          if (foldText(form).length < 2) continue;
          for (const label of LOOKED_UP) keys.add(aliasKey(label, form));
        }
      }
    }
  }
  return [...keys];
}

/** Reads what the graph knows of the article's words, in one parameterised statement. */
export async function lookupKnownNames(
  executor: Pick<Executor, 'read'>,
  article: ArticleText,
): Promise<KnownNames> {
  const keys = candidateKeys(article);
  const rows = await executor.read((tx) => tx.run(aliasNames(keys)), {
    metadata: { app: 'draft' },
  });
  return new KnownNames(rows);
}
