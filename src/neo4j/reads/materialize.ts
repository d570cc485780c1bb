import type { FactRecord, NodeRecord } from '../../graph/records.js';
import type { NodeLabel } from '../../graph/vocabulary.js';
import { fromNeo4jValue } from '../values.js';
import type { FactShape, NamedRead, NodeShape, Read } from './projection.js';

/**
 * Turns what a compiled projection returns (projection.ts) into the records
 * the resolvers read: driver values become plain JavaScript, each nested read
 * `$i` is stored under `$<name>` (see `prefetchedKey`), and facts get their
 * `from` and `to` in stored direction.
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
  attachReads(out, node, own.reads);
  return out as unknown as NodeRecord;
}

function attachReads(out: Raw, raw: Raw, reads: readonly NamedRead[]): void {
  for (let i = 0; i < reads.length; i++) {
    const { name, read } = reads[i] as NamedRead;
    out[prefetchedKey(name)] = materializeRead(read, raw[`$${i}`]);
  }
}

function materializeRead(read: Read, raw: unknown): unknown {
  switch (read.kind) {
    case 'facts':
    case 'contributions':
      return (raw as Raw[]).map((fact) => materializeFact(fact, read.fact));
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
  }
}

function materializeFact(raw: Raw, shape: FactShape): FactRecord {
  const anchor = materializeNode(raw.a, shape.anchor) as NodeRecord;
  const other = materializeNode(raw.o, shape.other) as NodeRecord;
  const fact: Raw = {
    type: raw.type,
    props: fromNeo4jValue(raw.props),
    from: raw.f ? anchor : other,
    to: raw.f ? other : anchor,
  };
  attachReads(fact, raw, shape.reads);
  return fact as unknown as FactRecord;
}
