import type { ArticleText, TextSpan } from './article-text.js';
import { type FoundEntity, type Mention, matchable } from './mentions.js';

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
