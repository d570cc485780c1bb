import { DIRECTED_ROLES, type PartnershipKind, type PartyRole } from '../graph/vocabulary.js';
import type { ArticleText, Sentence, TextSpan } from './article-text.js';
import { KIND_CUES, type KindCue } from './kind-lexicon.js';
import { type FoundEntity, type Mention, matchable } from './mentions.js';
import type { FoundParent } from './subsidiaries.js';

/** A cue of a partnership kind, where the article uses it. */
export interface CueHit extends TextSpan {
  cue: KindCue;
  sentence: Sentence;
}

export interface FoundParty {
  company: FoundEntity;
  role: PartyRole;
  evidence: TextSpan;
}

/** The agreement an article reports: its kind, parties and where it says so. */
export interface FoundPartnership {
  kind: PartnershipKind;
  parties: FoundParty[];
  evidence: TextSpan[];
  /** The sentences that announce it: dates, amounts and places are looked for there first. */
  hits: CueHit[];
  review?: string;
}

/** Every cue of every kind in the article's sentences. */
export function cueHits(article: ArticleText): CueHit[] {
  const plain = matchable(article.text);
  const hits: CueHit[] = [];
  for (const sentence of article.sentences) {
    const text = plain.slice(sentence.start, sentence.end);
    for (const cue of KIND_CUES) {
      cue.pattern.lastIndex = 0;
      for (const m of text.matchAll(cue.pattern)) {
        const start = sentence.start + (m.index ?? 0);
        const end = start + m[0].length;
        if (hits.some((h) => h.start < end && start < h.end)) continue;
        hits.push({ start, end, cue, sentence });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Where each company is named inside a sentence, a subsidiary acting for its parent put in its place. */
function companiesIn(
  article: ArticleText,
  sentence: Sentence,
  companies: FoundEntity[],
  parents: FoundParent[],
): { company: FoundEntity; mention: Mention }[] {
  const plain = matchable(article.text);
  const found = companies
    .flatMap((company) =>
      company.mentions
        .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
        .map((mention) => ({ company, mention })),
    )
    .sort((a, b) => a.mention.start - b.mention.start);
  // "Le groupe Bolloré, par l'intermédiaire de sa filiale Bolloré Logistics, a conclu …"
  const through = found.filter(({ company, mention }) => {
    const before = plain.slice(Math.max(sentence.start, mention.start - 60), mention.start);
    return (
      /(?:par l'intermédiaire de|via|à travers|through|via its)\s+(?:sa|son|its)\s+\p{L}+(?:\s+\p{Ll}+)?\s+$/iu.test(
        before,
      ) && parents.some((p) => p.company === company)
    );
  });
  const replaced = new Set(
    through.flatMap(({ company }) =>
      parents.filter((p) => p.company === company).map((p) => p.parent),
    ),
  );
  const seen = new Set<FoundEntity>();
  return found.filter(({ company }) => {
    if (replaced.has(company) || seen.has(company)) return false;
    seen.add(company);
    return true;
  });
}

const spanning = (...spans: TextSpan[]): TextSpan => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end)),
});

/**
 * The partnership an article reports: the kind of its most specific cue, the
 * parties named in the first sentence that carries a cue and two companies,
 * their roles (a directed kind reads the first company named as the source,
 * "par"/"by" reversing it), and the sentence as evidence.
 */
export function findPartnership(
  article: ArticleText,
  companies: FoundEntity[],
  parents: FoundParent[],
): FoundPartnership | undefined {
  const hits = cueHits(article);
  if (hits.length === 0) return undefined;
  const best = hits.reduce((a, b) => (b.cue.weight > a.cue.weight ? b : a));
  const kind = best.cue.kind;
  const ofKind = hits.filter((h) => h.cue.kind === kind);
  const ordered = [...ofKind, ...hits.filter((h) => h.cue.kind !== kind)];
  const plain = matchable(article.text);

  let chosen: { hit: CueHit; named: { company: FoundEntity; mention: Mention }[] } | undefined;
  for (const hit of ordered) {
    const named = companiesIn(article, hit.sentence, companies, parents).filter(
      // a company only described as the subsidiary of another named there is not a party
      ({ company }, _i, all) =>
        !parents.some((p) => p.company === company && all.some((o) => o.company === p.parent)),
    );
    if (named.length >= 2) {
      chosen = { hit, named: named.slice(0, 2) };
      break;
    }
  }
  let review = best.cue.doubt;
  if (!chosen) {
    const ranked = [...companies].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 2);
    if (ranked.length < 2) return undefined;
    chosen = {
      hit: best,
      named: ranked.map((company) => ({ company, mention: company.mentions[0] as Mention })),
    };
    review = 'parties guessed: the two companies named most often';
  }
  const { hit, named } = chosen;
  const directed = DIRECTED_ROLES[kind];
  let order = named;
  if (directed) {
    const [first, second] = named as [(typeof named)[0], (typeof named)[0]];
    const reversed =
      /(?:^|\s)(?:par|by)\s+$/iu.test(
        plain.slice(Math.max(first.mention.end, hit.end), second.mention.start),
      ) && second.mention.start > hit.end;
    order = reversed ? [second, first] : [first, second];
    review = review ?? `roles read from word order: ${order[0]?.company.name} as ${directed[0]}`;
  }
  const role = (i: number): PartyRole =>
    directed ? (directed[i] as PartyRole) : kind === 'JOINT_VENTURE' ? 'PARTICIPANT' : 'SIGNATORY';
  const parties = order.map(({ company, mention }, i) => ({
    company,
    role: role(i),
    evidence: spanning(mention, hit),
  }));
  const evidence = [spanning(hit, ...named.map((n) => n.mention))];
  const second = ofKind.find(
    (h) =>
      h.sentence !== hit.sentence &&
      named.some((n) =>
        n.company.mentions.some((m) => m.start >= h.sentence.start && m.end <= h.sentence.end),
      ),
  );
  if (second) {
    const inside = named
      .flatMap((n) => n.company.mentions)
      .filter((m) => m.start >= second.sentence.start && m.end <= second.sentence.end)
      .sort((a, b) => Math.abs(a.start - second.start) - Math.abs(b.start - second.start));
    evidence.push(spanning(second, ...(inside[0] ? [inside[0]] : [])));
  }
  return {
    kind,
    parties,
    evidence,
    hits: [hit, ...ofKind.filter((h) => h !== hit)],
    ...(review ? { review } : {}),
  };
}
