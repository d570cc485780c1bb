import type { CalendarDate } from '../../graph/calendar-date.js';
import { foldText } from '../../graph/text.js';
import type { NodeLabel } from '../../graph/vocabulary.js';
import {
  type EntityLabel,
  Label,
  type PartnershipKind,
  type PlaceKind,
  Rel,
} from '../../graph/vocabulary.js';
import type { Statement } from '../executor.js';
import { NODE_PROJECTION } from './nodes.js';

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

/**
 * The conditions of a filter over `n`, with their parameters: each is added
 * only when its value is given, under the parameter name it uses.
 */
class Conditions {
  readonly where: string[] = [];
  readonly params: Record<string, unknown> = {};

  add(value: unknown, param: string, condition: string): this {
    if (value === undefined) return this;
    this.params[param] = value;
    this.where.push(condition);
    return this;
  }

  /** Names and aliases of the node contain the text, accents and case ignored. */
  nameContains(label: EntityLabel, name: string | undefined): this {
    if (name === undefined) return this;
    this.params.aliasPrefixLength = label.length + 1;
    return this.add(
      foldText(name),
      'nameFolded',
      `EXISTS { MATCH (n)<-[:ALIAS_OF]-(a:${Label.Alias}) WHERE substring(a.key, $aliasPrefixLength) CONTAINS $nameFolded }`,
    );
  }

  /** Linked through one of `types` to a node of `label` whose id is in the list. */
  linkedToAny(ids: string[] | undefined, param: string, types: string, label: NodeLabel): this {
    return this.add(
      ids,
      param,
      `EXISTS { MATCH (n)-[:${types}]->(x:${label}) WHERE x.id IN $${param} }`,
    );
  }

  /** A DATE property within a range, either end open: parameters `<param>From` and `<param>To`. */
  dateWithin(
    property: string,
    param: string,
    from: CalendarDate | undefined,
    to: CalendarDate | undefined,
  ): this {
    return this.add(from, `${param}From`, `n.${property} >= $${param}From`).add(
      to,
      `${param}To`,
      `n.${property} <= $${param}To`,
    );
  }

  page(label: NodeLabel, order: SortColumn[], request: PageRequest): Statement {
    return pageOf({ label, where: this.where, params: this.params, order }, request);
  }
}

export interface CompanyFilter {
  /** Active in or offering any of these sectors. */
  sectorIds?: string[] | undefined;
  /** Based in any of these countries. */
  countryIds?: string[] | undefined;
  name?: string | undefined;
}

export function companiesPage(filter: CompanyFilter, request: PageRequest): Statement {
  return new Conditions()
    .nameContains(Label.Company, filter.name)
    .linkedToAny(filter.sectorIds, 'sectorIds', `${Rel.ACTIVE_IN}|${Rel.OFFERS}`, Label.Sector)
    .linkedToAny(filter.countryIds, 'countryIds', Rel.BASED_IN_COUNTRY, Label.Place)
    .page(Label.Company, BY_NAME, request);
}

export interface PersonFilter {
  name?: string | undefined;
  /** Holds a role (leads, founded, board member, employed) at any of these companies. */
  companyIds?: string[] | undefined;
}

const PERSON_ROLE_TYPES = [Rel.LEADS, Rel.FOUNDED, Rel.BOARD_MEMBER_OF, Rel.EMPLOYED_BY].join('|');

export function peoplePage(filter: PersonFilter, request: PageRequest): Statement {
  return new Conditions()
    .nameContains(Label.Person, filter.name)
    .linkedToAny(filter.companyIds, 'companyIds', PERSON_ROLE_TYPES, Label.Company)
    .page(Label.Person, BY_NAME, request);
}

export interface NameFilter {
  name?: string | undefined;
}

export function sectorsPage(filter: NameFilter, request: PageRequest): Statement {
  return new Conditions()
    .nameContains(Label.Sector, filter.name)
    .page(Label.Sector, BY_NAME, request);
}

export interface PlaceFilter extends NameFilter {
  kinds?: PlaceKind[] | undefined;
}

export function placesPage(filter: PlaceFilter, request: PageRequest): Statement {
  return new Conditions()
    .nameContains(Label.Place, filter.name)
    .add(filter.kinds, 'kinds', 'n.kind IN $kinds')
    .page(Label.Place, BY_NAME, request);
}

export interface ArticleFilter {
  publishedFrom?: CalendarDate | undefined;
  publishedTo?: CalendarDate | undefined;
  /** Mentions every one of these nodes. */
  mentions?: { label: NodeLabel; id: string }[] | undefined;
}

export function articlesPage(filter: ArticleFilter, request: PageRequest): Statement {
  return new Conditions()
    .dateWithin('publishedOn', 'published', filter.publishedFrom, filter.publishedTo)
    .add(
      filter.mentions,
      'mentions',
      `all(x IN $mentions WHERE EXISTS { MATCH (n)-[:${Rel.MENTIONS}]->(m) WHERE m.id = x.id AND x.label IN labels(m) })`,
    )
    .page(Label.Article, NEWEST_FIRST('publishedOn'), request);
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
  return new Conditions()
    .add(filter.kinds, 'kinds', 'n.kind IN $kinds')
    .add(
      filter.partyIds,
      'partyIds',
      `all(id IN $partyIds WHERE EXISTS { MATCH (n)<-[:${Rel.PARTY_TO}]-(c:${Label.Company}) WHERE c.id = id })`,
    )
    .linkedToAny(filter.sectorIds, 'sectorIds', Rel.COVERS, Label.Sector)
    .linkedToAny(filter.marketIds, 'marketIds', Rel.TARGETS, Label.Place)
    .dateWithin('signedOn', 'signed', filter.signedFrom, filter.signedTo)
    .page(Label.Partnership, NEWEST_FIRST('signedOn'), request);
}
