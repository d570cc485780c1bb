import type { z } from 'zod';
import { slugify } from '../graph/text.js';
import type { PartnershipKind } from '../graph/vocabulary.js';
import type { ExtractionSchema } from '../ingest/extraction-schema.js';
import { ArticleText, type DraftQuote, type TextSpan } from './article-text.js';
import { findCompanyHomes } from './company-facts.js';
import { findDealDetails } from './deal-details.js';
import { EntityFinder } from './entities.js';
import { KnownNames } from './known-names.js';
import { detectLanguage } from './language.js';
import type { FoundEntity } from './mentions.js';
import { findOtherPartnerships, findPartnership } from './partnership.js';
import { findRoles } from './roles.js';
import { findStatements } from './statements.js';
import { findParents } from './subsidiaries.js';

type Input = z.input<typeof ExtractionSchema>;
type PartnershipInput = NonNullable<Input['partnerships']>[number];

/** A statement about the deal, in the format of branch `statements`. */
export interface DraftStatement {
  by: string;
  evidence: DraftQuote | DraftQuote[];
  review?: string;
}

/** A drafted extraction: the extraction format, `review:` keys and `statements` included. */
export type DraftExtraction = Omit<Input, 'partnerships'> & {
  partnerships: (PartnershipInput & { statements?: DraftStatement[] })[];
};

export interface DraftOptions {
  /** The article's id, usually its file name without `.txt`. */
  id?: string;
  /** What the graph already calls the article's words; nothing by default. */
  known?: KnownNames;
}

const KIND_NAME: Record<PartnershipKind, string> = {
  MEMORANDUM_OF_UNDERSTANDING: 'memorandum of understanding',
  STRATEGIC_ALLIANCE: 'strategic alliance',
  JOINT_VENTURE: 'joint venture',
  COMMERCIAL_AGREEMENT: 'commercial agreement',
  RESEARCH_COLLABORATION: 'research collaboration',
  MERGER: 'merger',
  SUPPLY_AGREEMENT: 'supply agreement',
  LICENSING_AGREEMENT: 'licensing agreement',
  DISTRIBUTION_AGREEMENT: 'distribution agreement',
  INVESTMENT: 'investment',
  ACQUISITION: 'acquisition',
};

const KIND_SLUG: Record<PartnershipKind, string> = {
  MEMORANDUM_OF_UNDERSTANDING: 'mou',
  STRATEGIC_ALLIANCE: 'alliance',
  JOINT_VENTURE: 'joint-venture',
  COMMERCIAL_AGREEMENT: 'commercial-agreement',
  RESEARCH_COLLABORATION: 'research',
  MERGER: 'merger',
  SUPPLY_AGREEMENT: 'supply',
  LICENSING_AGREEMENT: 'licence',
  DISTRIBUTION_AGREEMENT: 'distribution',
  INVESTMENT: 'investment',
  ACQUISITION: 'acquisition',
};

/**
 * Drafts the extraction of an article from its text alone (and what the
 * graph already knows of its names, when given): entities, the partnership
 * it reports with its details, people's roles, subsidiaries and statements.
 * Every claim quotes the article; whatever the rules are unsure of carries a
 * `review:` key saying why.
 */
export function draftExtraction(text: string, options: DraftOptions = {}): DraftExtraction {
  const article = new ArticleText(text);
  const known = options.known ?? KnownNames.none();
  const language = detectLanguage(article.sentences.map((s) => s.text).join(' '));
  const entities = new EntityFinder(article, known).find();
  const of = (label: FoundEntity['label']) => entities.filter((e) => e.label === label);
  const companies = of('Company');
  const people = of('Person');
  const parents = findParents(article, companies);
  const roles = findRoles(article, people, companies, language);
  const deal = findPartnership(article, companies, parents);
  const homes = findCompanyHomes(article, entities);
  const published = article.parsed.publishedOn;
  const q = (span: TextSpan) => article.quote(span);
  const quotes = (spans: TextSpan[]) =>
    spans.length === 1 ? q(spans[0] as TextSpan) : spans.map(q);
  const review = (why: string | undefined) => (why ? { review: why } : {});
  const named = (e: FoundEntity) => ({
    id: e.id,
    name: e.name,
    ...(e.names ? { names: e.names } : {}),
    ...(e.aliases.length > 0 ? { aliases: e.aliases } : {}),
    evidence: q(e.evidence),
    ...review(e.review),
  });

  const draft: DraftExtraction = {
    article: {
      id:
        options.id ??
        slugify(`${published.toString()} ${article.parsed.title}`).slice(0, 80).replace(/-+$/u, ''),
      language,
    },
    companies: companies.map((c) => {
      const parent = parents.find((p) => p.company === c);
      const country = homes.countries.find((h) => h.company === c);
      const headquarters = homes.headquarters.find((h) => h.company === c);
      return {
        ...named(c),
        ...(country ? { country: { place: country.place.id, evidence: q(country.evidence) } } : {}),
        ...(headquarters
          ? { headquarters: { place: headquarters.place.id, evidence: q(headquarters.evidence) } }
          : {}),
        ...(parent
          ? {
              parent: {
                company: parent.parent.id,
                kind: parent.kind,
                evidence: q(parent.evidence),
                ...review(parent.review),
              },
            }
          : {}),
      };
    }),
    people: people.map((p) => {
      const own = roles.filter((r) => r.person === p);
      return {
        ...named(p),
        ...(own.length > 0
          ? {
              roles: own.map((r) => ({
                type: r.type,
                company: r.company.id,
                ...(r.title ? { title: r.title } : {}),
                evidence: q(r.evidence),
                ...review(r.review),
              })),
            }
          : {}),
      };
    }),
    sectors: of('Sector').map(named),
    places: of('Place').map((p) => ({ ...named(p), kind: p.placeKind ?? 'COUNTRY' })),
    partnerships: [],
  };

  if (deal) {
    const [a, b] = deal.parties.map((p) => p.company) as [FoundEntity, FoundEntity];
    const details = findDealDetails(article, deal, entities, published);
    const statements = findStatements(article, people, companies, [a, b]);
    draft.partnerships.push({
      id: slugify(`${a.id} ${b.id} ${KIND_SLUG[deal.kind]} ${published.year}`),
      kind: deal.kind,
      name: `${a.name}–${b.name} ${KIND_NAME[deal.kind]}`,
      evidence: quotes(deal.evidence),
      ...review(deal.review),
      ...(details.scope
        ? { scope: { value: details.scope.value, evidence: quotes(details.scope.evidence) } }
        : {}),
      ...(details.signedOn
        ? {
            signedOn: {
              date: details.signedOn.value,
              evidence: quotes(details.signedOn.evidence),
              ...review(details.signedOn.review),
            },
          }
        : {}),
      ...(details.amount
        ? {
            amount: {
              ...details.amount.value,
              evidence: quotes(details.amount.evidence),
              ...review(details.amount.review),
            },
          }
        : {}),
      ...(details.includesSubsidiaries
        ? {
            includesSubsidiaries: {
              value: details.includesSubsidiaries.value,
              evidence: quotes(details.includesSubsidiaries.evidence),
            },
          }
        : {}),
      parties: deal.parties.map((p) => ({
        company: p.company.id,
        role: p.role,
        evidence: q(p.evidence),
      })),
      ...(details.domains.length > 0
        ? {
            domains: details.domains.map((d) => ({
              sector: d.sector.id,
              focus: d.focus,
              evidence: q(d.evidence),
            })),
          }
        : {}),
      ...(details.markets.length > 0
        ? { markets: details.markets.map((m) => ({ place: m.place.id, evidence: q(m.evidence) })) }
        : {}),
      ...(statements.length > 0
        ? {
            statements: statements.map((s) => ({
              by: s.by === 'PARTIES' ? 'PARTIES' : s.by.id,
              evidence: quotes(s.evidence),
              ...review(s.review),
            })),
          }
        : {}),
    });
    for (const other of findOtherPartnerships(article, companies, parents, deal)) {
      const [x, y] = other.parties.map((p) => p.company) as [FoundEntity, FoundEntity];
      let id = slugify(`${x.id} ${y.id} ${KIND_SLUG[other.kind]}`);
      for (let n = 2; draft.partnerships.some((p) => p.id === id); n++) id = `${id}-${n}`;
      draft.partnerships.push({
        id,
        kind: other.kind,
        name: `${x.name}–${y.name} ${KIND_NAME[other.kind]}`,
        evidence: quotes(other.evidence),
        ...review(other.review),
        parties: other.parties.map((p) => ({
          company: p.company.id,
          role: p.role,
          evidence: q(p.evidence),
        })),
      });
    }
  }
  return draft;
}
