import type { CalendarDate } from '../graph/calendar-date.js';
import type { DomainFocus } from '../graph/vocabulary.js';
import { findAmounts } from './amounts.js';
import type { ArticleText, Sentence, TextSpan } from './article-text.js';
import { findDates } from './dates.js';
import { SIGNING_WORDS, UNDISCLOSED } from './kind-lexicon.js';
import { type FoundEntity, matchable } from './mentions.js';
import type { FoundPartnership } from './partnership.js';

/** A detail of the deal with the words that state it. */
export interface Detail<T> {
  value: T;
  evidence: TextSpan[];
  review?: string;
}

/** What the article says about the deal beyond its kind and parties. */
export interface DealDetails {
  signedOn?: Detail<string>;
  amount?: Detail<{ disclosed: false } | { disclosed: true; value: number; currency: string }>;
  scope?: Detail<'WORLDWIDE'>;
  includesSubsidiaries?: Detail<boolean>;
  markets: { place: FoundEntity; evidence: TextSpan }[];
  domains: { sector: FoundEntity; focus: DomainFocus; evidence: TextSpan }[];
}

const spanning = (a: TextSpan, b: TextSpan): TextSpan => ({
  start: Math.min(a.start, b.start),
  end: Math.max(a.end, b.end),
});

/** Words that tie a sentence to the deal when it names no party. */
const ABOUT_THE_DEAL =
  /(?:les deux (?:groupes|partenaires|sociétés|entreprises)|tous deux|nouvelle société|coentreprise|alliance|accord|partenariat|both companies|the two companies|the partners|new company|joint venture|agreement|deal|partnership)/iu;
const MARKET_CUE =
  /(?:notamment|marchés?|développer|couvrir|s'implanter|déployer|lancer|entre|markets?|expand\p{L}*|develop\p{L}*|cover\p{L}*|deploy\p{L}*|launch\p{L}*|across|between|including)(?![\p{L}])/giu;
const DOMAIN_CUE =
  /(?:dans les domaines?|dans le domaine|domaines?|en matière de|dans l'|livrer\p{L}*|livrera|fournir\p{L}*|développer|construir\p{L}*|renforcer\p{L}*|in the fields? of|in the areas? of|deliver\p{L}*|supply|build\p{L}*|develop\p{L}*|expand\p{L}*|strengthen\p{L}*)(?![\p{L}])/giu;
const OPPORTUNITY =
  /(?:opportunités?|possibilité|explorer|pourrai\p{L}*|envisag\p{L}*|veulent|souhait\p{L}*|ambition|opportunit\p{L}*|possibilit\p{L}*|explor\p{L}*|could|might|may|want\p{L}*|plan\p{L}*|hope\p{L}*|aim\p{L}*)(?![\p{L}])/iu;
/** Words that describe what a company does: the sectors after them are its own, not the deal's. */
const COMPANY_DESCRIPTION =
  /(?:spécialisée? dans|qui fabrique|which makes|specialis[ie]ng in|specialised in|specialized in|maker|fabricant)/giu;
/** How far after a kind's cue a sector still qualifies the deal ("alliance logistique"). */
const AFTER_KIND_CUE = 25;
/** How far after a domain cue ("dans les domaines …") an enumeration of sectors runs. */
const AFTER_DOMAIN_CUE = 120;
/** How far a description of a company ("spécialisé dans …") runs. */
const DESCRIPTION_REACH = 80;

/** Dates, amount, scope, markets and domains of the deal. */
export function findDealDetails(
  article: ArticleText,
  deal: FoundPartnership,
  entities: FoundEntity[],
  published: CalendarDate,
): DealDetails {
  const plain = matchable(article.text);
  const parties = deal.parties.map((p) => p.company);
  const companies = entities.filter((e) => e.label === 'Company');
  const inSentence = (e: FoundEntity, s: Sentence) =>
    e.mentions.some((m) => m.start >= s.start && m.end <= s.end);
  const aboutDeal = (s: Sentence) =>
    deal.hits.some((h) => h.sentence === s) ||
    parties.some((p) => inSentence(p, s)) ||
    ABOUT_THE_DEAL.test(plain.slice(s.start, s.end));
  const dealSentences = article.sentences.filter(aboutDeal);
  const details: DealDetails = { markets: [], domains: [] };

  // Signing date: a date in a sentence that announces the deal, nearest its cue.
  const signing = article.sentences.filter(
    (s) =>
      deal.hits.some((h) => h.sentence === s) ||
      (new RegExp(SIGNING_WORDS.source, 'iu').test(plain.slice(s.start, s.end)) && aboutDeal(s)),
  );
  for (const s of signing) {
    const date = findDates(plain.slice(s.start, s.end), s.start, published)[0];
    if (!date) continue;
    const cue = deal.hits.find((h) => h.sentence === s) ?? signingWord(plain, s) ?? date;
    details.signedOn = {
      value: date.date.toString(),
      evidence: [spanning(date, cue)],
      ...(date.review ? { review: date.review } : {}),
    };
    break;
  }
  if (!details.signedOn) {
    const byline = article.fromCodePoints(article.parsed.bylineSpan);
    const line = article.slice(byline);
    const words = /^.*?\d{4}/u.exec(line)?.[0] ?? line;
    details.signedOn = {
      value: published.toString(),
      evidence: [{ start: byline.start, end: byline.start + words.length }],
      review: 'no date in the sentences that announce the deal: the publication date is taken',
    };
  }

  // Amount: undisclosed, or an amount in a sentence about the deal.
  const undisclosed = article.sentences.flatMap((s) => {
    const m = UNDISCLOSED.exec(plain.slice(s.start, s.end));
    return m && (aboutDeal(s) || /montant|amount|terms|conditions financières/iu.test(s.text))
      ? [s]
      : [];
  });
  const amounts = dealSentences.flatMap((s) =>
    findAmounts(plain.slice(s.start, s.end), s.start).map((a) => ({ a, s })),
  );
  if (amounts.length > 0) {
    const [{ a, s }] = amounts as [(typeof amounts)[0]];
    const values = new Set(amounts.map((x) => `${x.a.value} ${x.a.currency}`));
    details.amount = {
      value: { disclosed: true, value: a.value, currency: a.currency },
      evidence: [clause(plain, s, a)],
      ...(values.size > 1 || undisclosed.length > 0
        ? {
            review: `the article gives ${[...values].join(', ')}${undisclosed.length > 0 ? ' and says an amount is not disclosed' : ''}: check which is the deal's`,
          }
        : {}),
    };
  } else if (undisclosed.length > 0) {
    details.amount = {
      value: { disclosed: false },
      evidence: undisclosed.slice(0, 2).map((s) => {
        const m = UNDISCLOSED.exec(plain.slice(s.start, s.end));
        const at = s.start + (m?.index ?? 0);
        return clause(plain, s, { start: at, end: at + (m?.[0].length ?? 0) });
      }),
    };
  }

  // Scope: "au niveau mondial", "partenariat mondial", "worldwide", "global".
  for (const s of deal.hits.map((h) => h.sentence)) {
    const m =
      /(?:au niveau mondial|à l'échelle mondiale|partenariat mondial|alliance mondiale|accord mondial|worldwide|global (?:partnership|alliance|agreement))/iu.exec(
        plain.slice(s.start, s.end),
      );
    if (m) {
      const at = s.start + (m.index ?? 0);
      details.scope = { value: 'WORLDWIDE', evidence: [{ start: at, end: at + m[0].length }] };
      break;
    }
  }

  // Subsidiaries included: "les deux groupes et leurs filiales collaboreront".
  for (const s of dealSentences) {
    const m =
      /(?:\p{L}+\s+){0,3}(?:et|and)\s+(?:leurs|their)\s+(?:filiales|subsidiaries)(?:\s+\p{L}+)?/iu.exec(
        plain.slice(s.start, s.end),
      );
    if (m) {
      const at = s.start + (m.index ?? 0);
      details.includesSubsidiaries = {
        value: true,
        evidence: [{ start: at, end: at + m[0].length }],
      };
      break;
    }
  }

  const places = entities.filter((e) => e.label === 'Place' && e.placeKind !== 'WORLD');
  const sectors = entities.filter((e) => e.label === 'Sector');
  for (const s of dealSentences) {
    const text = plain.slice(s.start, s.end);
    // Markets: places named after a market cue, not a company's home ("basé à", "le groupe espagnol X").
    const cues = [...text.matchAll(MARKET_CUE)].map((m) => s.start + (m.index ?? 0));
    const here = places
      .flatMap((p) =>
        p.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ p, m })),
      )
      .filter(({ m }) => {
        const before = plain.slice(Math.max(s.start, m.start - 20), m.start);
        const after = plain.slice(m.end, Math.min(s.end, m.end + 40));
        const describesCompany = companies.some((c) =>
          c.mentions.some(
            (cm) =>
              cm.start >= m.end &&
              cm.start - m.end < 40 &&
              !/[,;.]/u.test(plain.slice(m.end, cm.start)),
          ),
        );
        return (
          !/(?:basée? à|based in|headquartered in|siège)\s+$/iu.test(before) &&
          !describesCompany &&
          !/^\s*-/u.test(after)
        );
      })
      .filter(({ m }) => cues.some((c) => c < m.start && m.start - c < 120))
      .sort((a, b) => a.m.start - b.m.start);
    if (here.length > 0) {
      const first = here[0] as (typeof here)[0];
      const cue = cues.filter((c) => c < first.m.start).at(-1) ?? first.m.start;
      const evidence = { start: cue, end: (here.at(-1) as (typeof here)[0]).m.end };
      for (const { p } of here) {
        if (!details.markets.some((x) => x.place === p))
          details.markets.push({ place: p, evidence });
      }
    }
    // Domains: sectors named after a domain cue or right after a kind cue ("alliance logistique").
    const domainCues = [
      ...[...text.matchAll(DOMAIN_CUE)].map((m) => ({
        at: s.start + (m.index ?? 0),
        reach: AFTER_DOMAIN_CUE,
      })),
      ...deal.hits
        .filter((h) => h.sentence === s)
        .map((h) => ({ at: h.end, reach: AFTER_KIND_CUE })),
    ];
    const descriptions = [...text.matchAll(COMPANY_DESCRIPTION)].map(
      (m) => s.start + (m.index ?? 0),
    );
    const named = sectors
      .flatMap((sector) =>
        sector.mentions
          .filter((m) => m.start >= s.start && m.end <= s.end)
          .map((m) => ({ sector, m })),
      )
      .filter(({ m }) => domainCues.some((c) => c.at <= m.start && m.start - c.at < c.reach))
      .filter(({ m }) => !descriptions.some((d) => d <= m.start && m.start - d < DESCRIPTION_REACH))
      .sort((a, b) => a.m.start - b.m.start);
    if (named.length > 0) {
      const first = named[0] as (typeof named)[0];
      const cue =
        domainCues
          .map((c) => c.at)
          .filter((c) => c <= first.m.start)
          .sort((a, b) => b - a)[0] ?? first.m.start;
      const evidence = { start: cue, end: (named.at(-1) as (typeof named)[0]).m.end };
      const focus: DomainFocus = OPPORTUNITY.test(plain.slice(s.start, first.m.start))
        ? 'OPPORTUNITY'
        : 'CORE';
      for (const { sector } of named) {
        if (!details.domains.some((d) => d.sector === sector))
          details.domains.push({ sector, focus, evidence });
      }
    }
  }
  return details;
}

function signingWord(plain: string, s: Sentence): TextSpan | undefined {
  const m = new RegExp(SIGNING_WORDS.source, 'iu').exec(plain.slice(s.start, s.end));
  if (!m) return undefined;
  const at = s.start + (m.index ?? 0);
  return { start: at, end: at + m[0].length };
}

/** The clause around a span: from the previous comma or sentence start to the next comma or end. */
function clause(plain: string, s: Sentence, span: TextSpan): TextSpan {
  const before = plain.slice(s.start, span.start);
  const after = plain.slice(span.end, s.end);
  const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '));
  const start = cut >= 0 ? s.start + cut + 2 : s.start;
  const stop = after.search(/[,;.](?:\s|$)/u);
  const end = stop >= 0 ? span.end + stop : s.end;
  return { start, end };
}
