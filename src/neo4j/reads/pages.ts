import type { CalendarDate } from '../../graph/calendar-date.js';
import { foldText } from '../../graph/text.js';
import {
  type EntityLabel,
  Label,
  type PartnershipKind,
  type PlaceKind,
  Rel,
} from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION, type NodeLabel } from './nodes.js';

/**
 * One page of a filtered, ordered list of nodes, with the total, in one
 * statement. Pages are keyset-paginated: the cursor is the sort key of the
 * last row seen, so a page never skips or repeats rows when others are added
 * before it, and deep pages cost what the first does.
 */

/** A sort key column: a Cypher expression over `n` that is never null, and its direction. */
interface SortColumn {
  expression: string;
  descending: boolean;
}

export type SortKey = (string | number)[];

/** Every list is ordered by two columns: a name or a date, then the id that breaks ties. */
export const SORT_KEY_LENGTH = 2;

export interface PageRequest {
  first: number;
  /** The sort key of the last row of the previous page. */
  after?: SortKey | undefined;
}

interface ListSpec {
  label: NodeLabel;
  /** Conditions over `n`, joined with AND; their parameters go in `params`. */
  where: string[];
  params: Record<string, unknown>;
  order: SortColumn[];
}

const BY_NAME: SortColumn[] = [
  { expression: 'toLower(n.name)', descending: false },
  { expression: 'n.id', descending: false },
];
const NEWEST_FIRST = (property: string): SortColumn[] => [
  { expression: `coalesce(toString(n.${property}), '')`, descending: true },
  { expression: 'n.id', descending: false },
];

/** Rows come back as { total, page: [{ node, sort }] }, with `first + 1` rows at most to tell whether more follow. */
function pageOf(spec: ListSpec, request: PageRequest): Statement {
  const filter = spec.where.length > 0 ? `WHERE ${spec.where.join('\n  AND ')}` : '';
  const keyset = request.after ? afterCondition(spec.order) : 'true';
  const columns = spec.order.map((c, i) => `${c.expression} AS s${i}`).join(', ');
  const orderBy = spec.order.map((c, i) => `s${i}${c.descending ? ' DESC' : ''}`).join(', ');
  return {
    cypher: `
CALL () {
  MATCH (n:${spec.label})
  ${filter}
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:${spec.label})
  ${filter}
  WITH n WHERE ${keyset}
  WITH n, ${columns}
  ORDER BY ${orderBy}
  LIMIT $limit
  RETURN collect({node: ${NODE_PROJECTION('n')}, sort: [${spec.order.map((_, i) => `s${i}`).join(', ')}]}) AS page
}
RETURN total, page`,
    params: { ...spec.params, limit: request.first + 1, after: request.after ?? [] },
  };
}

/** Rows strictly after the cursor in the sort order: (a > x) OR (a = x AND b > y) … */
function afterCondition(order: SortColumn[]): string {
  const clauses = order.map((column, i) => {
    const equal = order.slice(0, i).map((c, j) => `${c.expression} = $after[${j}]`);
    const beyond = `${column.expression} ${column.descending ? '<' : '>'} $after[${i}]`;
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  return `(${clauses.join(' OR ')})`;
}

/** Names and aliases of the node contain the text, accents and case ignored. */
function nameContains(
  label: EntityLabel,
  name: string | undefined,
  params: Record<string, unknown>,
) {
  if (name === undefined) return [];
  params.nameFolded = foldText(name);
  params.aliasPrefixLength = label.length + 1;
  return [
    `EXISTS { MATCH (n)<-[:ALIAS_OF]-(a:${Label.Alias}) WHERE substring(a.key, $aliasPrefixLength) CONTAINS $nameFolded }`,
  ];
}

export interface CompanyFilter {
  /** Active in or offering any of these sectors. */
  sectorIds?: string[] | undefined;
  /** Based in any of these countries. */
  countryIds?: string[] | undefined;
  name?: string | undefined;
}

export function companiesPage(filter: CompanyFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where = [...nameContains(Label.Company, filter.name, params)];
  if (filter.sectorIds) {
    params.sectorIds = filter.sectorIds;
    where.push(
      `EXISTS { MATCH (n)-[:${Rel.ACTIVE_IN}|${Rel.OFFERS}]->(s:${Label.Sector}) WHERE s.id IN $sectorIds }`,
    );
  }
  if (filter.countryIds) {
    params.countryIds = filter.countryIds;
    where.push(
      `EXISTS { MATCH (n)-[:${Rel.BASED_IN_COUNTRY}]->(p:${Label.Place}) WHERE p.id IN $countryIds }`,
    );
  }
  return pageOf({ label: Label.Company, where, params, order: BY_NAME }, request);
}

export interface PersonFilter {
  name?: string | undefined;
  /** Holds a role (leads, founded, board member, employed) at any of these companies. */
  companyIds?: string[] | undefined;
}

export function peoplePage(filter: PersonFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where = [...nameContains(Label.Person, filter.name, params)];
  if (filter.companyIds) {
    params.companyIds = filter.companyIds;
    where.push(
      `EXISTS { MATCH (n)-[:${Rel.LEADS}|${Rel.FOUNDED}|${Rel.BOARD_MEMBER_OF}|${Rel.EMPLOYED_BY}]->(c:${Label.Company}) WHERE c.id IN $companyIds }`,
    );
  }
  return pageOf({ label: Label.Person, where, params, order: BY_NAME }, request);
}

export interface NameFilter {
  name?: string | undefined;
}

export function sectorsPage(filter: NameFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where = nameContains(Label.Sector, filter.name, params);
  return pageOf({ label: Label.Sector, where, params, order: BY_NAME }, request);
}

export interface PlaceFilter extends NameFilter {
  kinds?: PlaceKind[] | undefined;
}

export function placesPage(filter: PlaceFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where = nameContains(Label.Place, filter.name, params);
  if (filter.kinds) {
    params.kinds = filter.kinds;
    where.push('n.kind IN $kinds');
  }
  return pageOf({ label: Label.Place, where, params, order: BY_NAME }, request);
}

export interface ArticleFilter {
  publishedFrom?: CalendarDate | undefined;
  publishedTo?: CalendarDate | undefined;
  /** Mentions every one of these nodes. */
  mentions?: { label: NodeLabel; id: string }[] | undefined;
}

export function articlesPage(filter: ArticleFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (filter.publishedFrom) {
    params.publishedFrom = filter.publishedFrom;
    where.push('n.publishedOn >= $publishedFrom');
  }
  if (filter.publishedTo) {
    params.publishedTo = filter.publishedTo;
    where.push('n.publishedOn <= $publishedTo');
  }
  if (filter.mentions) {
    params.mentions = filter.mentions;
    where.push(
      `all(x IN $mentions WHERE EXISTS { MATCH (n)-[:${Rel.MENTIONS}]->(m) WHERE m.id = x.id AND x.label IN labels(m) })`,
    );
  }
  return pageOf(
    { label: Label.Article, where, params, order: NEWEST_FIRST('publishedOn') },
    request,
  );
}

export interface PartnershipFilter {
  kinds?: PartnershipKind[] | undefined;
  /** Every one of these companies is a party. */
  partyIds?: string[] | undefined;
  /** Covers any of these sectors. */
  sectorIds?: string[] | undefined;
  /** Targets any of these places. */
  marketIds?: string[] | undefined;
  signedFrom?: CalendarDate | undefined;
  signedTo?: CalendarDate | undefined;
}

export function partnershipsPage(filter: PartnershipFilter, request: PageRequest): Statement {
  const params: Record<string, unknown> = {};
  const where: string[] = [];
  if (filter.kinds) {
    params.kinds = filter.kinds;
    where.push('n.kind IN $kinds');
  }
  if (filter.partyIds) {
    params.partyIds = filter.partyIds;
    where.push(
      `all(id IN $partyIds WHERE EXISTS { MATCH (n)<-[:${Rel.PARTY_TO}]-(c:${Label.Company}) WHERE c.id = id })`,
    );
  }
  if (filter.sectorIds) {
    params.sectorIds = filter.sectorIds;
    where.push(
      `EXISTS { MATCH (n)-[:${Rel.COVERS}]->(s:${Label.Sector}) WHERE s.id IN $sectorIds }`,
    );
  }
  if (filter.marketIds) {
    params.marketIds = filter.marketIds;
    where.push(
      `EXISTS { MATCH (n)-[:${Rel.TARGETS}]->(p:${Label.Place}) WHERE p.id IN $marketIds }`,
    );
  }
  if (filter.signedFrom) {
    params.signedFrom = filter.signedFrom;
    where.push('n.signedOn >= $signedFrom');
  }
  if (filter.signedTo) {
    params.signedTo = filter.signedTo;
    where.push('n.signedOn <= $signedTo');
  }
  return pageOf(
    { label: Label.Partnership, where, params, order: NEWEST_FIRST('signedOn') },
    request,
  );
}
