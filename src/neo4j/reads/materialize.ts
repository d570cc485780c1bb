import type { FactRecord, NodeRecord } from '../../graph/records.js';
import { FACT_REL_TYPES, type NodeLabel } from '../../graph/vocabulary.js';
import { fromNeo4jValue } from '../values.js';
import {
  type FactShape,
  knownType,
  type NamedRead,
  type NodeShape,
  type Read,
  type ReadSlot,
  readSlots,
} from './projection.js';

/**
 * Turns what a compiled projection returns (projection.ts) into the records
 * the resolvers read: driver values become plain JavaScript, each nested read
 * `$i` is stored under `$<name>` (see `prefetchedKey`; reads that shared an
 * expansion each take their type's rows, see `readSlots`), and facts get
 * their `from` and `to` in stored direction.
 */

/** The key under which a record holds what was read for the field named `name`. */
export function prefetchedKey(name: string): string {
  return `$${name}`;
}

type Raw = Record<string, unknown>;

export function materializeNode(raw: unknown, shape: NodeShape): NodeRecord | null {
  if (raw === null || raw === undefined) return null;
  const node = raw as Raw;
  const own: NodeShape = shape.byLabel?.[node.__typename as NodeLabel] ?? shape;
  const out: Raw = {};
  for (const key in node) {
    const value = node[key];
    // Nested reads come back as `$0`, `$1`, …: renamed below. A property asked
    // for by name and not set comes back null: absent, as Neo4j stores it.
    if (key.charCodeAt(0) !== 36 && value !== null) out[key] = fromNeo4jValue(value);
  }
  // A label is read where the type is abstract; elsewhere the shape knows it.
  if (out.__typename === undefined && shape.label) out.__typename = shape.label;
  attachReads(out, node, own.reads);
  return out as unknown as NodeRecord;
}

function attachReads(out: Raw, raw: Raw, reads: readonly NamedRead[]): void {
  const slots = readSlots(reads);
  let shared: Map<number, Map<unknown, Raw[]>> | undefined;
  for (let i = 0; i < reads.length; i++) {
    const { name, read } = reads[i] as NamedRead;
    const { key, type } = slots[i] as ReadSlot;
    let value = raw[`$${key}`];
    if (type !== undefined) {
      // A read that shared an expansion takes the rows of its type, in their order.
      shared ??= new Map();
      let byType = shared.get(key);
      if (!byType) {
        const types = new Set(slots.filter((slot) => slot.key === key).map((slot) => slot.type));
        byType = rowsByType(value as Raw[], types);
        shared.set(key, byType);
      }
      value = byType.get(type) ?? [];
    }
    out[prefetchedKey(name)] = materializeRead(read, value, out);
  }
}

/** A shared expansion's rows by the type each says (`t`); a row of none of `types` is refused, not dropped. */
function rowsByType(rows: Raw[], types: ReadonlySet<unknown>): Map<unknown, Raw[]> {
  const byType = new Map<unknown, Raw[]>();
  for (const row of rows) {
    const type = row?.t;
    if (!types.has(type)) {
      throw new Error(
        `a shared read of facts returned a row of no read's type: ${JSON.stringify(type ?? null)} (its claim id names the type)`,
      );
    }
    const own = byType.get(type);
    if (own) own.push(row);
    else byType.set(type, [row]);
  }
  return byType;
}

/** Plain properties: driver values converted, and unset ones (null when asked for by name) left out. */
function plainProperties(raw: unknown): Raw {
  const out: Raw = {};
  const props = raw as Raw;
  for (const key in props) {
    const value = props[key];
    if (value !== null) out[key] = fromNeo4jValue(value);
  }
  return out;
}

/** `parent`: the record the read hangs off, which stands for a fact's anchor when the row leaves it out. */
function materializeRead(read: Read, raw: unknown, parent: Raw): unknown {
  switch (read.kind) {
    case 'facts':
      return (raw as Raw[]).map((fact) =>
        materializeFact(
          fact,
          read.fact,
          read.side === 'to' ? false : read.side === 'from' || undefined,
          parent,
          knownType(read),
        ),
      );
    case 'contributions':
      return (raw as Raw[]).map((fact) =>
        materializeFact(fact, read.fact, true, parent, knownType(read)),
      );
    case 'evidence':
      return (raw as Raw[]).map((e) => materializeNode(e, read.node));
    case 'node':
    case 'subject':
      return materializeNode(raw, read.node);
    case 'count':
    case 'evidenceCount':
      return Number(fromNeo4jValue(raw));
    case 'text':
      return raw ?? null;
    case 'statements':
      return (raw as Raw[]).map((s) => ({
        evidence: materializeNode(s.e, read.evidence),
        speakers: (s.s as unknown[]).map((speaker) => materializeNode(speaker, read.speakers)),
        byParties: s.b,
      }));
    case 'statedValues':
      return (raw as Raw[]).map((value) => ({
        values: Object.fromEntries(
          (value.values as [string, unknown][]).map(([p, v]) => [p, fromNeo4jValue(v)]),
        ),
        articleId: value.articleId,
        publishedOn: fromNeo4jValue(value.publishedOn),
        evidence: (value.evidence as unknown[]).map((e) => materializeNode(e, read.evidence)),
        article: materializeNode(value.article, read.article),
      }));
    case 'claimFact':
      return raw === null || raw === undefined
        ? null
        : materializeFact(raw as Raw, read.fact, true, parent, knownType(read));
  }
}

const REL_TYPES = new Set<unknown>(FACT_REL_TYPES);

/** The type a fact row gives as its claim id's first part (projection.ts's TypeSource `claimId`). */
function typeOfClaim(type: unknown): string {
  if (!REL_TYPES.has(type)) {
    throw new Error(
      `a fact's claim id names no relationship type: it starts ${JSON.stringify(type)} (expected TYPE:from->to)`,
    );
  }
  return type as string;
}

/** `anchorIsStart`: known from the read's side, else the row says (`f`); `type`: known from the read, else the row says. */
function materializeFact(
  raw: Raw,
  shape: FactShape,
  anchorIsStart: boolean | undefined,
  parent: Raw,
  type: string | undefined,
): FactRecord {
  const anchor = 'a' in raw ? (materializeNode(raw.a, shape.anchor) as NodeRecord) : parent;
  const other = materializeNode(raw.o, shape.other) as NodeRecord;
  const forward = anchorIsStart ?? Boolean(raw.f);
  const fact: Raw = {
    type: type ?? raw.type ?? typeOfClaim(raw.c),
    props: raw.props === undefined ? {} : plainProperties(raw.props),
    from: forward ? anchor : other,
    to: forward ? other : anchor,
  };
  attachReads(fact, raw, shape.reads);
  return fact as unknown as FactRecord;
}
