import { LANGUAGES, PARTNERSHIP_KIND_NAMES, type PartnershipKind } from '../graph/vocabulary.js';
import { luceneQuery } from '../neo4j/reads/search.js';
import {
  COMPANIES_IN_SECTOR,
  COMPANY,
  type COUNTED_LABELS,
  DASHBOARD,
  NEIGHBORHOOD,
  PARTNERSHIP,
  PATHS,
  partnersOfPartners,
  SEARCH,
} from './compare-cypher.js';
import { kindField } from './compare-typedefs.js';

/**
 * The questions `npm run bench` asks the three servers, each in three forms:
 * A's Cypher and parameters (sent as JSON to the raw server), a GraphQL
 * document for Accord (B) and one for @neo4j/graphql (C). Which company,
 * sector, prefix or partnership each asks about is found in the data first
 * (compare-discovery.ts).
 */

/** What the questions are about, found in the loaded graph. */
export interface CompareParams {
  /** The company with the most partners, for the record: Accord may list only some of them. */
  top: CompanyPick;
  /**
   * The company with the most partners among those whose partners (and
   * partners of partners) Accord lists whole: its lists stop at 100.
   */
  hub: CompanyPick;
  /** The company in the middle of the same ranking. */
  median: CompanyPick;
  /** The most common kinds of agreement (one or two), for partners of partners. */
  kinds: PartnershipKind[];
  /** The sector with the most companies (its id). */
  sector: string;
  /** A prefix many names start with. */
  prefix: string;
  /** A company whose neighbourhood at depth 2 has at most NEIGHBORHOOD_FIRST nodes. */
  neighborhood: string;
  /** Two companies three or four partnership hops apart, if the data has such. */
  pathFrom: string;
  pathTo: string;
  /** The partnership with the most parties, domains, markets and projects. */
  partnership: string;
}

export interface CompanyPick {
  id: string;
  name: string;
  /** How many partnership edges it has. */
  degree: number;
}

/** A GraphQL request. */
export interface GraphqlForm {
  query: string;
  variables: Record<string, unknown>;
}

export interface Question {
  name: string;
  description: string;
  /** Server A: the statement (the raw server's endpoint runs it) and its parameters. */
  raw: { cypher: string; params: Record<string, unknown> };
  accord: GraphqlForm;
  library: GraphqlForm;
}

export const PAGE_SIZE = 20;
export const SEARCH_FIRST = 10;
export const NEIGHBORHOOD_FIRST = 100;
export const PATHS_FIRST = 10;

const companyQuestion = (p: CompareParams): Question => ({
  name: 'company',
  description: 'a company (the hub) with its sectors and partners (partner names, kind)',
  raw: { cypher: COMPANY, params: { id: p.hub.id } },
  accord: {
    query: `query Company($id: ID!) {
  company(id: $id) { name sectors { sector { name } } partners { kind company { name } } }
}`,
    variables: { id: p.hub.id },
  },
  library: {
    query: `query Company($id: ID!) {
  companies(where: { id: { eq: $id } }) {
    name activeIn { name } offers { name }
    ${PARTNERSHIP_KIND_NAMES.map((k) => `${kindField(k)} { name }`).join(' ')}
  }
}`,
    variables: { id: p.hub.id },
  },
});

const partnersOfPartnersQuestion = (p: CompareParams, which: 'hub' | 'median'): Question => {
  const company = p[which];
  const fields = (inner: string) =>
    p.kinds.map((k) => `${kindField(k)} { name${inner ? ` ${inner}` : ''} }`).join(' ');
  return {
    name: `partners-of-partners-${which}`,
    description: `partners of partners of the ${which} company (${company.degree} partnership edges), ${p.kinds.join(' or ')} only`,
    raw: { cypher: partnersOfPartners(p.kinds), params: { id: company.id } },
    accord: {
      query: `query PartnersOfPartners($id: ID!, $kinds: [PartnershipKind!]) {
  company(id: $id) {
    name
    partners(kinds: $kinds) { kind company { name partners(kinds: $kinds) { kind company { name } } } }
  }
}`,
      variables: { id: company.id, kinds: p.kinds },
    },
    library: {
      query: `query PartnersOfPartners($id: ID!) {
  companies(where: { id: { eq: $id } }) { name ${fields(fields(''))} }
}`,
      variables: { id: company.id },
    },
  };
};

const sectorQuestion = (p: CompareParams): Question => ({
  name: 'companies-in-sector',
  description: `a page of ${PAGE_SIZE} companies in the largest sector, with totalCount`,
  raw: { cypher: COMPANIES_IN_SECTOR, params: { sector: p.sector, first: PAGE_SIZE } },
  accord: {
    query: `query CompaniesInSector($sectors: [ID!]) {
  companies(first: ${PAGE_SIZE}, filter: { sectors: $sectors }) { totalCount nodes { name } }
}`,
    variables: { sectors: [p.sector] },
  },
  library: {
    query: `query CompaniesInSector($sector: ID!) {
  companiesConnection(
    first: ${PAGE_SIZE}
    where: { OR: [{ activeIn: { some: { id: { eq: $sector } } } }, { offers: { some: { id: { eq: $sector } } } }] }
    sort: [{ sortName: ASC }, { id: ASC }]
  ) { totalCount edges { node { name } } }
}`,
    variables: { sector: p.sector },
  },
});

const searchQuestion = (p: CompareParams): Question => {
  const query = luceneQuery(p.prefix);
  return {
    name: 'search',
    description: `search for "${p.prefix}", a prefix many names share (first ${SEARCH_FIRST})`,
    raw: { cypher: SEARCH, params: { query, first: SEARCH_FIRST } },
    accord: {
      query: `query Search($text: String!) {
  search(text: $text, first: ${SEARCH_FIRST}) { node { __typename id name } }
}`,
      variables: { text: p.prefix },
    },
    library: {
      query: `query Search($query: String!) {
  search(query: $query, first: ${SEARCH_FIRST}) {
    __typename
    ${['Company', 'Person', 'Sector', 'Place', 'Project'].map((t) => `... on ${t} { id name }`).join(' ')}
  }
}`,
      variables: { query },
    },
  };
};

const neighborhoodQuestion = (p: CompareParams): Question => ({
  name: 'neighborhood',
  description: 'the companies, people and partnerships within 2 hops of a company, and their edges',
  raw: { cypher: NEIGHBORHOOD, params: { id: p.neighborhood, first: NEIGHBORHOOD_FIRST } },
  accord: {
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, first: ${NEIGHBORHOOD_FIRST}, kinds: [COMPANY, PERSON, PARTNERSHIP]) {
    truncated nodes { id kind label depth } edges { relationship source target }
  }
}`,
    variables: { id: `Company:${p.neighborhood}` },
  },
  library: {
    query: `query Neighborhood($id: ID!) {
  neighborhood(id: $id, first: ${NEIGHBORHOOD_FIRST}) {
    truncated nodes { id kind label depth } edges { relationship source target }
  }
}`,
    variables: { id: p.neighborhood },
  },
});

const PATH_FIELDS = 'length nodes { id } edges { relationship source target }';

const pathsQuestion = (p: CompareParams): Question => ({
  name: 'paths',
  description: `paths between two companies through companies, up to 4 hops (first ${PATHS_FIRST})`,
  raw: { cypher: PATHS, params: { from: p.pathFrom, to: p.pathTo, first: PATHS_FIRST } },
  accord: {
    query: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: ${PATHS_FIRST}, kinds: [COMPANY]) { ${PATH_FIELDS} }
}`,
    variables: { from: `Company:${p.pathFrom}`, to: `Company:${p.pathTo}` },
  },
  library: {
    query: `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, first: ${PATHS_FIRST}) { length nodes edges { relationship source target } }
}`,
    variables: { from: p.pathFrom, to: p.pathTo },
  },
});

const partnershipQuestion = (p: CompareParams): Question => ({
  name: 'partnership',
  description:
    'a partnership in full: parties, domains, markets, projects, contributions, sources, amount evidence',
  raw: { cypher: PARTNERSHIP, params: { id: p.partnership, property: 'amount' } },
  accord: {
    query: `query TheAgreement($id: ID!) {
  partnership(id: $id) {
    name frenchName: name(language: FR) kind scope signedOn includesSubsidiaries
    amount { disclosed value currency }
    objectives
    parties { company { name } role }
    domains { focus sector { name } }
    markets { place { name kind } }
    projects { project { name status } }
    contributions { contributor { name } sector { name } beneficiary { name } }
    sources { article { title publishedOn } }
    amountEvidence: propertyEvidence(property: AMOUNT) { quote }
  }
}`,
    variables: { id: p.partnership },
  },
  library: {
    query: `query TheAgreement($id: ID!) {
  partnerships(where: { id: { eq: $id } }) {
    name name_fr kind scope signedOn includesSubsidiaries amountDisclosed amountValue amountCurrency
    ${LANGUAGES.map((lang) => `objectives_${lang}`).join(' ')}
    partiesConnection { edges { properties { role } node { name } } }
    domainsConnection { edges { properties { focus } node { name } } }
    markets { name kind }
    projects { name status }
    contributions { contributor sector beneficiary }
    sources { title publishedOn }
    amountEvidence: propertyEvidence(property: "amount")
  }
}`,
    variables: { id: p.partnership },
  },
});

/** The plural @neo4j/graphql gives each counted label. */
export const COUNTED_CONNECTIONS = {
  Company: 'companies',
  Person: 'people',
  Sector: 'sectors',
  Place: 'places',
  Project: 'projects',
  Partnership: 'partnerships',
  Article: 'articles',
} as const satisfies Record<(typeof COUNTED_LABELS)[number], string>;

const dashboardQuestion = (): Question => ({
  name: 'dashboard',
  description:
    'the dashboard: counts, partnerships by kind, year, sector and market, top companies',
  raw: { cypher: DASHBOARD, params: {} },
  accord: {
    query: `query Dashboard {
  dashboard {
    counts { kind count }
    partnershipsByKind { kind count }
    partnershipsByYear { year count }
    partnershipsBySector(first: 5, focus: CORE) { sector { name } count }
    partnershipsByMarket(first: 5) { place { name } count }
    companiesByPartners(first: 10) { company { name } partners partnerships }
  }
}`,
    variables: {},
  },
  library: {
    query: `query Dashboard {
  ${Object.values(COUNTED_CONNECTIONS)
    .map((c) => `${c}: ${c}Connection { aggregate { count { nodes } } }`)
    .join('\n  ')}
  partnershipsByKind { key count }
  partnershipsByYear { key count }
  partnershipsBySector { key count }
  partnershipsByMarket { key count }
  companiesByPartners { name partners partnerships }
}`,
    variables: {},
  },
});

/** Every question's name, in the order they are checked and timed. */
export const QUESTION_NAMES = [
  'company',
  'partners-of-partners-hub',
  'partners-of-partners-median',
  'companies-in-sector',
  'search',
  'neighborhood',
  'paths',
  'partnership',
  'dashboard',
] as const;

/** Every question, in the order they are checked and timed. */
export function compareQuestions(p: CompareParams): Question[] {
  return [
    companyQuestion(p),
    partnersOfPartnersQuestion(p, 'hub'),
    partnersOfPartnersQuestion(p, 'median'),
    sectorQuestion(p),
    searchQuestion(p),
    neighborhoodQuestion(p),
    pathsQuestion(p),
    partnershipQuestion(p),
    dashboardQuestion(),
  ];
}
