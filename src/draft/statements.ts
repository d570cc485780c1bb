import type { ArticleText, TextSpan } from './article-text.js';
import { type FoundEntity, matchable } from './mentions.js';
import { SAID } from './role-lexicon.js';

/** Who said something about the deal: a person, a company, or the parties together. */
export interface FoundStatement {
  by: FoundEntity | 'PARTIES';
  /** The quoted words, marks included; several when one sentence holds several quotes of one speaker. */
  evidence: TextSpan[];
  review?: string;
}

/** Quoted words: « … », “ … ”, or "…" within one paragraph. */
function quotes(article: ArticleText): TextSpan[] {
  const out: TextSpan[] = [];
  for (const s of article.sentences) {
    const text = article.text.slice(s.start, s.end);
    for (const m of text.matchAll(/«[^«»]+»|“[^“”]+”|"[^"\n]+"/gu)) {
      const start = s.start + (m.index ?? 0);
      out.push({ start, end: start + m[0].length });
    }
  }
  return out;
}

const TOGETHER =
  /(?:tous deux|toutes deux|les deux (?:groupes|partenaires|sociétés|entreprises)|ensemble|les équipes|both companies|the two companies|both partners|together|the partners|les partenaires)/iu;

/**
 * Statements: each quote with its speaker. "« … », a déclaré X" and
 * "X … said … « … »" give a person; a quote in a sentence about both parties
 * ("tous deux", "les équipes de A et de B") gives the parties together; a
 * company named before a verb of saying gives that company. Quotes with no
 * speaker found are left out. One statement per speaker and sentence.
 */
export function findStatements(
  article: ArticleText,
  people: FoundEntity[],
  companies: FoundEntity[],
  parties: FoundEntity[],
): FoundStatement[] {
  const plain = matchable(article.text);
  const out: FoundStatement[] = [];
  const push = (by: FoundStatement['by'], span: TextSpan, sentence: number, review?: string) => {
    const same = out.find(
      (s) => s.by === by && article.sentenceAt(s.evidence[0]?.start ?? -1)?.index === sentence,
    );
    if (same) same.evidence.push(span);
    else out.push({ by, evidence: [span], ...(review ? { review } : {}) });
  };
  const mentionsIn = (entities: FoundEntity[], from: number, to: number) =>
    entities
      .flatMap((e) =>
        e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ e, m })),
      )
      .sort((a, b) => a.m.start - b.m.start);

  for (const q of quotes(article)) {
    const sentence = article.sentenceAt(q.start);
    if (!sentence) continue;
    const after = plain.slice(q.end, sentence.end);
    const before = plain.slice(sentence.start, q.start);
    // "« … », a déclaré Cyrille Bolloré" / "\"…,\" said Anna Richter"
    const saidAfter = new RegExp(`^\\s*,?\\s*(?:${SAID.source})\\s+`, 'iu').exec(after);
    if (saidAfter) {
      const at = q.end + saidAfter[0].length;
      const person = mentionsIn(people, at, at + 60)[0];
      if (person && person.m.start === at) {
        push(person.e, q, sentence.index);
        continue;
      }
    }
    // "Pour Javier Morales, …, la coentreprise « … »", "Lars Eriksen … said the deal \"…\""
    const speaker = mentionsIn(people, sentence.start, q.start).at(0);
    if (
      speaker &&
      (SAID.test(before) ||
        /(?:^|\s)(?:Pour|For)\s+$/u.test(plain.slice(sentence.start, speaker.m.start)))
    ) {
      push(speaker.e, q, sentence.index);
      continue;
    }
    const named = mentionsIn(companies, sentence.start, sentence.end);
    const partiesNamed = new Set(named.filter(({ e }) => parties.includes(e)).map(({ e }) => e));
    if (TOGETHER.test(plain.slice(sentence.start, sentence.end)) || partiesNamed.size >= 2) {
      push('PARTIES', q, sentence.index, 'said by the parties together? check who speaks');
      continue;
    }
    const company = named.filter(({ m }) => m.end <= q.start).at(-1);
    if (company && SAID.test(before))
      push(company.e, q, sentence.index, 'company guessed as the speaker');
  }
  return out;
}
