import {
  FACT_REL_TYPES,
  LANGUAGES,
  Label,
  PARTNERSHIP_EDGE_TYPES,
  PARTNERSHIP_KINDS,
  type PartnershipKind,
  Rel,
  relTypeAlternatives,
} from '../graph/vocabulary.js';

/**
 * The hand-written Cypher of `npm run bench` (server A): for each question,
 * the one statement an engineer who knows the graph would write. The pieces
 * that @neo4j/graphql has nothing built in for are also the bodies of server
 * C's `@cypher` fields, so that C measures the library and not another query.
 * Labels and relationship types come from the vocabulary, values are
 * parameters.
 */

const PARTNER_TYPES = relTypeAlternatives(PARTNERSHIP_EDGE_TYPES);
const SECTOR_TYPES = relTypeAlternatives([Rel.ACTIVE_IN, Rel.OFFERS]);
const ALL_FACT_TYPES = relTypeAlternatives(FACT_REL_TYPES);
/** Company-to-company relationships: the only ones a path through companies can take. */
const COMPANY_TYPES = relTypeAlternatives([...PARTNERSHIP_EDGE_TYPES, Rel.SUBSIDIARY_OF]);

/** The relationship types of some partnership kinds, checked against the vocabulary. */
export const kindTypes = (kinds: readonly PartnershipKind[]): string =>
  relTypeAlternatives(kinds.map((kind) => PARTNERSHIP_KINDS[kind].edge));

/** A node's global id (`Company:bollore`), kind (`COMPANY`) and printable label, as graph views give them. */
const viewNode = (n: string, depth: string) =>
  `{id: labels(${n})[0] + ':' + ${n}.id, kind: toUpper(labels(${n})[0]), label: coalesce(${n}.name, ${n}.title, ${n}.id), depth: ${depth}}`;
const viewEdge = (r: string, a: string, b: string) =>
  `{relationship: type(${r}), source: labels(${a})[0] + ':' + ${a}.id, target: labels(${b})[0] + ':' + ${b}.id}`;

/** Q1: a company's sectors and its partners with the kind of each agreement. */
export const COMPANY = `
MATCH (c:${Label.Company} {id: $id})
RETURN c.name AS name,
  COLLECT { MATCH (c)-[:${SECTOR_TYPES}]->(s:${Label.Sector}) RETURN s.name } AS sectors,
  COLLECT { MATCH (c)-[r:${PARTNER_TYPES}]-(p:${Label.Company}) RETURN {name: p.name, kind: r.kind} } AS partners`;

/** Q2: partners of partners through agreements of some kinds only. */
export const partnersOfPartners = (kinds: readonly PartnershipKind[]) => `
MATCH (c:${Label.Company} {id: $id})
RETURN c.name AS name, COLLECT {
  MATCH (c)-[r:${kindTypes(kinds)}]-(p:${Label.Company})
  RETURN {name: p.name, kind: r.kind, partners: COLLECT {
    MATCH (p)-[r2:${kindTypes(kinds)}]-(q:${Label.Company}) RETURN {name: q.name, kind: r2.kind}
  }}
} AS partners`;

/**
 * Q3: a page of the companies in a sector, in Accord's order (name without
 * case, then id), and how many there are. It starts from the sector.
 */
export const COMPANIES_IN_SECTOR = `
MATCH (s:${Label.Sector} {id: $sector})
CALL (s) {
  MATCH (s)<-[:${SECTOR_TYPES}]-(n:${Label.Company})
  RETURN count(DISTINCT n) AS totalCount
}
CALL (s) {
  MATCH (s)<-[:${SECTOR_TYPES}]-(n:${Label.Company})
  WITH DISTINCT n
  ORDER BY toLower(n.name), n.id
  LIMIT $first
  RETURN collect(n.name) AS names
}
RETURN totalCount, names`;

/**
 * Q4: entities by name through the full-text index, best first (the Lucene
 * query is built by the caller, as Accord builds it). `node` for server C's
 * union, a global id and a name for A.
 */
const searchReturning = (columns: string) => `
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
RETURN ${columns}
ORDER BY score DESC, node.name, node.id
LIMIT $first`;
export const SEARCH_NODES = searchReturning('node');
export const SEARCH = searchReturning(`labels(node)[0] + ':' + node.id AS id, node.name AS name`);

/** Q5's labels: what the neighbourhood keeps. */
export const NEIGHBORHOOD_LABELS = [Label.Company, Label.Person, Label.Partnership] as const;
const KEPT = NEIGHBORHOOD_LABELS.join('|');

/**
 * Q5: the nodes within two hops of a company (of the kept labels) and every
 * fact relationship among them; `truncated` when more than `$first` were in
 * reach. Each level is ordered as Accord orders it (name or title, then
 * element id), so a truncated view keeps the same nodes.
 */
export const NEIGHBORHOOD = `
MATCH (c:${Label.Company} {id: $id})
CALL (c) {
  MATCH (c)-[:${ALL_FACT_TYPES}]-(m:${KEPT})
  WHERE m <> c
  WITH DISTINCT m ORDER BY coalesce(m.name, m.title, m.id), elementId(m)
  RETURN collect(m) AS one
}
CALL (c, one) {
  UNWIND one AS n
  MATCH (n)-[:${ALL_FACT_TYPES}]-(m:${KEPT})
  WHERE m <> c AND NOT m IN one
  WITH DISTINCT m ORDER BY coalesce(m.name, m.title, m.id), elementId(m)
  RETURN collect(m) AS two
}
WITH c, [x IN one | {n: x, depth: 1}] + [x IN two | {n: x, depth: 2}] AS reached
WITH size(reached) > $first AS truncated, [{n: c, depth: 0}] + reached[0..$first] AS kept
WITH truncated, kept, [k IN kept | k.n] AS ns
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:${ALL_FACT_TYPES}]->(b)
  WHERE b IN ns
  RETURN collect(${viewEdge('r', 'a', 'b')}) AS edges
}
RETURN {truncated: truncated, nodes: [k IN kept | ${viewNode('k.n', 'k.depth')}], edges: edges} AS neighborhood`;

/**
 * Q6: the shortest ways between two companies through companies, up to four
 * hops, never through a node twice, shortest first.
 */
export const PATHS = `
MATCH (a:${Label.Company} {id: $from}), (b:${Label.Company} {id: $to})
MATCH p = SHORTEST 100 (a)-[:${COMPANY_TYPES}]-{1,4}(b)
WITH nodes(p) AS ns, relationships(p) AS rs
WHERE all(n IN ns WHERE single(m IN ns WHERE m = n))
WITH ns, rs ORDER BY size(rs), [n IN ns | n.id] LIMIT $first
RETURN {
  length: size(rs),
  nodes: [n IN ns | labels(n)[0] + ':' + n.id],
  edges: [r IN rs | ${viewEdge('r', 'startNode(r)', 'endNode(r)')}]
} AS path`;

/** Q7 pieces over a partnership `p`: what each party brings to another. */
export const contributionsOf = (p: string) => `
MATCH (c:${Label.Company})-[r:${Rel.CONTRIBUTES}]->(s:${Label.Sector})
WHERE r.partnershipId = ${p}.id
OPTIONAL MATCH (b:${Label.Company} {id: r.beneficiaryId})
RETURN {contributor: c.name, sector: s.name, beneficiary: b.name} AS contribution`;

/** Q7 pieces: the quotes that state one property of partnership `p` (`$property`: amount, scope, …). */
export const propertyEvidenceOf = (p: string) => `
MATCH (e:${Label.Evidence} {claimId: '${Label.Partnership}:' + ${p}.id + '#' + $property})
RETURN e.quote AS quote
ORDER BY e.articleId, e.start`;

const objectives = LANGUAGES.map((lang) => `p.objectives_${lang}`).join(', ');

/** Q7: a partnership in full: parties, domains, markets, projects, contributions, sources, amount evidence. */
export const PARTNERSHIP = `
MATCH (p:${Label.Partnership} {id: $id})
RETURN p {
  .name, .kind, .scope, .signedOn, .includesSubsidiaries, .amountDisclosed, .amountValue, .amountCurrency,
  frenchName: coalesce(p.name_fr, p.name),
  objectives: coalesce(${objectives}, []),
  parties: COLLECT { MATCH (c:${Label.Company})-[r:${Rel.PARTY_TO}]->(p) RETURN {name: c.name, role: r.role} },
  domains: COLLECT { MATCH (p)-[r:${Rel.COVERS}]->(s:${Label.Sector}) RETURN {focus: r.focus, name: s.name} },
  markets: COLLECT { MATCH (p)-[:${Rel.TARGETS}]->(m:${Label.Place}) RETURN {name: m.name, kind: m.kind} },
  projects: COLLECT { MATCH (p)-[:${Rel.INCLUDES}]->(j:${Label.Project}) RETURN {name: j.name, status: j.status} },
  contributions: COLLECT { ${contributionsOf('p')} },
  sources: COLLECT { MATCH (a:${Label.Article})-[:${Rel.MENTIONS}]->(p) RETURN {title: a.title, publishedOn: a.publishedOn} },
  amountEvidence: COLLECT { ${propertyEvidenceOf('p')} }
} AS partnership`;

/** Labels the dashboard counts (every kind of node a view shows). */
export const COUNTED_LABELS = [
  Label.Company,
  Label.Person,
  Label.Sector,
  Label.Place,
  Label.Project,
  Label.Partnership,
  Label.Article,
] as const;

/** Q8 pieces: each returns one `bucket` per row, in the dashboard's order. */
export const DASHBOARD_PARTS = {
  counts: COUNTED_LABELS.map(
    (label) =>
      `MATCH (n:${label}) WITH count(n) AS count RETURN {kind: '${label.toUpperCase()}', count: count} AS bucket`,
  ).join('\nUNION ALL\n'),
  byKind: `
MATCH (p:${Label.Partnership})
WITH p.kind AS key, count(*) AS count
ORDER BY count DESC, key
RETURN {key: key, count: count} AS bucket`,
  byYear: `
MATCH (p:${Label.Partnership})
WITH toString(p.signedOn.year) AS key, count(*) AS count
ORDER BY key
RETURN {key: key, count: count} AS bucket`,
  bySector: `
MATCH (p:${Label.Partnership})-[c:${Rel.COVERS}]->(s:${Label.Sector})
WHERE c.focus = 'CORE'
WITH s, count(DISTINCT p) AS count
ORDER BY count DESC, s.name
LIMIT 5
RETURN {key: s.name, count: count} AS bucket`,
  byMarket: `
MATCH (p:${Label.Partnership})-[:${Rel.TARGETS}]->(m:${Label.Place})
WITH m, count(DISTINCT p) AS count
ORDER BY count DESC, m.name
LIMIT 5
RETURN {key: m.name, count: count} AS bucket`,
  companies: `
MATCH (c:${Label.Company})-[:${Rel.PARTY_TO}]->(p:${Label.Partnership})<-[:${Rel.PARTY_TO}]-(o:${Label.Company})
WHERE o <> c
WITH c, count(DISTINCT o) AS partners, count(DISTINCT p) AS partnerships
ORDER BY partners DESC, partnerships DESC, c.name
LIMIT 10
RETURN {name: c.name, partners: partners, partnerships: partnerships} AS bucket`,
} as const;

/** Q8: the dashboard in one statement, one list per part. */
export const DASHBOARD = `${Object.entries(DASHBOARD_PARTS)
  .map(
    ([name, part]) => `CALL () {\n  CALL () {${part}\n  }\n  RETURN collect(bucket) AS ${name}\n}`,
  )
  .join('\n')}
RETURN ${Object.keys(DASHBOARD_PARTS).join(', ')}`;
