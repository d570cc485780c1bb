/**
 * The read queries the API benchmark times: the questions the API exists to
 * answer (a company's partners with their quotes, a partnership in full,
 * partners of partners, filtered pages, search, graph views, the dashboard).
 * Ids are not written here: `DISCOVERY` finds them in the loaded graph first,
 * so the set works on any data set that has companies and partnerships.
 */

export interface BenchQuery {
  name: string;
  /** What it stands for, for the report. */
  description: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What the queries need from the graph: found by `DISCOVERY`, `PARTNERSHIP_CANDIDATES` and `PATH_TARGET`. */
export interface BenchIds {
  /** The company with the most partners: the heaviest realistic lookup. */
  company: { id: string; key: string; name: string };
  /** The seed articles' partnership with the most parties, projects, contributions, markets and domains. */
  partnership: { id: string; key: string };
  /** Every sector id, so the filtered company page is as full as the data allows. */
  sectors: string[];
  /** A company two partnerships away from `company` (or any other), for `paths`. */
  pathTarget: string;
  /** Word that search matches many entities with. */
  searchText: string;
}

/** Run once, untimed, before the timed queries. */
export const DISCOVERY = `query BenchDiscovery {
  dashboard { companiesByPartners(first: 1) { company { id key name } partners } }
  companies(first: 5) { nodes { id key name } totalCount }
  partnerships(first: 1) { nodes { id key } }
  sectors(first: 100) { nodes { id key } totalCount }
}`;

/** How much each candidate partnership (the seed articles' ones) has to show. */
export const PARTNERSHIP_CANDIDATES = `query BenchPartnerships($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Partnership {
      id
      key
      parties { claimId }
      projects { claimId }
      contributions { claimId }
      markets { claimId }
      domains { claimId }
    }
  }
}`;

/** The companies around `id`, nearest first: a partner of a partner makes a good `paths` target. */
export const PATH_TARGET = `query BenchPathTarget($id: ID!) {
  neighborhood(id: $id, depth: 3, first: 100, kinds: [COMPANY, PARTNERSHIP]) {
    nodes { id kind depth }
  }
}`;

const COMPANY_PARTNERS = `query CompanyPartners($name: String!) {
  company(name: $name) {
    id
    name
    sectors { sector { name } }
    partners {
      kind
      direction
      signedOn
      company { id name }
      partnership { id name signedOn scope }
      evidence { quote start end article { title publishedOn authorName } }
    }
  }
}`;

const PARTNERSHIP_DETAIL = `query PartnershipDetail($id: ID!) {
  partnership(id: $id) {
    id
    name
    kind
    signedOn
    scope
    objectives
    amount { disclosed value currency }
    parties { role company { id name } evidence { quote } }
    domains { focus sector { name } evidence { quote } }
    markets { place { name kind } evidence { quote } }
    projects { project { name status leads { company { name } } } evidence { quote } }
    contributions { contributor { name } beneficiary { name } sector { name } evidence { quote } }
    sources { article { title publishedOn url authorName } evidence { quote section } }
  }
}`;

const PARTNERS_OF_PARTNERS = `query PartnersOfPartners($id: ID!) {
  company(id: $id) {
    name
    partners {
      kind
      company {
        name
        partners {
          kind
          company {
            name
            partners { kind company { id name } }
          }
        }
      }
    }
  }
}`;

const COMPANY_PAGE = `query CompaniesBySector($sectors: [ID!], $after: String) {
  companies(first: 100, after: $after, filter: { sectors: $sectors }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name sectors { sector { name } } countries { place { name } } }
  }
}`;

const SEARCH = `query Search($text: String!) {
  search(text: $text, first: 20) {
    score
    matchedName
    node { __typename id name }
  }
}`;

const NEIGHBORHOOD = `query Neighborhood($id: ID!) {
  neighborhood(id: $id, depth: 2, first: 100) {
    truncated
    center { id label }
    nodes { id kind label depth }
    edges { id relationship source target }
  }
}`;

const PATHS = `query Paths($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxHops: 4, first: 10) {
    length
    nodes { id kind label }
    edges { relationship source target evidence { quote } }
  }
}`;

const DASHBOARD = `query Dashboard {
  dashboard {
    counts { kind count }
    partnershipsByKind { kind count }
    partnershipsByYear { year count }
    partnershipsBySector { sector { name } count }
    partnershipsByMarket { place { name } count }
    companiesByPartners { company { name } partners partnerships }
  }
}`;

/** The timed set. `companies-page-2` needs the cursor the first page returns, so it comes last. */
export function benchQueries(ids: BenchIds): BenchQuery[] {
  return [
    {
      name: 'company-partners',
      description: 'company(name) with partners, partnerships and evidence',
      query: COMPANY_PARTNERS,
      variables: { name: ids.company.name },
    },
    {
      name: 'partnership-detail',
      description: 'partnership(id): parties, domains, markets, projects, contributions, sources',
      query: PARTNERSHIP_DETAIL,
      variables: { id: ids.partnership.id },
    },
    {
      name: 'partners-3-levels',
      description: 'partners of partners of partners of company(id)',
      query: PARTNERS_OF_PARTNERS,
      variables: { id: ids.company.id },
    },
    {
      name: 'companies-page-1',
      description: 'companies(first: 100, filter: { sectors })',
      query: COMPANY_PAGE,
      variables: { sectors: ids.sectors },
    },
    {
      name: 'search',
      description: `search(text: "${ids.searchText}", first: 20)`,
      query: SEARCH,
      variables: { text: ids.searchText },
    },
    {
      name: 'neighborhood',
      description: 'neighborhood(id, depth: 2, first: 100)',
      query: NEIGHBORHOOD,
      variables: { id: ids.company.id },
    },
    {
      name: 'paths',
      description: 'paths(from, to, maxHops: 4, first: 10)',
      query: PATHS,
      variables: { from: ids.company.id, to: ids.pathTarget },
    },
    {
      name: 'dashboard',
      description: 'dashboard: counts and the five rankings',
      query: DASHBOARD,
      variables: {},
    },
  ];
}

/** The second page of `companies-page-1`, after its `endCursor`. */
export function nextCompanyPage(ids: BenchIds, after: string): BenchQuery {
  return {
    name: 'companies-page-2',
    description: 'the same page after its endCursor',
    query: COMPANY_PAGE,
    variables: { sectors: ids.sectors, after },
  };
}

/** Every document the benchmark sends, by name, with placeholder ids: for checking them against the schema. */
export function everyDocument(): [string, string][] {
  const placeholder: BenchIds = {
    company: { id: 'Company:x', key: 'x', name: 'x' },
    partnership: { id: 'Partnership:x', key: 'x' },
    sectors: [],
    pathTarget: 'Company:y',
    searchText: 'x',
  };
  return [
    ['BenchDiscovery', DISCOVERY],
    ['BenchPartnerships', PARTNERSHIP_CANDIDATES],
    ['BenchPathTarget', PATH_TARGET],
    ...[...benchQueries(placeholder), nextCompanyPage(placeholder, 'x')].map(
      (q): [string, string] => [q.name, q.query],
    ),
  ];
}
