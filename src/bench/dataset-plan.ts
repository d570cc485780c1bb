import {
  DIRECTED_ROLES,
  PARTNERSHIP_KINDS,
  PARTY_ROLES,
  type PartnershipKind,
  type PartyRole,
} from '../graph/vocabulary.js';
import { Random, ZipfSampler } from './dataset-random.js';
import type { Universe } from './dataset-universe.js';

/**
 * Who partners with whom, decided before any text is written: the kind and
 * parties of every deal, which companies need a news brief, and which article
 * reports what. One side of a deal is drawn from a Zipf law over company ranks
 * (big groups sign many deals), the other half the time from it and half the
 * time uniformly, so partner counts follow a power law with a long tail.
 */

/** Deals per company: sized so that 100,000 companies give about a million relationships. */
export const DEALS_PER_COMPANY = 0.3;
/** The exponent of the Zipf law over company ranks. */
export const ZIPF_EXPONENT = 1;

export interface Deal {
  kind: PartnershipKind;
  parties: number[];
  roles: PartyRole[];
}

export type ArticlePlan =
  | { type: 'deals'; deals: number[]; followUps: number[] }
  | { type: 'briefs'; companies: number[] };

export interface Plan {
  deals: Deal[];
  articles: ArticlePlan[];
}

const KIND_WEIGHTS: [PartnershipKind, number][] = [
  ['MEMORANDUM_OF_UNDERSTANDING', 14],
  ['STRATEGIC_ALLIANCE', 9],
  ['JOINT_VENTURE', 8],
  ['COMMERCIAL_AGREEMENT', 14],
  ['RESEARCH_COLLABORATION', 7],
  ['MERGER', 2],
  ['SUPPLY_AGREEMENT', 12],
  ['LICENSING_AGREEMENT', 7],
  ['DISTRIBUTION_AGREEMENT', 8],
  ['INVESTMENT', 14],
  ['ACQUISITION', 5],
];

function drawDeal(random: Random, zipf: ZipfSampler, n: number): Deal {
  const kind = KIND_WEIGHTS[random.weighted(KIND_WEIGHTS.map(([, w]) => w))]?.[0] ?? 'MERGER';
  const hub = () => zipf.sample(random);
  const any = () => (random.chance(0.5) ? zipf.sample(random) : random.int(n));
  const parties: number[] = [];
  const add = (draw: () => number) => {
    for (let attempt = 0; attempt < 50; attempt++) {
      const c = draw();
      if (!parties.includes(c)) {
        parties.push(c);
        return;
      }
    }
    // In a very small universe the draws may keep hitting the same few companies.
    const free = Array.from({ length: n }, (_, i) => i).find((i) => !parties.includes(i));
    if (free !== undefined) parties.push(free);
  };
  const directed = DIRECTED_ROLES[kind];
  if (!directed) {
    const size =
      kind === 'MERGER'
        ? 2
        : kind === 'JOINT_VENTURE'
          ? 2 + random.weighted([85, 15])
          : 2 + random.weighted([80, 14, 6]);
    add(hub);
    while (parties.length < Math.min(size, n)) add(any);
    return { kind, parties, roles: parties.map((_, i) => (i < 2 ? 'SIGNATORY' : 'PARTICIPANT')) };
  }
  const [source, target] = directed;
  if (kind === 'INVESTMENT') {
    add(any);
    const investors = 1 + random.weighted([60, 25, 15]);
    while (parties.length < Math.min(1 + investors, n)) add(hub);
    return { kind, parties, roles: parties.map((_, i) => (i === 0 ? target : source)) };
  }
  // Big groups buy companies and buy supplies; anyone sells, licenses and distributes.
  add(kind === 'ACQUISITION' ? hub : any);
  add(kind === 'SUPPLY_AGREEMENT' ? hub : any);
  return { kind, parties, roles: [source, target] };
}

/** Pairs of companies a deal links by a direct edge, as the loader derives them. */
export function partnerPairs(deal: Deal): [number, number][] {
  const pairs: [number, number][] = [];
  const { directed } = PARTNERSHIP_KINDS[deal.kind];
  deal.parties.forEach((a, i) => {
    deal.parties.forEach((b, j) => {
      if (i === j) return;
      const ra = deal.roles[i] as PartyRole;
      const rb = deal.roles[j] as PartyRole;
      if (directed ? PARTY_ROLES[ra] === 'source' && PARTY_ROLES[rb] === 'target' : i < j)
        pairs.push([a, b]);
    });
  });
  return pairs;
}

/** How many distinct partners each company has, counting both directions. */
export function partnerCounts(deals: readonly Deal[], companies: number): Uint32Array {
  const partners: (Set<number> | undefined)[] = new Array(companies);
  for (const deal of deals) {
    for (const [a, b] of partnerPairs(deal)) {
      const sa = partners[a] ?? new Set<number>();
      const sb = partners[b] ?? new Set<number>();
      partners[a] = sa.add(b);
      partners[b] = sb.add(a);
    }
  }
  return Uint32Array.from({ length: companies }, (_, i) => partners[i]?.size ?? 0);
}

export function buildPlan(universe: Universe, seed: number): Plan {
  const n = universe.companies.length;
  const random = new Random(seed, 'plan');
  const zipf = new ZipfSampler(n, ZIPF_EXPONENT);
  const deals = Array.from({ length: Math.max(1, Math.round(n * DEALS_PER_COMPANY)) }, () =>
    drawDeal(random, zipf, n),
  );

  const inDeals = new Uint8Array(n);
  for (const d of deals) for (const c of d.parties) inDeals[c] = 1;
  // Every company appears somewhere: those without a deal, with people or a parent get a brief.
  const briefs = universe.companies
    .map((c, i) => (!inDeals[i] || c.people.length > 0 || c.parent || random.chance(0.05) ? i : -1))
    .filter((i) => i >= 0);
  random.shuffle(briefs);

  const dealArticles: ArticlePlan[] = [];
  for (let i = 0; i < deals.length; ) {
    const size = random.between(5, 20);
    const ids = Array.from({ length: Math.min(size, deals.length - i) }, (_, k) => i + k);
    const followUps = i > 0 && random.chance(0.5) ? [random.int(i)] : [];
    dealArticles.push({ type: 'deals', deals: ids, followUps });
    i += ids.length;
  }
  const briefArticles: ArticlePlan[] = [];
  for (let i = 0; i < briefs.length; ) {
    const size = random.between(5, 15);
    briefArticles.push({ type: 'briefs', companies: briefs.slice(i, i + size) });
    i += size;
  }
  // Interleave the two series so that both run through the whole period.
  const articles: ArticlePlan[] = [];
  let d = 0;
  let b = 0;
  while (d < dealArticles.length || b < briefArticles.length) {
    const left = dealArticles.length - d;
    const takeDeals = random.float() * (left + briefArticles.length - b) < left;
    articles.push((takeDeals ? dealArticles[d++] : briefArticles[b++]) as ArticlePlan);
  }
  return { deals, articles };
}
