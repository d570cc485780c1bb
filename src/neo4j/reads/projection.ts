import {
  FACT_REL_TYPES,
  type FactRelType,
  Label,
  type NodeLabel,
  ProvenanceRel,
  REL_ENDS,
  Rel,
  relTypeAlternatives,
} from '../../graph/vocabulary.js';
import { VALUE_PREFIX } from '../stated-values.js';
import {
  type FactPattern,
  type FactSide,
  factOrder,
  factOrderKey,
  otherLabelToCheck,
} from './facts.js';

/**
 * Shapes: what one request reads below a node, as plain data. The GraphQL
 * layer builds them from a selection set (schema/selection-plan.ts); this
 * file compiles them into one Cypher map projection, so that a root field and
 * everything under it are read by a single statement. Nested reads are
 * `COLLECT {}` subqueries, ordered the way the batched loaders order them, so
 * the answers do not depend on which path read them.
 *
 * Values only enter as parameters. Labels and relationship types come from the
 * vocabulary, property names from constants in code; the map keys of nested
 * reads are positional (`$0`, `$1`, …; reads that share an expansion come
 * back together under the first one's key, see `readSlots`), and
 * `materialize` (materialize.ts) renames them to the names the resolvers
 * look for.
 */

/** What to read of a node, beyond its properties. */
export interface NodeShape {
  /** Nested reads, in key order: the n-th is returned under `$n` (or shares a key: `readSlots`). */
  reads: NamedRead[];
  /**
   * The node's properties to read besides its id (unless `withoutId`): all
   * of them (`true`, an article's text excepted), or only these names.
   */
  properties: boolean | readonly string[];
  /**
   * Whether the node is read where its GraphQL type is abstract (a Node, an
   * Entity): then its label comes back as `__typename`, as it always does
   * when its properties are read whole.
   */
  abstract?: boolean;
  /** The node's label, when the position knows it: records get it as `__typename` without reading it. */
  label?: NodeLabel;
  /** For a node whose label is known only when it is read: the shape per label. */
  byLabel?: Partial<Record<NodeLabel, NodeShape>>;
  /**
   * The id is not read: nothing asked of the node needs it (only scalar
   * properties are selected), and reading it is a db hit per row.
   */
  withoutId?: true;
}

export interface NamedRead {
  /** The name the resolvers find the result under (a GraphQL response key). */
  name: string;
  read: Read;
}

/** What to read of a fact: its two ends and reads of its own (evidence, a partnership by id). */
export interface FactShape {
  /** The node the fact was reached from. */
  anchor: NodeShape;
  /** The node at the other end. */
  other: NodeShape;
  /** The relationship's properties to read: all of them (`true`), or only these. */
  properties: true | readonly string[];
  reads: NamedRead[];
  /**
   * Reached from either end, and nothing asked reads which end is the start
   * (a partner's `direction`): the row leaves `f` out, and materialize puts
   * the anchor at `to`.
   */
  unoriented?: true;
}

/**
 * A parameter's value, computed from the request's input (GraphQL variables)
 * each time the statement runs: a compiled projection is reused across
 * requests that differ only in values.
 */
export type ParamValue = (input: Readonly<Record<string, unknown>>) => unknown;

export type Read =
  /** The facts matching a pattern around the node, as FactRecords, ordered by the other node's name. */
  | {
      kind: 'facts';
      pattern: FactPattern;
      side: FactSide;
      where?: FactFilter;
      /** At most this many, the first in order. */
      limit?: ParamValue;
      fact: FactShape;
    }
  /** How many facts match a pattern around the node. */
  | { kind: 'count'; pattern: FactPattern; side: FactSide; where?: FactFilter }
  /** The contributions made within a partnership (CONTRIBUTES edges carrying its id). */
  | { kind: 'contributions'; fact: FactShape }
  /** Evidence nodes with a key equal to the scope's value, in reading order. */
  | {
      kind: 'evidence';
      by: 'claimId' | 'articleId';
      key: EvidenceKey;
      /** At most this many, the first in reading order. */
      limit?: ParamValue;
      node: NodeShape;
    }
  /** How many evidence nodes have the key. */
  | { kind: 'evidenceCount'; by: 'claimId' | 'articleId'; key: EvidenceKey }
  /** One node of a label whose id is a property of the scope variable; null when none. */
  | { kind: 'node'; label: NodeLabel; idProperty: string; node: NodeShape }
  /** The node an Evidence is about, whatever its label. */
  | { kind: 'subject'; node: NodeShape }
  /** An article's verbatim text, left out of its properties otherwise. */
  | { kind: 'text' }
  /**
   * What was said about a partnership, one `{e, s, b}` per quote (its
   * evidence, its speakers, whether the parties said it together), in the
   * order of statements.ts's loader: a person's or company's (`STATED`
   * edges), and the evidence of the claim `key` spoken by the parties its
   * article names.
   */
  | { kind: 'statements'; key: EvidenceKey; evidence: NodeShape; speakers: NodeShape }
  /**
   * Each article's value of a property claim (the evidence of `key`), the
   * latest-published article first (ties: the greater article id): its
   * article, the values its first quote states and its quotes in reading order.
   */
  | { kind: 'statedValues'; key: EvidenceKey; evidence: NodeShape; article: NodeShape }
  /**
   * The relationship whose claim id is the scope's property `property`, as a
   * fact in stored direction; null when none. `types`: the types it may have,
   * when the position knows (every fact type otherwise).
   */
  | { kind: 'claimFact'; property: string; types?: readonly FactRelType[]; fact: FactShape };

/** Only facts whose relationship (or other end) has a property among these values. */
export interface FactFilter {
  on: 'relationship' | 'other';
  property: string;
  values: ParamValue;
}

/** The key evidence is found by: a property of the scope variable, optionally between a prefix and a suffix. */
export interface EvidenceKey {
  property: string;
  prefix?: ParamValue;
  suffix?: ParamValue;
}

/**
 * A compiled projection with one request's parameters: how a root statement
 * returns its node variable `n`.
 */
export interface Projection {
  /** The map projection of `n`. */
  cypher: string;
  params: Record<string, unknown>;
  shape: NodeShape;
}

/** An empty shape: the node's id and label only. */
export function idOnly(): NodeShape {
  return { reads: [], properties: false };
}

/** Collects parameters under generated names, and variables under fresh names. */
export class CypherScope {
  private readonly bindings: [name: string, value: ParamValue][] = [];
  private vars = 0;

  param(value: ParamValue): string {
    const name = `sel${this.bindings.length}`;
    this.bindings.push([name, value]);
    return `$${name}`;
  }

  /** The parameters' values for one request's input. */
  params(input: Readonly<Record<string, unknown>>): Record<string, unknown> {
    return Object.fromEntries(this.bindings.map(([name, value]) => [name, value(input)]));
  }

  variable(prefix: string): string {
    return `${prefix}${this.vars++}`;
  }
}

/** The map projection of node variable `v` with everything its shape reads. */
export function projectNode(v: string, shape: NodeShape, scope: CypherScope): string {
  if (shape.byLabel) {
    const cases = Object.entries(shape.byLabel).map(
      ([label, byLabel]) =>
        `WHEN '${checkedLabel(label)}' THEN ${projectNode(v, byLabel as NodeShape, scope)}`,
    );
    const fallback = projectNode(
      v,
      { reads: shape.reads, properties: shape.properties, abstract: true },
      scope,
    );
    return cases.length === 0
      ? fallback
      : `CASE labels(${v})[0] ${cases.join(' ')} ELSE ${fallback} END`;
  }
  const entries = [
    ...(shape.properties === true
      ? // An article's text is often tens of kilobytes: read only when asked for (kind 'text').
        ['.*', 'text: null']
      : [
          ...(shape.withoutId && !(shape.properties || []).includes('id') ? [] : ['.id']),
          ...(shape.properties || [])
            .filter((p) => p !== 'id')
            .map((p) => `.${checkedProperty(p)}`),
        ]),
    ...(shape.properties === true || shape.abstract ? [`__typename: labels(${v})[0]`] : []),
    ...readEntries(shape.reads, v, scope),
  ];
  return `${v} {${entries.join(', ')}}`;
}

/** `$i: <read>` for each read a shape holds, the reads that share an expansion under the first one's key. */
function readEntries(reads: readonly NamedRead[], v: string, scope: CypherScope): string[] {
  const slots = readSlots(reads);
  return reads.flatMap(({ read }, i) => {
    const slot = slots[i] as ReadSlot;
    if (slot.key !== i) return [];
    if (slot.type === undefined) return [`\`$${i}\`: ${compileRead(read, v, scope)}`];
    const members = reads.filter((_, j) => slots[j]?.key === i).map((named) => named.read);
    return [`\`$${i}\`: ${sharedFactsRead(members as SharedFactsRead[], v, scope)}`];
  });
}

/**
 * Where a read's rows come back: under its own key `$i`, or, for reads that
 * share one expansion (`sharedExpansions`), under the first member's key,
 * among the rows of the others; `type` then picks its own.
 */
export interface ReadSlot {
  key: number;
  type?: FactRelType;
}

/** A read of facts sharing an expansion: sharedExpansions takes only those of one type and one direction, without a filter or a limit. */
type SharedFactsRead = Extract<Read, { kind: 'facts' }> & { side: 'from' | 'to' };

const slotsOf = new WeakMap<readonly NamedRead[], readonly ReadSlot[]>();

/** Each read's slot (see ReadSlot); the compiler and materialize both ask, once per shape. */
export function readSlots(reads: readonly NamedRead[]): readonly ReadSlot[] {
  let slots = slotsOf.get(reads);
  if (!slots) {
    const own: ReadSlot[] = reads.map((_, key) => ({ key }));
    for (const group of sharedExpansions(reads)) {
      // The group's rows come back under its first read's key.
      const key = Math.min(...group.map(({ index }) => index));
      for (const { index, read } of group) own[index] = { key, type: read.pattern.types[0] };
    }
    slots = own;
    slotsOf.set(reads, slots);
  }
  return slots;
}

/**
 * Sibling reads of facts of one type each (a partnership's parties, domains,
 * markets and projects) read by one expansion of the node instead of one
 * each. Below 50 relationships Neo4j keeps a node's relationships in a single
 * chain, which an expansion walks whole whatever types it asks for: four
 * reads of a partnership cost four walks of its chain (21 db hits each in the
 * benchmark's), one walk shared.
 *
 * Only reads without a filter or a limit share one (a limit is per read, and
 * Neo4j refuses the aggregation that would cut each read's share), and only
 * one read per type. Reads from one side share a directed expansion. Reads
 * from both sides share an undirected one only if each one's type can never
 * leave the anchor's label the other way (REL_ENDS: a partnership is never a
 * party's start), so that the walk reads nothing the directed ones would not,
 * on a dense node (relationships grouped by type and direction) too;
 * otherwise each side shares its own.
 */
function sharedExpansions(
  reads: readonly NamedRead[],
): { index: number; read: SharedFactsRead }[][] {
  const types = new Set<FactRelType>();
  const candidates: { index: number; read: SharedFactsRead }[] = [];
  reads.forEach(({ read }, index) => {
    if (read.kind !== 'facts' || read.limit || read.where || read.side === 'either') return;
    const [type, ...more] = read.pattern.types;
    if (more.length > 0 || types.has(type)) return;
    types.add(type);
    candidates.push({ index, read: read as SharedFactsRead });
  });
  const groups = candidates.every(({ read }) => isOneWay(read))
    ? [candidates]
    : (['from', 'to'] as const).map((side) => candidates.filter(({ read }) => read.side === side));
  return groups.filter((group) => group.length >= 2);
}

/** Whether the read's type never joins its anchor's label from the other side. */
function isOneWay({ pattern, side }: SharedFactsRead): boolean {
  const anchor = side === 'from' ? pattern.from : pattern.to;
  if (!anchor) return false;
  const [starts, ends] = REL_ENDS[pattern.types[0]];
  return !(side === 'from' ? ends : starts).includes(anchor);
}

/**
 * One expansion for several reads (sharedExpansions): each row says its type
 * (`t`), keeps to its read's direction and other label, and is ordered as
 * its read would order it; materialize gives each read the rows of its type.
 */
function sharedFactsRead(members: readonly SharedFactsRead[], v: string, scope: CypherScope) {
  const r = scope.variable('r');
  const m = scope.variable('m');
  const t = scope.variable('t');
  const side = members.every((read) => read.side === members[0]?.side)
    ? (members[0] as SharedFactsRead).side
    : 'either';
  const typeOf = (read: SharedFactsRead) => `'${read.pattern.types[0]}'`;
  const checks = members.map((read) => {
    const label = otherLabelToCheck(read.pattern, read.side);
    return [
      ...(side === 'either'
        ? [`${read.side === 'from' ? 'startNode' : 'endNode'}(${r}) = ${v}`]
        : []),
      ...(label ? [`${m}:${checkedLabel(label)}`] : []),
    ];
  });
  const byType = (values: readonly string[], otherwise?: string) =>
    values.every((value) => value === values[0])
      ? (values[0] as string)
      : `CASE ${t} ${members.map((read, i) => `WHEN ${typeOf(read)} THEN ${values[i]}`).join(' ')}${otherwise ? ` ELSE ${otherwise}` : ''} END`;
  // A row of no member's type (a claim id that does not name its type) is
  // kept, for materialize to refuse rather than the statement to drop.
  const where = checks.some((check) => check.length > 0)
    ? `WHERE ${byType(
        checks.map((check) => (check.length > 0 ? check.join(' AND ') : 'true')),
        'true',
      )} `
    : '';
  const order = byType(members.map((read) => factOrderKey(m, otherLabel(read))));
  const rows = members.map(
    (read) =>
      `WHEN ${typeOf(read)} THEN ${factMap(r, { anchor: v, other: m, side: read.side, anchorIsParent: true }, read.fact, scope, { known: read.pattern.types[0] }, t)}`,
  );
  const types = relTypeAlternatives(members.map((read) => read.pattern.types[0]));
  return `COLLECT { MATCH (${v})${ARROWS[side](types, r)}(${m}) WITH ${v}, ${r}, ${m}, ${claimType(r)} AS ${t} ${where}WITH ${v}, ${r}, ${m}, ${t} ORDER BY ${order}, ${r}.claimId RETURN CASE ${t} ${rows.join(' ')} END }`;
}

function compileRead(read: Read, v: string, scope: CypherScope): string {
  switch (read.kind) {
    case 'facts':
      return factsRead(read, v, scope);
    case 'count': {
      const { r, m, match } = factMatch(read, v, scope);
      return `COUNT { ${match} ${factWhere(read.where, r, m, scope)}}`;
    }
    case 'contributions':
      return contributionsRead(read, v, scope);
    case 'evidence':
      return evidenceRead(read, v, scope);
    case 'evidenceCount':
      return `COUNT { MATCH (${scope.variable('e')}:${Label.Evidence} {${read.by}: ${evidenceKey(read.key, v, scope)}}) }`;
    case 'node': {
      const n = scope.variable('n');
      return `COLLECT { MATCH (${n}:${checkedLabel(read.label)} {id: ${v}.${checkedProperty(read.idProperty)}}) RETURN ${projectNode(n, read.node, scope)} }[0]`;
    }
    case 'subject': {
      const n = scope.variable('n');
      return `COLLECT { MATCH (${v})-[:${ProvenanceRel.ABOUT}]->(${n}) RETURN ${projectNode(n, read.node, scope)} }[0]`;
    }
    case 'text':
      return `${v}.text`;
    case 'statements':
      return statementsRead(read, v, scope);
    case 'statedValues':
      return statedValuesRead(read, v, scope);
    case 'claimFact':
      return claimFactRead(read, v, scope);
  }
}

const ARROWS: Record<FactSide, (types: string, r: string) => string> = {
  from: (types, r) => `-[${r}:${types}]->`,
  to: (types, r) => `<-[${r}:${types}]-`,
  either: (types, r) => `-[${r}:${types}]-`,
};

/**
 * How a row tells its fact's type: the read knows it (`knownType`: the row
 * leaves it out), `type(r)`, or `claimId`: the first part of the claim id the
 * read has already read to order by, which is the type (claim-id.ts).
 * `type(r)` is a db hit per row; the claim id read for the order is cached.
 * Only its first part comes back: a partner edge's claim id is some 70
 * characters, its type 25, and each is decoded by the driver.
 */
type TypeSource = { known: string } | 'type' | 'claimId';

const typeSource = (known: string | undefined, fallback: 'type' | 'claimId'): TypeSource =>
  known ? { known } : fallback;

/** The type a relationship's claim id names: `TYPE` of `TYPE:from->to` (claim-id.ts). */
const claimType = (r: string) => `split(${r}.claimId, ':')[0]`;

/**
 * A FactRecord as the row carries it: its type (see TypeSource), the properties asked for (if any), the
 * other end `o`, and when they cannot be told otherwise the anchor `a` (the
 * parent record stands for an anchor asked nothing of) and `f`, whether the
 * anchor is the start (only when something asked reads the direction).
 * materialize turns them into `from` and `to`.
 */
function factMap(
  r: string,
  ends: { anchor: string; other: string; side: FactSide; anchorIsParent: boolean },
  shape: FactShape,
  scope: CypherScope,
  type: TypeSource,
  /** A shared expansion's row says its type (sharedFactsRead). */
  tag?: string,
) {
  const { anchor, other, side, anchorIsParent } = ends;
  // No properties asked for: no `props` key (materialize gives an empty map), one value less per row to decode.
  const props =
    shape.properties === true
      ? `properties(${r})`
      : shape.properties.length === 0
        ? undefined
        : `${r} {${shape.properties.map((p) => `.${checkedProperty(p)}`).join(', ')}}`;
  const reads = readEntries(shape.reads, r, scope);
  const anchorNeeded = !anchorIsParent || !isIdOnly(shape.anchor);
  return `{${[
    ...(tag ? [`t: ${tag}`] : []),
    ...(type === 'type' ? [`type: type(${r})`] : type === 'claimId' ? [`c: ${claimType(r)}`] : []),
    ...(props ? [`props: ${props}`] : []),
    ...(side === 'either' && !shape.unoriented ? [`f: startNode(${r}) = ${anchor}`] : []),
    ...(anchorNeeded ? [`a: ${projectNode(anchor, shape.anchor, scope)}`] : []),
    `o: ${projectNode(other, shape.other, scope)}`,
    ...reads,
  ].join(', ')}}`;
}

/**
 * The type of every fact a read returns, when it has only one: `type(r)` is
 * a db hit per row, and materialize fills the type in instead.
 */
export function knownType(
  read: Extract<Read, { kind: 'facts' | 'contributions' | 'claimFact' }>,
): string | undefined {
  const types =
    read.kind === 'facts'
      ? read.pattern.types
      : read.kind === 'contributions'
        ? [Rel.CONTRIBUTES]
        : (read.types ?? FACT_REL_TYPES);
  return types.length === 1 ? types[0] : undefined;
}

/** The label a read of facts expects at the other end, if its pattern says. */
function otherLabel(read: { pattern: FactPattern; side: FactSide }): NodeLabel | undefined {
  return read.side === 'to' ? read.pattern.from : read.pattern.to;
}

function isIdOnly(shape: NodeShape): boolean {
  return shape.properties === false && shape.reads.length === 0 && !shape.byLabel;
}

/** `MATCH (v)-[r:…]-(m:…)` for a pattern around `v`, with fresh names for r and m. */
function factMatch(
  read: { pattern: FactPattern; side: FactSide },
  v: string,
  scope: CypherScope,
): { r: string; m: string; match: string } {
  const { pattern, side } = read;
  const other = otherLabelToCheck(pattern, side);
  const r = scope.variable('r');
  const m = scope.variable('m');
  const types = relTypeAlternatives(pattern.types);
  const label = other ? `:${checkedLabel(other)}` : '';
  return { r, m, match: `MATCH (${v})${ARROWS[side](types, r)}(${m}${label})` };
}

function factWhere(where: FactFilter | undefined, r: string, m: string, scope: CypherScope) {
  if (!where) return '';
  const subject = where.on === 'relationship' ? r : m;
  return `WHERE ${subject}.${checkedProperty(where.property)} IN ${scope.param(where.values)} `;
}

function factsRead(read: Extract<Read, { kind: 'facts' }>, v: string, scope: CypherScope) {
  const { r, m, match } = factMatch(read, v, scope);
  const limit = read.limit ? ` LIMIT ${scope.param(read.limit)}` : '';
  return `COLLECT { ${match} ${factWhere(read.where, r, m, scope)}WITH ${v}, ${r}, ${m} ORDER BY ${factOrder(m, otherLabel(read), r)}${limit} RETURN ${factMap(r, { anchor: v, other: m, side: read.side, anchorIsParent: true }, read.fact, scope, typeSource(knownType(read), 'claimId'))} }`;
}

function contributionsRead(
  read: Extract<Read, { kind: 'contributions' }>,
  v: string,
  scope: CypherScope,
) {
  const shape = read.fact;
  const r = scope.variable('r');
  const c = scope.variable('c');
  const s = scope.variable('s');
  // The contributor is the fact's start: it plays the anchor, the sector the
  // other end. CONTRIBUTES joins a company to a sector only: no label check.
  return `COLLECT { MATCH (${c})-[${r}:${Rel.CONTRIBUTES}]->(${s}) WHERE ${r}.partnershipId = ${v}.id WITH ${r}, ${c}, ${s} ORDER BY ${c}.id, ${s}.name RETURN ${factMap(r, { anchor: c, other: s, side: 'from', anchorIsParent: false }, shape, scope, typeSource(knownType(read), 'type'))} }`;
}

function evidenceRead(read: Extract<Read, { kind: 'evidence' }>, v: string, scope: CypherScope) {
  const e = scope.variable('e');
  const key = evidenceKey(read.key, v, scope);
  const limit = read.limit ? ` LIMIT ${scope.param(read.limit)}` : '';
  return `COLLECT { MATCH (${e}:${Label.Evidence} {${read.by}: ${key}}) WITH ${e} ORDER BY ${e}.articleId, ${e}.start, ${e}.claimId${limit} RETURN ${projectNode(e, read.node, scope)} }`;
}

/**
 * Statements as statements.ts's `statementsAbout` reads them: the quote of
 * each `STATED` edge with its speaker, then the quotes of what the parties
 * said together, spoken by the parties whose own evidence is in the same
 * article; in the order of the articles, then of the text.
 */
function statementsRead(
  read: Extract<Read, { kind: 'statements' }>,
  v: string,
  scope: CypherScope,
) {
  const [s, r, e, c, party, speakers, byParties] = ['s', 'r', 'e', 'c', 'party', 'sp', 'bp'].map(
    (prefix) => scope.variable(prefix),
  ) as [string, string, string, string, string, string, string];
  const key = evidenceKey(read.key, v, scope);
  const stated = `MATCH (${s})-[${r}:${Rel.STATED}]->(${v}) MATCH (${e}:${Label.Evidence} {claimId: ${r}.claimId}) RETURN ${e}, [${projectNode(s, read.speakers, scope)}] AS ${speakers}, false AS ${byParties}`;
  const together = `MATCH (${e}:${Label.Evidence} {claimId: ${key}}) RETURN ${e}, COLLECT { MATCH (${c}:${Label.Company})-[${party}:${Rel.PARTY_TO}]->(${v}) WHERE EXISTS { MATCH (:${Label.Evidence} {claimId: ${party}.claimId, articleId: ${e}.articleId}) } RETURN ${projectNode(c, read.speakers, scope)} ORDER BY ${c}.name } AS ${speakers}, true AS ${byParties}`;
  return `COLLECT { CALL (${v}) { ${stated} UNION ALL ${together} } WITH ${e}, ${speakers}, ${byParties} ORDER BY ${e}.articleId, ${e}.start, ${e}.claimId RETURN {e: ${projectNode(e, read.evidence, scope)}, s: ${speakers}, b: ${byParties}} }`;
}

/**
 * Stated values as schema/stated-value.ts's `statedValues` builds them from
 * the evidence loader: the claim's quotes in reading order, grouped by
 * article; per article the values (`[property, value]` pairs) its first
 * quote states; the latest-published article first, ties to the greater id.
 */
function statedValuesRead(
  read: Extract<Read, { kind: 'statedValues' }>,
  v: string,
  scope: CypherScope,
) {
  const [claim, e, a, quotes, q, p] = ['claim', 'e', 'a', 'qs', 'q', 'p'].map((prefix) =>
    scope.variable(prefix),
  ) as [string, string, string, string, string, string];
  const key = evidenceKey(read.key, v, scope);
  const first = `head(${quotes})`;
  const stated = `${first}['${VALUE_PREFIX}' + ${p}]`;
  const values = `[${p} IN coalesce(${first}.properties, []) WHERE ${stated} IS NOT NULL | [${p}, ${stated}]]`;
  // An aggregation (collect) inside a projection's subquery is refused by
  // Neo4j 5.26: the articles are found DISTINCT, then each one's quotes.
  const articleQuotes = `COLLECT { MATCH (${q}:${Label.Evidence} {claimId: ${claim}, articleId: ${a}.id}) RETURN ${q} ORDER BY ${q}.start, ${q}.claimId }`;
  const evidence = `COLLECT { UNWIND ${quotes} AS ${q} RETURN ${projectNode(q, read.evidence, scope)} }`;
  return `COLLECT { UNWIND [${key}] AS ${claim} MATCH (${e}:${Label.Evidence} {claimId: ${claim}}) WITH DISTINCT ${claim}, ${e}.articleId AS articleId MATCH (${a}:${Label.Article} {id: articleId}) WITH ${claim}, ${a} ORDER BY ${a}.publishedOn DESC, ${a}.id DESC WITH ${a}, ${articleQuotes} AS ${quotes} RETURN {articleId: ${a}.id, publishedOn: ${a}.publishedOn, values: ${values}, evidence: ${evidence}, article: ${projectNode(a, read.article, scope)}} }`;
}

/**
 * The relationship a claim id names, as fact-loaders.ts's `factByClaim` finds
 * it. Neo4j plans the alternation of every fact type as one seek of each
 * type's claimId index (an untyped match would scan every relationship); a
 * `UNION` branch per type found the same with fewer db hits, but took seconds
 * to plan where a request reads many evidence facts.
 */
function claimFactRead(read: Extract<Read, { kind: 'claimFact' }>, v: string, scope: CypherScope) {
  const [r, a, b] = ['r', 'a', 'b'].map((prefix) => scope.variable(prefix)) as [
    string,
    string,
    string,
  ];
  const claim = `${v}.${checkedProperty(read.property)}`;
  const types = relTypeAlternatives(read.types ?? FACT_REL_TYPES);
  // No seek at all for a quote of a node's properties (no relationship).
  return `CASE WHEN ${claim} IS NULL THEN null ELSE COLLECT { MATCH (${a})-[${r}:${types} {claimId: ${claim}}]->(${b}) RETURN ${factMap(r, { anchor: a, other: b, side: 'from', anchorIsParent: false }, read.fact, scope, typeSource(knownType(read), 'type'))} }[0] END`;
}

/** A node's properties and label, nothing nested: what a root statement returns when no plan is given. */
export const PROPERTIES_ONLY: Projection = {
  cypher: projectNode('n', { reads: [], properties: true }, new CypherScope()),
  params: {},
  shape: { reads: [], properties: true },
};

function evidenceKey({ property, prefix, suffix }: EvidenceKey, v: string, scope: CypherScope) {
  return [
    ...(prefix ? [scope.param(prefix)] : []),
    `${v}.${checkedProperty(property)}`,
    ...(suffix ? [scope.param(suffix)] : []),
  ].join(' + ');
}

const LABELS = new Set<string>(Object.values(Label));

function checkedLabel(label: string): string {
  if (!LABELS.has(label)) throw new Error(`not a label of the vocabulary: ${label}`);
  return label;
}

/** Property names in Cypher text come from code; this keeps them to plain identifiers. */
export function checkedProperty(property: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(property))
    throw new Error(`not a property name: ${property}`);
  return property;
}
