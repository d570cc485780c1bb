import type { DomainFocus, NodeLabel } from '../../graph/vocabulary.js';
import { Label, Rel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/**
 * Aggregates for dashboards. Each is a query of its own (rows `{ key, count }`,
 * and `node` when the key is a node), and `dashboardOf` runs those a request
 * asks for together, in one statement.
 */
export interface Aggregate {
  /** A query returning `columns`, with parameters named `$<prefix>…`. */
  cypher: string;
  params: Record<string, unknown>;
  columns: readonly string[];
}

/** How many nodes of each label (from Neo4j's count store: constant time). */
export function countsByLabel(labels: readonly NodeLabel[]): Aggregate {
  const parts = labels.map(
    (label) => `MATCH (n:${label}) RETURN '${label}' AS key, count(n) AS count`,
  );
  return {
    cypher: `CALL () {\n  ${parts.join('\n  UNION ALL\n  ')}\n}\nRETURN key, count`,
    params: {},
    columns: ['key', 'count'],
  };
}

export function partnershipsByKind(): Aggregate {
  return {
    cypher: `
MATCH (p:${Label.Partnership})
RETURN p.kind AS key, count(*) AS count
ORDER BY count DESC, key`,
    params: {},
    columns: ['key', 'count'],
  };
}

/** By year signed; partnerships with no known date are counted under a null key. */
export function partnershipsByYear(): Aggregate {
  return {
    cypher: `
MATCH (p:${Label.Partnership})
RETURN toString(p.signedOn.year) AS key, count(*) AS count
ORDER BY key`,
    params: {},
    columns: ['key', 'count'],
  };
}

/** By sector covered (as a core domain or an opportunity, or either). */
export function partnershipsBySector(
  focus: DomainFocus | undefined,
  first: number,
  prefix = '',
): Aggregate {
  return {
    cypher: `
MATCH (p:${Label.Partnership})-[c:${Rel.COVERS}]->(s:${Label.Sector})
WHERE $${prefix}focus IS NULL OR c.focus = $${prefix}focus
WITH s, count(DISTINCT p) AS count
RETURN s.id AS key, ${NODE_PROJECTION('s')} AS node, count
ORDER BY count DESC, s.name
LIMIT $${prefix}first`,
    params: { [`${prefix}focus`]: focus ?? null, [`${prefix}first`]: first },
    columns: ['key', 'node', 'count'],
  };
}

/** By market targeted. */
export function partnershipsByMarket(first: number, prefix = ''): Aggregate {
  return {
    cypher: `
MATCH (p:${Label.Partnership})-[:${Rel.TARGETS}]->(m:${Label.Place})
WITH m, count(DISTINCT p) AS count
RETURN m.id AS key, ${NODE_PROJECTION('m')} AS node, count
ORDER BY count DESC, m.name
LIMIT $${prefix}first`,
    params: { [`${prefix}first`]: first },
    columns: ['key', 'node', 'count'],
  };
}

/** Companies by how many other companies they share a partnership with. */
export function companiesByPartners(first: number, prefix = ''): Aggregate {
  return {
    cypher: `
MATCH (c:${Label.Company})-[:${Rel.PARTY_TO}]->(p:${Label.Partnership})<-[:${Rel.PARTY_TO}]-(o:${Label.Company})
WHERE o <> c
WITH c, count(DISTINCT o) AS partners, count(DISTINCT p) AS partnerships
RETURN c.id AS key, ${NODE_PROJECTION('c')} AS node, partners, partnerships
ORDER BY partners DESC, partnerships DESC, c.name
LIMIT $${prefix}first`,
    params: { [`${prefix}first`]: first },
    columns: ['key', 'node', 'partners', 'partnerships'],
  };
}

/** One aggregate on its own: its rows. */
export function aggregateRows(aggregate: Aggregate): Statement {
  return { cypher: aggregate.cypher, params: aggregate.params };
}

/**
 * Several aggregates in one statement: one row whose column `a<i>` holds the
 * rows of the i-th aggregate, in their order. Each aggregate's parameters
 * must have a prefix of their own (`a<i>_`).
 */
export function dashboardOf(aggregates: readonly Aggregate[]): Statement {
  const parts = aggregates.map(
    (aggregate, i) => `CALL () {
  CALL () {${aggregate.cypher.replaceAll('\n', '\n    ')}
  }
  RETURN collect({${aggregate.columns.map((c) => `${c}: ${c}`).join(', ')}}) AS a${i}
}`,
  );
  return {
    cypher: `${parts.join('\n')}\nRETURN ${aggregates.map((_, i) => `a${i}`).join(', ')}`,
    params: Object.assign({}, ...aggregates.map((a) => a.params)),
  };
}
