/** Text normalisation shared by ids, alias keys and search. */

/** Lower-case, accents removed, runs of non-alphanumerics collapsed to one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A stable id from a name: "Aglaë Derouen" → "aglae-derouen". */
export function slugify(text: string): string {
  return foldText(text).replace(/ /g, '-');
}

/** Ids are lower-case ASCII slugs: letters, digits and single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key of an Alias node: `<Label>:<text folded>`, so "Alibaba Group" and "ALIBABA group" meet. */
export function aliasKey(label: string, text: string): string {
  return `${label}:${foldText(text)}`;
}

/**
 * The first of the names in which every word of a search text starts a word,
 * accents and case ignored: the name a search matched on.
 */
export function nameMatching(names: readonly string[], text: string): string | undefined {
  const words = foldText(text).split(' ');
  return names.find((name) => {
    const folded = ` ${foldText(name)}`;
    return words.every((w) => folded.includes(` ${w}`));
  });
}
