/** Words frequent in one language and rare in the other. */
const FRENCH =
  /(?<![\p{L}])(?:le|la|les|des|du|et|est|dans|avec|pour|une|sur|qui|que|au|aux|ses|leur|été)(?![\p{L}])/giu;
const ENGLISH =
  /(?<![\p{L}])(?:the|and|of|with|for|is|in|on|that|its|their|has|was|will|to|by)(?![\p{L}])/giu;

/** The article's language, French or English, by counting each one's common words. */
export function detectLanguage(text: string): 'fr' | 'en' {
  const fr = text.match(FRENCH)?.length ?? 0;
  const en = text.match(ENGLISH)?.length ?? 0;
  return fr >= en ? 'fr' : 'en';
}
