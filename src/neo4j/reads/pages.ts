import type { CalendarDate } from '../../graph/calendar-date.js';
import type { NodeRecord } from '../../graph/records.js';
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
import { fromNeo4jValue } from '../values.js';
import { materializeNode } from './materialize.js';
import { PROPERTIES_ONLY, type Projection } from './projection.js';

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
  /**
   * Where the rows come from, binding `n` (one row per node): by default every
   * node of the label; a filter that names few nodes to start from (a
   * sector's companies) makes the page read only those.
   */
  source?: string;
  /** Conditions over `n`, joined with AND; their parameters go in `params`. */
  where: string[];
  params: Record<string, unknown>;
  order: SortColumn[];
}

/** One page: how many match over all pages, and up to `first + 1` rows with their sort keys. */
export interface PageRows {
  total: number;
  page: { node: NodeRecord; sort: SortKey }[];
}

const BY_NAME: SortColumn[] = [
  { expression: 'toLower(n.name)', descending: false },
  { expression: 'n.id', descending: false },
];
const NEWEST_FIRST = (property: string): SortColumn[] => [
  { expression: `coalesce(toString(n.${property}), '')`, descending: true },
  { expression: 'n.id', descending: false },
];

/**
 * Rows come back as { total, page: [{ node, sort }] }, with `first + 1` rows at
 * most to tell whether more follow; each node read as the projection says.
 */
function pageOf(
  spec: ListSpec,
  request: PageRequest,
  projection: Projection = PROPERTIES_ONLY,
): Statement<PageRows> {
  const source = spec.source ?? `MATCH (n:${spec.label})`;
  const filter = spec.where.length > 0 ? `WHERE ${spec.where.join('\n  AND ')}` : '';
  const keyset = request.after ? afterCondition(spec.order) : 'true';
  const columns = spec.order.map((c, i) => `${c.expression} AS s${i}`).join(', ');
  const orderBy = spec.order.map((c, i) => `s${i}${c.descending ? ' DESC' : ''}`).join(', ');
  return {
    cypher: `
CALL () {
  ${source}
  WITH n ${filter}
  RETURN count(n) AS total
}
CALL () {
  ${source}
  WITH n ${filter}
  WITH n WHERE ${keyset}
  WITH n, ${columns}
  ORDER BY ${orderBy}
  LIMIT $limit
  RETURN collect({node: ${projection.cypher}, sort: [${spec.order.map((_, i) => `s${i}`).join(', ')}]}) AS page
}
RETURN total, page`,
    params: {
      ...projection.params,
      ...spec.params,
      limit: request.first + 1,
      after: request.after ?? [],
    },
    decode: (record) => ({
      total: Number(fromNeo4jValue(record.total)),
      page: (record.page as { node: unknown; sort: unknown }[]).map((row) => ({
        node: materializeNode(row.node, projection.shape) as NodeRecord,
        sort: fromNeo4jValue(row.sort) as SortKey,
      })),
    }),
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
  private source: string | undefined;

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

  /**
   * Start from the nodes of `label` with these ids, and take the nodes of the
   * list linked to them through one of `types` (`n` at the start, or at the
   * end with `incoming`): a page of a sector's companies reads that sector's
   * companies, not every company.
   */
  startFrom(
    ids: string[] | undefined,
    param: string,
    types: string,
    from: NodeLabel,
    to: NodeLabel,
  ): this {
    if (ids === undefined) return this;
    this.params[param] = ids;
    this.source = `MATCH (x:${from})<-[:${types}]-(m:${to}) WHERE x.id IN $${param}\n  WITH DISTINCT m AS n`;
    return this;
  }

  page(
    label: NodeLabel,
    order: SortColumn[],
    request: PageRequest,
    projection?: Projection,
  ): Statement<PageRows> {
    return pageOf(
      { label, source: this.source, where: this.where, params: this.params, order },
      request,
      projection,
    );
  }
}

export interface CompanyFilter {
  /** Active in or offering any of these sectors. */
  sectorIds?: string[] | undefined;
  /** Based in any of these countries. */
  countryIds?: string[] | undefined;
  name?: string | undefined;
}

export function companiesPage(
  filter: CompanyFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
  return new Conditions()
    .nameContains(Label.Company, filter.name)
    .startFrom(
      filter.sectorIds,
      'sectorIds',
      `${Rel.ACTIVE_IN}|${Rel.OFFERS}`,
      Label.Sector,
      Label.Company,
    )
    .linkedToAny(filter.countryIds, 'countryIds', Rel.BASED_IN_COUNTRY, Label.Place)
    .page(Label.Company, BY_NAME, request, projection);
}

export interface PersonFilter {
  name?: string | undefined;
  /** Holds a role (leads, founded, board member, employed) at any of these companies. */
  companyIds?: string[] | undefined;
}

const PERSON_ROLE_TYPES = [Rel.LEADS, Rel.FOUNDED, Rel.BOARD_MEMBER_OF, Rel.EMPLOYED_BY].join('|');

export function peoplePage(
  filter: PersonFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
  return new Conditions()
    .nameContains(Label.Person, filter.name)
    .linkedToAny(filter.companyIds, 'companyIds', PERSON_ROLE_TYPES, Label.Company)
    .page(Label.Person, BY_NAME, request, projection);
}

export interface NameFilter {
  name?: string | undefined;
}

export function sectorsPage(
  filter: NameFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
  return new Conditions()
    .nameContains(Label.Sector, filter.name)
    .page(Label.Sector, BY_NAME, request, projection);
}

export interface PlaceFilter extends NameFilter {
  kinds?: PlaceKind[] | undefined;
}

export function placesPage(
  filter: PlaceFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
  return new Conditions()
    .nameContains(Label.Place, filter.name)
    .add(filter.kinds, 'kinds', 'n.kind IN $kinds')
    .page(Label.Place, BY_NAME, request, projection);
}

export interface ArticleFilter {
  publishedFrom?: CalendarDate | undefined;
  publishedTo?: CalendarDate | undefined;
  /** Mentions every one of these nodes. */
  mentions?: { label: NodeLabel; id: string }[] | undefined;
}

export function articlesPage(
  filter: ArticleFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
  return new Conditions()
    .dateWithin('publishedOn', 'published', filter.publishedFrom, filter.publishedTo)
    .add(
      filter.mentions,
      'mentions',
      `all(x IN $mentions WHERE EXISTS { MATCH (n)-[:${Rel.MENTIONS}]->(m) WHERE m.id = x.id AND x.label IN labels(m) })`,
    )
    .page(Label.Article, NEWEST_FIRST('publishedOn'), request, projection);
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

export function partnershipsPage(
  filter: PartnershipFilter,
  request: PageRequest,
  projection?: Projection,
): Statement<PageRows> {
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
    .page(Label.Partnership, NEWEST_FIRST('signedOn'), request, projection);
}
