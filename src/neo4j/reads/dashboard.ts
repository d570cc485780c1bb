import type { DomainFocus, NodeLabel } from '../../graph/vocabulary.js';
import { Label, Rel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/** Aggregates for dashboards: each one statement, rows `{ key, count }` (and `node` when the key is a node). */

/** How many nodes of each label (from Neo4j's count store: constant time). */
export function countsByLabel(labels: readonly NodeLabel[]): Statement {
  const parts = labels.map(
    (label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS count`,
  );
  return { cypher: `CALL () {\n  ${parts.join('\n  UNION ALL\n  ')}\n}\nRETURN key, count` };
}

export function partnershipsByKind(): Statement {
  return {
    cypher: `
MATCH (p:${Label.Partnership})
RETURN p.kind AS key, count(*) AS count
ORDER BY count DESC, key`,
  };
}

/** By year signed; partnerships with no known date are counted under a null key. */
export function partnershipsByYear(): Statement {
  return {
    cypher: `
MATCH (p:${Label.Partnership})
RETURN toString(p.signedOn.year) AS key, count(*) AS count
ORDER BY key`,
  };
}

/** By sector covered (as a core domain or an opportunity, or either). */
export function partnershipsBySector(focus: DomainFocus | undefined, first: number): Statement {
  return {
    cypher: `
MATCH (p:${Label.Partnership})-[c:${Rel.COVERS}]->(s:${Label.Sector})
WHERE $focus IS NULL OR c.focus = $focus
WITH s, count(DISTINCT p) AS count
RETURN s.id AS key, ${NODE_PROJECTION('s')} AS node, count
ORDER BY count DESC, s.name
LIMIT $first`,
    params: { focus: focus ?? null, first },
  };
}

/** By market targeted. */
export function partnershipsByMarket(first: number): Statement {
  return {
    cypher: `
MATCH (p:${Label.Partnership})-[:${Rel.TARGETS}]->(m:${Label.Place})
WITH m, count(DISTINCT p) AS count
RETURN m.id AS key, ${NODE_PROJECTION('m')} AS node, count
ORDER BY count DESC, m.name
LIMIT $first`,
    params: { first },
  };
}

/** Companies by how many other companies they share a partnership with. */
export function companiesByPartners(first: number): Statement {
  return {
    cypher: `
MATCH (c:${Label.Company})-[:${Rel.PARTY_TO}]->(p:${Label.Partnership})<-[:${Rel.PARTY_TO}]-(o:${Label.Company})
WHERE o <> c
WITH c, count(DISTINCT o) AS partners, count(DISTINCT p) AS partnerships
RETURN c.id AS key, ${NODE_PROJECTION('c')} AS node, partners, partnerships
ORDER BY partners DESC, partnerships DESC, c.name
LIMIT $first`,
    params: { first },
  };
}
