import {
  LANGUAGES,
  Label,
  PARTNERSHIP_KIND_NAMES,
  PARTNERSHIP_KINDS,
  type PartnershipKind,
  Rel,
} from '../graph/vocabulary.js';
import {
  contributionsOf,
  DASHBOARD_PARTS,
  NEIGHBORHOOD,
  PATHS,
  propertyEvidenceOf,
  SEARCH_NODES,
} from './compare-cypher.js';

/**
 * Server C's type definitions: Accord's graph as @neo4j/graphql 7 sees it,
 * enough for the benchmark's questions. What the library has built in
 * (nodes, relationships, relationship properties, filters, sorting, pages,
 * counts) is declared as such; what it has not (full-text search, graph
 * views, paths, grouped counts, contributions found by an id on an edge) is a
 * `@cypher` field whose body is server A's Cypher.
 */

/** `MEMORANDUM_OF_UNDERSTANDING` → `memorandumOfUnderstanding`: one field per kind of agreement. */
export const kindField = (kind: PartnershipKind): string =>
  kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Partners are read without direction, as Accord reads them: one field per relationship type. */
const partnerFields = PARTNERSHIP_KIND_NAMES.map(
  (kind) =>
    `  ${kindField(kind)}: [${Label.Company}!]! @relationship(type: "${PARTNERSHIP_KINDS[kind].edge}", direction: OUT, queryDirection: UNDIRECTED)`,
).join('\n');

const cypher = (statement: string, column: string) =>
  `@cypher(statement: """${statement}""", columnName: "${column}")`;

const objectiveFields = LANGUAGES.map((lang) => `  objectives_${lang}: [String!]`).join('\n');

export const NEO4J_GRAPHQL_TYPE_DEFS = `
type ${Label.Company} @node {
  id: ID!
  name: String!
  """Accord orders companies by name without case: @neo4j/graphql sorts by fields only."""
  sortName: String ${cypher('RETURN toLower(this.name) AS sortName', 'sortName')}
  activeIn: [${Label.Sector}!]! @relationship(type: "${Rel.ACTIVE_IN}", direction: OUT)
  offers: [${Label.Sector}!]! @relationship(type: "${Rel.OFFERS}", direction: OUT)
${partnerFields}
}

type ${Label.Sector} @node {
  id: ID!
  name: String!
}

type ${Label.Person} @node {
  id: ID!
  name: String!
}

type ${Label.Place} @node {
  id: ID!
  name: String!
  kind: String
}

type ${Label.Project} @node {
  id: ID!
  name: String!
  status: String
}

type ${Label.Article} @node {
  id: ID!
  title: String!
  publishedOn: Date
}

type PartyTo @relationshipProperties {
  role: String!
}

type Covers @relationshipProperties {
  focus: String!
}

type Contribution {
  contributor: String!
  sector: String!
  beneficiary: String
}

type ${Label.Partnership} @node {
  id: ID!
  name: String!
  name_fr: String
  kind: String!
  scope: String
  signedOn: Date
  includesSubsidiaries: Boolean
  amountDisclosed: Boolean
  amountValue: Float
  amountCurrency: String
${objectiveFields}
  parties: [${Label.Company}!]! @relationship(type: "${Rel.PARTY_TO}", direction: IN, properties: "PartyTo")
  domains: [${Label.Sector}!]! @relationship(type: "${Rel.COVERS}", direction: OUT, properties: "Covers")
  markets: [${Label.Place}!]! @relationship(type: "${Rel.TARGETS}", direction: OUT)
  projects: [${Label.Project}!]! @relationship(type: "${Rel.INCLUDES}", direction: OUT)
  sources: [${Label.Article}!]! @relationship(type: "${Rel.MENTIONS}", direction: IN)
  contributions: [Contribution!]! ${cypher(contributionsOf('this'), 'contribution')}
  propertyEvidence(property: String!): [String!]! ${cypher(propertyEvidenceOf('this'), 'quote')}
}

union Entity = ${Label.Company} | ${Label.Person} | ${Label.Sector} | ${Label.Place} | ${Label.Project}

type ViewNode {
  id: ID!
  kind: String!
  label: String!
  depth: Int!
}

type ViewEdge {
  relationship: String!
  source: ID!
  target: ID!
}

type Neighborhood {
  truncated: Boolean!
  nodes: [ViewNode!]!
  edges: [ViewEdge!]!
}

type CompanyPath {
  length: Int!
  nodes: [ID!]!
  edges: [ViewEdge!]!
}

type Bucket {
  key: String
  count: Int!
}

type NodeCount {
  kind: String!
  count: Int!
}

type CompanyRank {
  name: String!
  partners: Int!
  partnerships: Int!
}

type Query {
  search(query: String!, first: Int!): [Entity!]! ${cypher(SEARCH_NODES, 'node')}
  neighborhood(id: ID!, first: Int!): Neighborhood ${cypher(NEIGHBORHOOD, 'neighborhood')}
  paths(from: ID!, to: ID!, first: Int!): [CompanyPath!]! ${cypher(PATHS, 'path')}
  partnershipsByKind: [Bucket!]! ${cypher(DASHBOARD_PARTS.byKind, 'bucket')}
  partnershipsByYear: [Bucket!]! ${cypher(DASHBOARD_PARTS.byYear, 'bucket')}
  partnershipsBySector: [Bucket!]! ${cypher(DASHBOARD_PARTS.bySector, 'bucket')}
  partnershipsByMarket: [Bucket!]! ${cypher(DASHBOARD_PARTS.byMarket, 'bucket')}
  companiesByPartners: [CompanyRank!]! ${cypher(DASHBOARD_PARTS.companies, 'bucket')}
}
`;
