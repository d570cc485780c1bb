import type { PersonRole } from '../graph/vocabulary.js';
import type { ArticleText, TextSpan } from './article-text.js';
import { type FoundEntity, matchable } from './mentions.js';
import { LED_BY, ROLE_TITLES, type RoleTitle } from './role-lexicon.js';

/** A person's role at a company, as the draft states it. */
export interface FoundRole {
  person: FoundEntity;
  company: FoundEntity;
  type: PersonRole;
  /** The title as the article writes it, and in English. */
  title?: { fr?: string; en: string };
  evidence: TextSpan;
  review?: string;
}

const TITLES = ROLE_TITLES.flatMap((role) => role.forms.map((form) => ({ form, role }))).sort(
  (a, b) => b.form.length - a.form.length,
);

/** The title that opens `text` ("directeur général délégué du groupe …"), longest first. */
function titleAt(text: string): { form: string; role: RoleTitle; length: number } | undefined {
  for (const { form, role } of TITLES) {
    const m = new RegExp(`^(?:the\\s+|le\\s+|la\\s+|l')?(${form})(?![\\p{L}])`, 'iu').exec(text);
    if (m) return { form: m[1] ?? form, role, length: m[0].length };
  }
  return undefined;
}

const companyStarting = (companies: FoundEntity[], at: number) =>
  companies.find((c) => c.mentions.some((m) => m.start === at));

/**
 * Roles stated next to a person's name: "X, directeur général d'Y",
 * "X, CEO of Y", "Y's chief executive X", and "dirigé par X" / "led by X"
 * (the company then is the nearest one named before, so it is marked for review).
 */
export function findRoles(
  article: ArticleText,
  people: FoundEntity[],
  companies: FoundEntity[],
  language: 'fr' | 'en',
): FoundRole[] {
  const plain = matchable(article.text);
  const roles: FoundRole[] = [];
  const companyMentions = companies
    .flatMap((c) => c.mentions.map((m) => ({ m, c })))
    .sort((a, b) => a.m.start - b.m.start);
  const add = (role: FoundRole) => {
    if (!roles.some((r) => r.person === role.person && r.company === role.company))
      roles.push(role);
  };
  const titleOf = (t: { form: string; role: RoleTitle }) =>
    language === 'fr' ? { fr: t.form.toLowerCase(), en: t.role.en } : { en: t.role.en };

  for (const person of people) {
    for (const mention of person.mentions) {
      const after = plain.slice(mention.end, mention.end + 120);
      const comma = /^,\s*/u.exec(after);
      const title = comma ? titleAt(after.slice(comma[0].length)) : undefined;
      if (title && comma) {
        const rest = after.slice(comma[0].length + title.length);
        const link = /^\s*(?:of|at|de la société|du groupe|de|du|d'|chez)\s*/iu.exec(rest);
        const at = mention.end + comma[0].length + title.length + (link?.[0].length ?? 0);
        const company = link ? companyStarting(companies, at) : undefined;
        const companyMention = company?.mentions.find((m) => m.start === at);
        if (company && companyMention) {
          add({
            person,
            company,
            type: title.role.type,
            title: titleOf(title),
            evidence: { start: mention.start, end: companyMention.end },
          });
          continue;
        }
      }
      const before = plain.slice(Math.max(0, mention.start - 80), mention.start);
      if (LED_BY.test(before)) {
        const previous = companyMentions.filter(({ m }) => m.end <= mention.start).at(-1);
        if (!previous) continue;
        const sentence = article.sentenceAt(mention.start);
        add({
          person,
          company: previous.c,
          type: 'LEADS',
          evidence: { start: sentence?.start ?? mention.start, end: mention.end },
          review: `company guessed: the nearest one named before (${previous.c.name})`,
        });
        continue;
      }
      // "Y's chief executive X", "le directeur général d'Y, X"
      const possessive = companyMentions
        .filter(({ m }) => m.end <= mention.start && mention.start - m.end < 60)
        .at(-1);
      if (possessive) {
        const between = plain.slice(possessive.m.end, mention.start);
        const owned = /^'s\s+(.+?)\s*,?\s*$/u.exec(between);
        const t = owned ? titleAt(owned[1] ?? '') : undefined;
        if (t && owned && t.length === (owned[1] ?? '').length) {
          add({
            person,
            company: possessive.c,
            type: t.role.type,
            title: titleOf(t),
            evidence: { start: possessive.m.start, end: mention.end },
          });
        }
      }
    }
  }
  return roles;
}
