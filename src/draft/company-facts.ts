import type { ArticleText, TextSpan } from './article-text.js';
import { type FoundEntity, matchable } from './mentions.js';

/** Where a company is based, as the draft states it. */
export interface FoundHome {
  company: FoundEntity;
  place: FoundEntity;
  evidence: TextSpan;
}

export interface CompanyHomes {
  countries: FoundHome[];
  headquarters: FoundHome[];
}

const BASED =
  /^,?\s*(?:qui est\s+|which is\s+)?(?:basée?|installée?|implantée?|dont le siège est|headquartered|based)\s+(?:à|en|au|in)\s+$/iu;
const APPOSITIVE = /^,\s*(?:the|a|an|le|la|l'|un|une)\s+$/iu;

/**
 * A company's country from an adjective of nationality next to its name ("le
 * groupe espagnol Helion Solar", "Nordwind Energy, the Norwegian battery
 * maker"), and its headquarters from "basé à X" / "headquartered in X".
 */
export function findCompanyHomes(article: ArticleText, entities: FoundEntity[]): CompanyHomes {
  const plain = matchable(article.text);
  const companies = entities.filter((e) => e.label === 'Company');
  const places = entities.filter((e) => e.label === 'Place');
  const homes: CompanyHomes = { countries: [], headquarters: [] };
  const companyMentions = companies.flatMap((c) => c.mentions.map((m) => ({ c, m })));
  for (const place of places) {
    for (const pm of place.mentions) {
      const sentence = article.sentenceAt(pm.start);
      if (!sentence) continue;
      const adjective =
        place.placeKind === 'COUNTRY' &&
        ![place.name, ...Object.values(place.names ?? {})].includes(pm.text);
      for (const { c, m } of companyMentions) {
        if (m.start < sentence.start || m.end > sentence.end) continue;
        if (m.end <= pm.start) {
          const between = plain.slice(m.end, pm.start);
          if (BASED.test(between) && !homes.headquarters.some((h) => h.company === c)) {
            homes.headquarters.push({
              company: c,
              place,
              evidence: { start: m.start, end: pm.end },
            });
          } else if (
            adjective &&
            (APPOSITIVE.test(between) || BASED.test(between.replace(/^.*maker\s+/u, ''))) &&
            !homes.countries.some((h) => h.company === c)
          ) {
            homes.countries.push({ company: c, place, evidence: { start: m.start, end: pm.end } });
          }
        } else if (adjective && m.start >= pm.end && m.start - pm.end <= 50) {
          const between = plain.slice(pm.end, m.start);
          if (!/[,;.«»"]/u.test(between) && !homes.countries.some((h) => h.company === c)) {
            homes.countries.push({ company: c, place, evidence: { start: pm.start, end: m.end } });
          }
        }
      }
    }
  }
  return homes;
}
