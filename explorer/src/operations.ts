import { graphql } from './gql';

/** Suggestions as the analyst types (partnerships too): accents and case ignored. */
export const SuggestEntities = graphql(`
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
`);

/** Evidence as the side panel and path finder show it. */
export const EvidenceFields = graphql(`
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
`);

/** A node as the canvas draws it. */
export const GraphNodeFields = graphql(`
  fragment ExplorerGraphNode on GraphNode {
    id
    kind
    label
    depth
  }
`);

/** A link as the canvas draws it, with its evidence for the side panel. */
export const GraphEdgeFields = graphql(`
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
`);

/** The neighbourhood drawn on the canvas, with each edge's evidence. */
export const Neighbourhood = graphql(`
  query ExplorerNeighborhood(
    $id: ID!
    $depth: Int
    $first: Int
    $relationships: [RelationshipType!]
    $filter: NeighborhoodFilterInput
  ) {
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
`);

/** A node's properties, and the quotes that state them. */
export const NodeDetails = graphql(`
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
`);

/** The texts of articles, to show a quote inside its sentence. */
export const ArticleTexts = graphql(`
  query ExplorerArticleTexts($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Article {
        id
        text
      }
    }
  }
`);

/** An article with every quote it gives and what each supports. */
export const ArticleWithEvidence = graphql(`
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
`);

/** How two entities are connected, each hop with its evidence. */
export const PathsBetween = graphql(`
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
`);
