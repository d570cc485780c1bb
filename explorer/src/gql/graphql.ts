/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Narrows a neighbourhood to some partnerships, sectors and places. A partnership is kept only if it covers one of `sectors`, targets one of `places` and was signed within `signedFrom`..`signedTo`; with it go its PARTY_TO, COVERS, TARGETS and INCLUDES edges and the direct company edges and CONTRIBUTES edges that carry its id. A node reached only through what is left out is not in the view. Other facts (LEADS, SUBSIDIARY_OF, …) are kept. The center is always in the view. Ids that name nothing match nothing. */
export type NeighborhoodFilterInput = {
  /** Place ids (`china`) or global ids: partnerships that target one of them (the place itself: places are not nested), and no other place. */
  places?: Array<string | number> | null | undefined;
  /** Sector ids (`logistics`) or global ids: partnerships that cover one of them, and no other sector (ACTIVE_IN, OFFERS, COVERS, IN_SECTOR only to these). */
  sectors?: Array<string | number> | null | undefined;
  /** Partnerships signed on or after this day (inclusive); those without a signing date are left out. */
  signedFrom?: string | null | undefined;
  /** Partnerships signed on or before this day (inclusive); those without a signing date are left out. */
  signedTo?: string | null | undefined;
};

/** The kinds of node a graph view shows. */
export type NodeKind =
  | 'ARTICLE'
  | 'COMPANY'
  | 'PARTNERSHIP'
  | 'PERSON'
  | 'PLACE'
  | 'PROJECT'
  | 'SECTOR';

/** The kind of agreement. */
export type PartnershipKind =
  /** Companies are joined by a ACQUIRED edge, directed by the parties’ roles. */
  | 'ACQUISITION'
  /** Companies are joined by a COMMERCIAL_AGREEMENT_WITH edge. */
  | 'COMMERCIAL_AGREEMENT'
  /** Companies are joined by a DISTRIBUTES_FOR edge, directed by the parties’ roles. */
  | 'DISTRIBUTION_AGREEMENT'
  /** Companies are joined by a INVESTED_IN edge, directed by the parties’ roles. */
  | 'INVESTMENT'
  /** Companies are joined by a JOINT_VENTURE_WITH edge. */
  | 'JOINT_VENTURE'
  /** Companies are joined by a LICENSES_TO edge, directed by the parties’ roles. */
  | 'LICENSING_AGREEMENT'
  /** Companies are joined by a SIGNED_MOU_WITH edge. */
  | 'MEMORANDUM_OF_UNDERSTANDING'
  /** Companies are joined by a MERGED_WITH edge. */
  | 'MERGER'
  /** Companies are joined by a RESEARCHES_WITH edge. */
  | 'RESEARCH_COLLABORATION'
  /** Companies are joined by a ALLIED_WITH edge. */
  | 'STRATEGIC_ALLIANCE'
  /** Companies are joined by a SUPPLIES edge, directed by the parties’ roles. */
  | 'SUPPLY_AGREEMENT';

/** How far an agreement reaches. */
export type PartnershipScope =
  | 'LOCAL'
  | 'NATIONAL'
  | 'REGIONAL'
  | 'WORLDWIDE';

export type PlaceKind =
  | 'CITY'
  | 'CONTINENT'
  | 'COUNTRY'
  | 'REGION'
  | 'WORLD';

export type ProjectStatus =
  | 'ABANDONED'
  | 'ACTIVE'
  | 'COMPLETED'
  | 'EXPLORING'
  | 'PLANNED';

/** The types of fact relationships: every one is backed by evidence. */
export type RelationshipType =
  | 'ACQUIRED'
  | 'ACTIVE_IN'
  | 'ALLIED_WITH'
  | 'AUTHORED'
  | 'BASED_IN_COUNTRY'
  | 'BOARD_MEMBER_OF'
  | 'COMMERCIAL_AGREEMENT_WITH'
  | 'CONTRIBUTES'
  | 'COVERS'
  | 'DISTRIBUTES_FOR'
  | 'EMPLOYED_BY'
  | 'FOUNDED'
  | 'HEADQUARTERED_IN'
  | 'INCLUDES'
  | 'INVESTED_IN'
  | 'IN_SECTOR'
  | 'JOINT_VENTURE_WITH'
  | 'LEADS'
  | 'LEADS_PROJECT'
  | 'LICENSES_TO'
  | 'LOCATED_IN'
  | 'MENTIONS'
  | 'MERGED_WITH'
  | 'OFFERS'
  | 'PARTY_TO'
  | 'RESEARCHES_WITH'
  | 'SIGNED_MOU_WITH'
  | 'STATED'
  | 'SUBSIDIARY_OF'
  | 'SUPPLIES'
  | 'TARGETS';

export type DashboardPartnershipsByKindQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPartnershipsByKindQuery = { dashboard: { partnershipsByKind: Array<{ kind: PartnershipKind, count: number }> } };

export type DashboardPartnershipsByYearQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardPartnershipsByYearQuery = { dashboard: { partnershipsByYear: Array<{ year: number | null, count: number }> } };

export type DashboardPartnershipsBySectorQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardPartnershipsBySectorQuery = { dashboard: { core: Array<{ count: number, sector: { id: string, name: string } }>, opportunity: Array<{ count: number, sector: { id: string, name: string } }> } };

export type DashboardPartnershipsByMarketQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardPartnershipsByMarketQuery = { dashboard: { partnershipsByMarket: Array<{ count: number, place: { id: string, name: string } }> } };

export type DashboardMostConnectedCompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DashboardMostConnectedCompaniesQuery = { dashboard: { companiesByPartners: Array<{ partners: number, partnerships: number, company: { id: string, name: string } }> } };

export type ExplorerSuggestQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type ExplorerSuggestQuery = { suggest: Array<{ kind: NodeKind, label: string, matchedName: string | null, score: number, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export type ExplorerEvidenceFragment = { id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } };

export type ExplorerGraphNodeFragment = { id: string, kind: NodeKind, label: string, depth: number };

export type ExplorerGraphEdgeFragment = { id: string, source: string, target: string, relationship: RelationshipType, properties: Record<string, unknown>, evidence: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }> };

export type ExplorerNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  first?: number | null | undefined;
  relationships?: Array<RelationshipType> | RelationshipType | null | undefined;
  filter?: NeighborhoodFilterInput | null | undefined;
}>;


export type ExplorerNeighborhoodQuery = { neighborhood: { truncated: boolean, center: { id: string }, nodes: Array<{ id: string, kind: NodeKind, label: string, depth: number }>, edges: Array<{ id: string, source: string, target: string, relationship: RelationshipType, properties: Record<string, unknown>, evidence: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }> }> } | null };

export type ExplorerNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerNodeQuery = { node:
    | { __typename: 'Article', id: string }
    | { __typename: 'Company', name: string, aliases: Array<string>, foundedYear: number | null, id: string, founded: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }> }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Partnership', name: string, kind: PartnershipKind, scope: PartnershipScope | null, signedOn: string | null, startsOn: string | null, endsOn: string | null, id: string, signed: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }>, scoped: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }> }
    | { __typename: 'Person', name: string, aliases: Array<string>, id: string }
    | { __typename: 'Place', name: string, aliases: Array<string>, id: string, placeKind: PlaceKind }
    | { __typename: 'Project', name: string, aliases: Array<string>, status: ProjectStatus | null, id: string }
    | { __typename: 'Sector', name: string, aliases: Array<string>, id: string }
   | null };

export type ExplorerArticleTextsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ExplorerArticleTextsQuery = { nodes: Array<
    | { id: string, text: string }
    | Record<PropertyKey, never>
   | null> };

export type ExplorerArticleQueryVariables = Exact<{
  id: string | number;
}>;


export type ExplorerArticleQuery = { article: { id: string, title: string, publishedOn: string, authorName: string | null, publisher: string | null, url: string | null, text: string, evidenceCount: number, evidence: Array<{ id: string, quote: string, start: number, end: number, claimId: string, predicate: string, subject:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
       | null }> } | null };

export type ExplorerPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops?: number | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, nodes: Array<{ id: string, kind: NodeKind, label: string, depth: number }>, edges: Array<{ id: string, source: string, target: string, relationship: RelationshipType, properties: Record<string, unknown>, evidence: Array<{ id: string, quote: string, start: number, end: number, section: string | null, article: { id: string, title: string, publishedOn: string, authorName: string | null, url: string | null } }> }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerGraphNodeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGraphNode on GraphNode {
  id
  kind
  label
  depth
}
    `, {"fragmentName":"ExplorerGraphNode"}) as unknown as TypedDocumentString<ExplorerGraphNodeFragment, unknown>;
export const ExplorerEvidenceFragmentDoc = new TypedDocumentString(`
    fragment ExplorerEvidence on Evidence {
  id
  quote
  start
  end
  section
  article {
    id
    title
    publishedOn
    authorName
    url
  }
}
    `, {"fragmentName":"ExplorerEvidence"}) as unknown as TypedDocumentString<ExplorerEvidenceFragment, unknown>;
export const ExplorerGraphEdgeFragmentDoc = new TypedDocumentString(`
    fragment ExplorerGraphEdge on GraphEdge {
  id
  source
  target
  relationship
  properties
  evidence {
    ...ExplorerEvidence
  }
}
    fragment ExplorerEvidence on Evidence {
  id
  quote
  start
  end
  section
  article {
    id
    title
    publishedOn
    authorName
    url
  }
}`, {"fragmentName":"ExplorerGraphEdge"}) as unknown as TypedDocumentString<ExplorerGraphEdgeFragment, unknown>;
export const DashboardPartnershipsByKindDocument = new TypedDocumentString(`
    query DashboardPartnershipsByKind {
  dashboard {
    partnershipsByKind {
      kind
      count
    }
  }
}
    `, {"hash":"sha256:a2bc7d13670f3155da4780da90eab509cd78abc3a7c87b7dca3d8cd9ac0027c7"}) as unknown as TypedDocumentString<DashboardPartnershipsByKindQuery, DashboardPartnershipsByKindQueryVariables>;
export const DashboardPartnershipsByYearDocument = new TypedDocumentString(`
    query DashboardPartnershipsByYear {
  dashboard {
    partnershipsByYear {
      year
      count
    }
  }
}
    `, {"hash":"sha256:809d369f7707c68ead89378619dca02eb2921e44273edd270b307bdd9baa06af"}) as unknown as TypedDocumentString<DashboardPartnershipsByYearQuery, DashboardPartnershipsByYearQueryVariables>;
export const DashboardPartnershipsBySectorDocument = new TypedDocumentString(`
    query DashboardPartnershipsBySector($first: Int = 15) {
  dashboard {
    core: partnershipsBySector(focus: CORE, first: $first) {
      count
      sector {
        id
        name
      }
    }
    opportunity: partnershipsBySector(focus: OPPORTUNITY, first: $first) {
      count
      sector {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:913774b4fcf4a48036f2b0165eeb14a9d089756648805d8e514dc45d9edc9d71"}) as unknown as TypedDocumentString<DashboardPartnershipsBySectorQuery, DashboardPartnershipsBySectorQueryVariables>;
export const DashboardPartnershipsByMarketDocument = new TypedDocumentString(`
    query DashboardPartnershipsByMarket($first: Int = 15) {
  dashboard {
    partnershipsByMarket(first: $first) {
      count
      place {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:ba2c6ebad703bd26f9142b3d9a329e16a8d4032c861cf51b8e66fde3305d486c"}) as unknown as TypedDocumentString<DashboardPartnershipsByMarketQuery, DashboardPartnershipsByMarketQueryVariables>;
export const DashboardMostConnectedCompaniesDocument = new TypedDocumentString(`
    query DashboardMostConnectedCompanies($first: Int = 15) {
  dashboard {
    companiesByPartners(first: $first) {
      partners
      partnerships
      company {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:dddd2ca30cc509b9bd882f86d06cc2858c5a939f6cb6ea85c91bfc38ddf768c0"}) as unknown as TypedDocumentString<DashboardMostConnectedCompaniesQuery, DashboardMostConnectedCompaniesQueryVariables>;
export const ExplorerSuggestDocument = new TypedDocumentString(`
    query ExplorerSuggest($text: String!, $first: Int) {
  suggest(text: $text, first: $first) {
    kind
    label
    matchedName
    score
    node {
      id
    }
  }
}
    `, {"hash":"sha256:7e089b509a49b7f186d590925dff9609f2250d3962c4dd0bd17cf93f527bdbc9"}) as unknown as TypedDocumentString<ExplorerSuggestQuery, ExplorerSuggestQueryVariables>;
export const ExplorerNeighborhoodDocument = new TypedDocumentString(`
    query ExplorerNeighborhood($id: ID!, $depth: Int, $first: Int, $relationships: [RelationshipType!], $filter: NeighborhoodFilterInput) {
  neighborhood(
    id: $id
    depth: $depth
    first: $first
    relationships: $relationships
    filter: $filter
  ) {
    truncated
    center {
      id
    }
    nodes {
      ...ExplorerGraphNode
    }
    edges {
      ...ExplorerGraphEdge
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  id
  quote
  start
  end
  section
  article {
    id
    title
    publishedOn
    authorName
    url
  }
}
fragment ExplorerGraphNode on GraphNode {
  id
  kind
  label
  depth
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  source
  target
  relationship
  properties
  evidence {
    ...ExplorerEvidence
  }
}`, {"hash":"sha256:0a4a6573368b3354d8c278aab0fa09f4a89cc79c300bf14478484de0f5051032"}) as unknown as TypedDocumentString<ExplorerNeighborhoodQuery, ExplorerNeighborhoodQueryVariables>;
export const ExplorerNodeDocument = new TypedDocumentString(`
    query ExplorerNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Company {
      name
      aliases
      foundedYear
      founded: propertyEvidence(property: FOUNDED_YEAR) {
        ...ExplorerEvidence
      }
    }
    ... on Person {
      name
      aliases
    }
    ... on Sector {
      name
      aliases
    }
    ... on Place {
      name
      aliases
      placeKind: kind
    }
    ... on Project {
      name
      aliases
      status
    }
    ... on Partnership {
      name
      kind
      scope
      signedOn
      startsOn
      endsOn
      signed: propertyEvidence(property: SIGNED_ON) {
        ...ExplorerEvidence
      }
      scoped: propertyEvidence(property: SCOPE) {
        ...ExplorerEvidence
      }
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  id
  quote
  start
  end
  section
  article {
    id
    title
    publishedOn
    authorName
    url
  }
}`, {"hash":"sha256:0bdf77cddbe4e00e1c2b7259b8b7f5ad63baf5f0f3e89d0f3c544905e040fc69"}) as unknown as TypedDocumentString<ExplorerNodeQuery, ExplorerNodeQueryVariables>;
export const ExplorerArticleTextsDocument = new TypedDocumentString(`
    query ExplorerArticleTexts($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Article {
      id
      text
    }
  }
}
    `, {"hash":"sha256:8e385b83f97ed44f903e1f56eec71347236f9895f69b319d32101e976c21cf01"}) as unknown as TypedDocumentString<ExplorerArticleTextsQuery, ExplorerArticleTextsQueryVariables>;
export const ExplorerArticleDocument = new TypedDocumentString(`
    query ExplorerArticle($id: ID!) {
  article(id: $id) {
    id
    title
    publishedOn
    authorName
    publisher
    url
    text
    evidenceCount
    evidence(first: 100) {
      id
      quote
      start
      end
      claimId
      predicate
      subject {
        id
      }
    }
  }
}
    `, {"hash":"sha256:7d6b5e9df3970db97051fd76fd7377a79edc421f27a299f55322c74f452a9bc1"}) as unknown as TypedDocumentString<ExplorerArticleQuery, ExplorerArticleQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
    length
    nodes {
      ...ExplorerGraphNode
    }
    edges {
      ...ExplorerGraphEdge
    }
  }
}
    fragment ExplorerEvidence on Evidence {
  id
  quote
  start
  end
  section
  article {
    id
    title
    publishedOn
    authorName
    url
  }
}
fragment ExplorerGraphNode on GraphNode {
  id
  kind
  label
  depth
}
fragment ExplorerGraphEdge on GraphEdge {
  id
  source
  target
  relationship
  properties
  evidence {
    ...ExplorerEvidence
  }
}`, {"hash":"sha256:4a8049850827aab256ee49bace974f65bb4f5ded955276e35df9331082e4acb3"}) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;