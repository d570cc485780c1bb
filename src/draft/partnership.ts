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

/** The companies a cue's sentence names as parties: a subsidiary described beside its parent is not one. */
function partiesNamed(
  article: ArticleText,
  hit: CueHit,
  companies: FoundEntity[],
  parents: FoundParent[],
): Named[] {
  return companiesIn(article, hit.sentence, companies, parents).filter(
    ({ company }, _i, all) =>
      !parents.some((p) => p.company === company && all.some((o) => o.company === p.parent)),
  );
}

type Named = { company: FoundEntity; mention: Mention };

/** Kind, parties with roles, and evidence, from the sentence of one cue. */
function build(
  article: ArticleText,
  kind: PartnershipKind,
  hit: CueHit,
  named: Named[],
  sameKind: CueHit[],
  doubt: string | undefined,
): FoundPartnership {
  const plain = matchable(article.text);
  let review = doubt;
  const directed = DIRECTED_ROLES[kind];
  let order = named;
  if (directed) {
    const [first, second] = named as [Named, Named];
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
  const second = sameKind.find(
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
    hits: [hit, ...sameKind.filter((h) => h !== hit)],
    ...(review ? { review } : {}),
  };
}

/**
 * The partnership an article reports: the kind of the most specific cue of
 * its title and standfirst (of the whole text when they have none), the
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
  // The deal the title and standfirst announce is the article's; others are mentioned in passing.
  const bylineStart = article.fromCodePoints(article.parsed.bylineSpan).start;
  const head = hits.filter((h) => h.start < bylineStart);
  const best = (head.length > 0 ? head : hits).reduce((a, b) =>
    b.cue.weight > a.cue.weight ? b : a,
  );
  const kind = best.cue.kind;
  const ofKind = hits.filter((h) => h.cue.kind === kind);
  const ordered = [...ofKind, ...hits.filter((h) => h.cue.kind !== kind)];
  for (const hit of ordered) {
    const named = partiesNamed(article, hit, companies, parents);
    if (named.length >= 2)
      return build(article, kind, hit, named.slice(0, 2), ofKind, best.cue.doubt);
  }
  const ranked = [...companies].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, 2);
  if (ranked.length < 2) return undefined;
  return build(
    article,
    kind,
    best,
    ranked.map((company) => ({ company, mention: company.mentions[0] as Mention })),
    ofKind,
    'parties guessed: the two companies named most often',
  );
}

/**
 * Other deals the article names beside its main one: a sentence with a cue
 * and two companies that are not the main deal's parties (a subsidiary counts
 * as its parent). Each is drafted with its kind and parties only, for review.
 */
export function findOtherPartnerships(
  article: ArticleText,
  companies: FoundEntity[],
  parents: FoundParent[],
  main: FoundPartnership,
): FoundPartnership[] {
  const group = (c: FoundEntity) => parents.find((p) => p.company === c)?.parent ?? c;
  const keyOf = (list: FoundEntity[]) =>
    [...new Set(list.map(group))]
      .map((c) => c.key)
      .sort()
      .join('+');
  const taken = new Set([keyOf(main.parties.map((p) => p.company))]);
  const found = new Map<string, { hit: CueHit; named: Named[] }>();
  for (const hit of cueHits(article)) {
    const named = partiesNamed(article, hit, companies, parents).slice(0, 2);
    if (named.length < 2) continue;
    const key = keyOf(named.map((n) => n.company));
    if (taken.has(key) || key.split('+').length < 2) continue;
    const previous = found.get(key);
    if (!previous || hit.cue.weight > previous.hit.cue.weight) found.set(key, { hit, named });
  }
  return [...found.values()].map(({ hit, named }) =>
    build(
      article,
      hit.cue.kind,
      hit,
      named,
      [],
      'another deal the article names? check that it is one, then add its details',
    ),
  );
}
