import type { DomainFocus, NodeLabel } from '../../graph/vocabulary.js';
import { Label, Rel } from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

/**
 * Aggregates for dashboards. Each is a query of its own (rows `{ key, count }`,
 * and `node` when the key is a node), and `dashboardOf` runs those a request
 * asks for together, in one statement; `dashboardStatements` splits off the
 * heavy ones so that they run beside the rest.
 */
export interface Aggregate {
  /** A query returning `columns`, with parameters named `$<prefix>…`. */
  cypher: string;
  params: Record<string, unknown>;
  columns: readonly string[];
  /**
   * It joins every company with its partners' partnerships, and takes longer
   * than all the other aggregates together (docs/benchmarks.md, the
   * dashboard). A statement runs on one Neo4j thread: run apart, the two take
   * the time of the longer.
   */
  heavy?: true;
}

/**
 * Which partnerships the partnership aggregates count: with `sectors`, those
 * that cover one of them; with `markets`, those that target one of them
 * (ids; unknown ones match nothing). All of them when neither is given.
 */
export interface PartnershipScope {
  sectors?: readonly string[] | undefined;
  markets?: readonly string[] | undefined;
}

/*
 * The rankings check the label of the node they start from only: the other
 * ends' labels are implied by the relationship types (a COVERS edge starts at
 * a partnership, a PARTY_TO edge joins a company to one: REL_ENDS in
 * graph/vocabulary.ts). Checking them cost a db hit per row, about a third
 * of each ranking's db hits.
 */

/** Conditions keeping partnership `p` within the scope, and their parameters. */
function within(p: string, scope: PartnershipScope | undefined, prefix: string) {
  const conditions = [
    ...(scope?.sectors
      ? [
          `EXISTS { (${p})-[:${Rel.COVERS}]->(ws:${Label.Sector}) WHERE ws.id IN $${prefix}sectors }`,
        ]
      : []),
    ...(scope?.markets
      ? [
          `EXISTS { (${p})-[:${Rel.TARGETS}]->(wm:${Label.Place}) WHERE wm.id IN $${prefix}markets }`,
        ]
      : []),
  ];
  return {
    /** `WHERE …\n` for a query that has no WHERE of its own; empty without a scope. */
    where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}\n` : '',
    and: conditions.map((c) => ` AND ${c}`).join(''),
    params: {
      ...(scope?.sectors ? { [`${prefix}sectors`]: scope.sectors } : {}),
      ...(scope?.markets ? { [`${prefix}markets`]: scope.markets } : {}),
    },
  };
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

export function partnershipsByKind(scope?: PartnershipScope, prefix = ''): Aggregate {
  const w = within('p', scope, prefix);
  return {
    cypher: `
MATCH (p:${Label.Partnership})
${w.where}RETURN p.kind AS key, count(*) AS count
ORDER BY count DESC, key`,
    params: w.params,
    columns: ['key', 'count'],
  };
}

/** By year signed; partnerships with no known date are counted under a null key. */
export function partnershipsByYear(scope?: PartnershipScope, prefix = ''): Aggregate {
  const w = within('p', scope, prefix);
  return {
    cypher: `
MATCH (p:${Label.Partnership})
${w.where}RETURN toString(p.signedOn.year) AS key, count(*) AS count
ORDER BY key`,
    params: w.params,
    columns: ['key', 'count'],
  };
}

/** By sector covered (as a core domain or an opportunity, or either). */
export function partnershipsBySector(
  focus: DomainFocus | undefined,
  first: number,
  prefix = '',
  scope?: PartnershipScope,
): Aggregate {
  const w = within('p', scope, prefix);
  return {
    cypher: `
MATCH (p)-[c:${Rel.COVERS}]->(s:${Label.Sector})
WHERE ($${prefix}focus IS NULL OR c.focus = $${prefix}focus)${w.and}
WITH s, count(DISTINCT p) AS count
RETURN s.id AS key, ${NODE_PROJECTION('s')} AS node, count
ORDER BY count DESC, s.name
LIMIT $${prefix}first`,
    params: { [`${prefix}focus`]: focus ?? null, [`${prefix}first`]: first, ...w.params },
    columns: ['key', 'node', 'count'],
  };
}

/** By market targeted. */
export function partnershipsByMarket(
  first: number,
  prefix = '',
  scope?: PartnershipScope,
): Aggregate {
  const w = within('p', scope, prefix);
  return {
    cypher: `
MATCH (p)-[:${Rel.TARGETS}]->(m:${Label.Place})
${w.where}WITH m, count(DISTINCT p) AS count
RETURN m.id AS key, ${NODE_PROJECTION('m')} AS node, count
ORDER BY count DESC, m.name
LIMIT $${prefix}first`,
    params: { [`${prefix}first`]: first, ...w.params },
    columns: ['key', 'node', 'count'],
  };
}

/** Companies by how many other companies they share a partnership with. */
export function companiesByPartners(
  first: number,
  prefix = '',
  scope?: PartnershipScope,
): Aggregate {
  const w = within('p', scope, prefix);
  return {
    cypher: `
MATCH (c:${Label.Company})-[:${Rel.PARTY_TO}]->(p)<-[:${Rel.PARTY_TO}]-(o)
WHERE o <> c${w.and}
WITH c, count(DISTINCT o) AS partners, count(DISTINCT p) AS partnerships
RETURN c.id AS key, ${NODE_PROJECTION('c')} AS node, partners, partnerships
ORDER BY partners DESC, partnerships DESC, c.name
LIMIT $${prefix}first`,
    params: { [`${prefix}first`]: first, ...w.params },
    columns: ['key', 'node', 'partners', 'partnerships'],
    heavy: true,
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

/**
 * The statements that read these aggregates, to run concurrently: at most
 * two, the heavy ones (however many aliases ask for them) in one and the
 * others in the other. `indexes` are the positions (in `aggregates`) of a
 * statement's columns `a0`, `a1`, …, in order.
 */
export function dashboardStatements(
  aggregates: readonly Aggregate[],
): { statement: Statement; indexes: number[] }[] {
  const positions = aggregates.map((_, i) => i);
  const groups = [
    positions.filter((i) => aggregates[i]?.heavy),
    positions.filter((i) => !aggregates[i]?.heavy),
  ].filter((group) => group.length > 0);
  return groups.map((indexes) => ({
    statement: dashboardOf(indexes.map((i) => aggregates[i] as Aggregate)),
    indexes,
  }));
}
