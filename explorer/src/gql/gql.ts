/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardPartnershipsByKind {\n    dashboard {\n      partnershipsByKind {\n        kind\n        count\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsByKindDocument,
    "\n  query DashboardPartnershipsByYear {\n    dashboard {\n      partnershipsByYear {\n        year\n        count\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsByYearDocument,
    "\n  query DashboardPartnershipsBySector($first: Int = 15) {\n    dashboard {\n      core: partnershipsBySector(focus: CORE, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n      opportunity: partnershipsBySector(focus: OPPORTUNITY, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsBySectorDocument,
    "\n  query DashboardPartnershipsByMarket($first: Int = 15) {\n    dashboard {\n      partnershipsByMarket(first: $first) {\n        count\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardPartnershipsByMarketDocument,
    "\n  query DashboardMostConnectedCompanies($first: Int = 15) {\n    dashboard {\n      companiesByPartners(first: $first) {\n        partners\n        partnerships\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DashboardMostConnectedCompaniesDocument,
    "\n  query ExplorerSuggest($text: String!, $first: Int) {\n    suggest(text: $text, first: $first) {\n      kind\n      label\n      matchedName\n      score\n      node {\n        id\n      }\n    }\n  }\n": typeof types.ExplorerSuggestDocument,
    "\n  fragment ExplorerEvidence on Evidence {\n    id\n    quote\n    start\n    end\n    section\n    article {\n      id\n      title\n      publishedOn\n      authorName\n      url\n    }\n  }\n": typeof types.ExplorerEvidenceFragmentDoc,
    "\n  fragment ExplorerGraphNode on GraphNode {\n    id\n    kind\n    label\n    depth\n  }\n": typeof types.ExplorerGraphNodeFragmentDoc,
    "\n  fragment ExplorerGraphEdge on GraphEdge {\n    id\n    source\n    target\n    relationship\n    properties\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n": typeof types.ExplorerGraphEdgeFragmentDoc,
    "\n  query ExplorerNeighborhood(\n    $id: ID!\n    $depth: Int\n    $first: Int\n    $relationships: [RelationshipType!]\n    $filter: NeighborhoodFilterInput\n  ) {\n    neighborhood(\n      id: $id\n      depth: $depth\n      first: $first\n      relationships: $relationships\n      filter: $filter\n    ) {\n      truncated\n      center {\n        id\n      }\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n": typeof types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Company {\n        name\n        aliases\n        foundedYear\n        founded: propertyEvidence(property: FOUNDED_YEAR) {\n          ...ExplorerEvidence\n        }\n      }\n      ... on Person {\n        name\n        aliases\n      }\n      ... on Sector {\n        name\n        aliases\n      }\n      ... on Place {\n        name\n        aliases\n        placeKind: kind\n      }\n      ... on Project {\n        name\n        aliases\n        status\n      }\n      ... on Partnership {\n        name\n        kind\n        scope\n        signedOn\n        startsOn\n        endsOn\n        signed: propertyEvidence(property: SIGNED_ON) {\n          ...ExplorerEvidence\n        }\n        scoped: propertyEvidence(property: SCOPE) {\n          ...ExplorerEvidence\n        }\n      }\n    }\n  }\n": typeof types.ExplorerNodeDocument,
    "\n  query ExplorerArticleTexts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Article {\n        id\n        text\n      }\n    }\n  }\n": typeof types.ExplorerArticleTextsDocument,
    "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedOn\n      authorName\n      publisher\n      url\n      text\n      evidenceCount\n      evidence(first: 100) {\n        id\n        quote\n        start\n        end\n        claimId\n        predicate\n        subject {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExplorerArticleDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {\n      length\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n": typeof types.ExplorerPathsDocument,
};
const documents: Documents = {
    "\n  query DashboardPartnershipsByKind {\n    dashboard {\n      partnershipsByKind {\n        kind\n        count\n      }\n    }\n  }\n": types.DashboardPartnershipsByKindDocument,
    "\n  query DashboardPartnershipsByYear {\n    dashboard {\n      partnershipsByYear {\n        year\n        count\n      }\n    }\n  }\n": types.DashboardPartnershipsByYearDocument,
    "\n  query DashboardPartnershipsBySector($first: Int = 15) {\n    dashboard {\n      core: partnershipsBySector(focus: CORE, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n      opportunity: partnershipsBySector(focus: OPPORTUNITY, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardPartnershipsBySectorDocument,
    "\n  query DashboardPartnershipsByMarket($first: Int = 15) {\n    dashboard {\n      partnershipsByMarket(first: $first) {\n        count\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardPartnershipsByMarketDocument,
    "\n  query DashboardMostConnectedCompanies($first: Int = 15) {\n    dashboard {\n      companiesByPartners(first: $first) {\n        partners\n        partnerships\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DashboardMostConnectedCompaniesDocument,
    "\n  query ExplorerSuggest($text: String!, $first: Int) {\n    suggest(text: $text, first: $first) {\n      kind\n      label\n      matchedName\n      score\n      node {\n        id\n      }\n    }\n  }\n": types.ExplorerSuggestDocument,
    "\n  fragment ExplorerEvidence on Evidence {\n    id\n    quote\n    start\n    end\n    section\n    article {\n      id\n      title\n      publishedOn\n      authorName\n      url\n    }\n  }\n": types.ExplorerEvidenceFragmentDoc,
    "\n  fragment ExplorerGraphNode on GraphNode {\n    id\n    kind\n    label\n    depth\n  }\n": types.ExplorerGraphNodeFragmentDoc,
    "\n  fragment ExplorerGraphEdge on GraphEdge {\n    id\n    source\n    target\n    relationship\n    properties\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n": types.ExplorerGraphEdgeFragmentDoc,
    "\n  query ExplorerNeighborhood(\n    $id: ID!\n    $depth: Int\n    $first: Int\n    $relationships: [RelationshipType!]\n    $filter: NeighborhoodFilterInput\n  ) {\n    neighborhood(\n      id: $id\n      depth: $depth\n      first: $first\n      relationships: $relationships\n      filter: $filter\n    ) {\n      truncated\n      center {\n        id\n      }\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n": types.ExplorerNeighborhoodDocument,
    "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Company {\n        name\n        aliases\n        foundedYear\n        founded: propertyEvidence(property: FOUNDED_YEAR) {\n          ...ExplorerEvidence\n        }\n      }\n      ... on Person {\n        name\n        aliases\n      }\n      ... on Sector {\n        name\n        aliases\n      }\n      ... on Place {\n        name\n        aliases\n        placeKind: kind\n      }\n      ... on Project {\n        name\n        aliases\n        status\n      }\n      ... on Partnership {\n        name\n        kind\n        scope\n        signedOn\n        startsOn\n        endsOn\n        signed: propertyEvidence(property: SIGNED_ON) {\n          ...ExplorerEvidence\n        }\n        scoped: propertyEvidence(property: SCOPE) {\n          ...ExplorerEvidence\n        }\n      }\n    }\n  }\n": types.ExplorerNodeDocument,
    "\n  query ExplorerArticleTexts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Article {\n        id\n        text\n      }\n    }\n  }\n": types.ExplorerArticleTextsDocument,
    "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedOn\n      authorName\n      publisher\n      url\n      text\n      evidenceCount\n      evidence(first: 100) {\n        id\n        quote\n        start\n        end\n        claimId\n        predicate\n        subject {\n          id\n        }\n      }\n    }\n  }\n": types.ExplorerArticleDocument,
    "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {\n      length\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n": types.ExplorerPathsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnershipsByKind {\n    dashboard {\n      partnershipsByKind {\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsByKindDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnershipsByYear {\n    dashboard {\n      partnershipsByYear {\n        year\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsByYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnershipsBySector($first: Int = 15) {\n    dashboard {\n      core: partnershipsBySector(focus: CORE, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n      opportunity: partnershipsBySector(focus: OPPORTUNITY, first: $first) {\n        count\n        sector {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsBySectorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPartnershipsByMarket($first: Int = 15) {\n    dashboard {\n      partnershipsByMarket(first: $first) {\n        count\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPartnershipsByMarketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMostConnectedCompanies($first: Int = 15) {\n    dashboard {\n      companiesByPartners(first: $first) {\n        partners\n        partnerships\n        company {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardMostConnectedCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerSuggest($text: String!, $first: Int) {\n    suggest(text: $text, first: $first) {\n      kind\n      label\n      matchedName\n      score\n      node {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerSuggestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerEvidence on Evidence {\n    id\n    quote\n    start\n    end\n    section\n    article {\n      id\n      title\n      publishedOn\n      authorName\n      url\n    }\n  }\n"): typeof import('./graphql').ExplorerEvidenceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerGraphNode on GraphNode {\n    id\n    kind\n    label\n    depth\n  }\n"): typeof import('./graphql').ExplorerGraphNodeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExplorerGraphEdge on GraphEdge {\n    id\n    source\n    target\n    relationship\n    properties\n    evidence {\n      ...ExplorerEvidence\n    }\n  }\n"): typeof import('./graphql').ExplorerGraphEdgeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNeighborhood(\n    $id: ID!\n    $depth: Int\n    $first: Int\n    $relationships: [RelationshipType!]\n    $filter: NeighborhoodFilterInput\n  ) {\n    neighborhood(\n      id: $id\n      depth: $depth\n      first: $first\n      relationships: $relationships\n      filter: $filter\n    ) {\n      truncated\n      center {\n        id\n      }\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerNeighborhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Company {\n        name\n        aliases\n        foundedYear\n        founded: propertyEvidence(property: FOUNDED_YEAR) {\n          ...ExplorerEvidence\n        }\n      }\n      ... on Person {\n        name\n        aliases\n      }\n      ... on Sector {\n        name\n        aliases\n      }\n      ... on Place {\n        name\n        aliases\n        placeKind: kind\n      }\n      ... on Project {\n        name\n        aliases\n        status\n      }\n      ... on Partnership {\n        name\n        kind\n        scope\n        signedOn\n        startsOn\n        endsOn\n        signed: propertyEvidence(property: SIGNED_ON) {\n          ...ExplorerEvidence\n        }\n        scoped: propertyEvidence(property: SCOPE) {\n          ...ExplorerEvidence\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerNodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerArticleTexts($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ... on Article {\n        id\n        text\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerArticleTextsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerArticle($id: ID!) {\n    article(id: $id) {\n      id\n      title\n      publishedOn\n      authorName\n      publisher\n      url\n      text\n      evidenceCount\n      evidence(first: 100) {\n        id\n        quote\n        start\n        end\n        claimId\n        predicate\n        subject {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerArticleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPaths($from: ID!, $to: ID!, $maxHops: Int) {\n    paths(from: $from, to: $to, maxHops: $maxHops, first: 5) {\n      length\n      nodes {\n        ...ExplorerGraphNode\n      }\n      edges {\n        ...ExplorerGraphEdge\n      }\n    }\n  }\n"): typeof import('./graphql').ExplorerPathsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
