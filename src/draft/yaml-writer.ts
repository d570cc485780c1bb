import { Document, isMap, isSeq, type Node } from 'yaml';
import type { DraftExtraction } from './draft.js';

const SECTION_NOTES: Record<string, string> = {
  companies:
    " Companies: ids are the graph's where a name or alias matched, else slugs of the names.",
  people: ' People and their roles.',
  sectors: " Sectors, from the drafter's lexicon or the graph.",
  places: " Places, from the drafter's gazetteer or the graph.",
  partnerships: ' The deal the article reports, with its details and who said what about it.',
};

/**
 * The draft as YAML for a person to review: a header saying how, a note on
 * each section, one item after another with a blank line between, and every
 * doubt as a `review:` key (its comment repeats it where it is easy to see).
 */
export function draftYaml(draft: DraftExtraction, source: string): string {
  const doc = new Document(draft);
  doc.commentBefore = [
    ` Drafted by \`npm run draft\` from ${source}, from the text alone: review it before loading.`,
    ' Each item with a `review:` key is a guess: delete the key to accept the item, or delete the',
    " item. Every evidence is the article's own words. Then check the folder with",
    ' `npm run seed -- --check --dir <folder>` and load it with `npm run seed -- --dir <folder>`.',
    ' Format: schema/extraction-format.md.',
  ].join('\n');
  const root = doc.contents;
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown }).value ?? pair.key);
      const note = SECTION_NOTES[key];
      if (note) (pair.key as Node).commentBefore = note;
      if (key !== 'article') (pair.key as Node).spaceBefore = true;
      if (isSeq(pair.value)) {
        pair.value.items.forEach((item, i) => {
          if (i > 0) (item as Node).spaceBefore = true;
        });
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
