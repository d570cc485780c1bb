import type { PersonRole } from '../graph/vocabulary.js';
import type { ArticleText, TextSpan } from './article-text.js';
import { type FoundEntity, type Mention, matchable } from './mentions.js';
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

/** A company's parent, as the draft states it. */
export interface FoundParent {
  company: FoundEntity;
  parent: FoundEntity;
  kind: 'SUBSIDIARY' | 'DIVISION';
  evidence: TextSpan;
  review?: string;
}

const DIVISION_WORDS = /branche|division|unit|arm|département|pôle/iu;

/**
 * Subsidiaries and divisions: "sa filiale X" / "its subsidiary X" (the parent
 * is the company named just before), "X, la filiale logistique d'Y",
 * "X, a subsidiary of Y", "la branche informatique d'Y, baptisée X".
 */
export function findParents(article: ArticleText, companies: FoundEntity[]): FoundParent[] {
  const plain = matchable(article.text);
  const mentions = companies
    .flatMap((c) => c.mentions.map((m) => ({ m, c })))
    .sort((a, b) => a.m.start - b.m.start);
  const parents: FoundParent[] = [];
  const add = (p: FoundParent) => {
    if (p.company === p.parent || parents.some((q) => q.company === p.company)) return;
    parents.push(p);
  };
  const kindOf = (word: string) => (DIVISION_WORDS.test(word) ? 'DIVISION' : 'SUBSIDIARY');
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as { m: Mention; c: FoundEntity };
    const b = mentions[i + 1] as { m: Mention; c: FoundEntity };
    const between = plain.slice(a.m.end, b.m.start);
    if (between.length > 200) continue;
    // "Cainiao, la filiale logistique d'Alibaba"
    const ofParent =
      /^,\s*(?:la |sa |une |l'|the |a |an )?(filiale|branche|division|subsidiary|unit|arm)(?:\s+[\p{Ll}-]+){0,3}\s+(?:de la société |du groupe |de |du |d'|of )$/iu.exec(
        between,
      );
    if (ofParent) {
      add({
        company: a.c,
        parent: b.c,
        kind: kindOf(ofParent[1] ?? ''),
        evidence: { start: a.m.start, end: b.m.end },
      });
      continue;
    }
    // "sa filiale Bolloré Logistics", "Its subsidiary Kestrel Mobility"
    const own =
      /(?:^|[\s,.;])(?:sa|son|its|leur|their)\s+(?:nouvelle\s+|new\s+)?(filiale|branche|division|subsidiary|unit|arm)(?:\s+[\p{Ll}-]+){0,2}\s+$/iu.exec(
        between,
      );
    if (own) {
      add({
        company: b.c,
        parent: a.c,
        kind: kindOf(own[1] ?? ''),
        evidence: { start: a.m.start, end: b.m.end },
      });
      continue;
    }
    // "la branche informatique d'Alibaba, baptisée Alibaba Cloud"
    const before = plain.slice(Math.max(0, a.m.start - 60), a.m.start);
    const unit =
      /(filiale|branche|division|subsidiary|unit|arm)(?:\s+[\p{Ll}-]+){0,3}\s+(?:de |du |d'|of )$/iu.exec(
        before,
      );
    if (unit && /^,?\s*(?:baptisée?|nommée?|appelée?|named|called|dubbed|,)\s*$/iu.test(between)) {
      add({
        company: b.c,
        parent: a.c,
        kind: kindOf(unit[1] ?? ''),
        evidence: { start: a.m.start - (before.length - unit.index), end: b.m.end },
      });
    }
  }
  return parents;
}
