import neo4j, { isDate, isInt } from 'neo4j-driver';
import {
  FACT_REL_TYPES,
  Label,
  MIGRATION_LABEL,
  ProvenanceRel,
} from '../../src/graph/vocabulary.js';
import type { Executor } from '../../src/neo4j/executor.js';

/**
 * A whole graph as JSON with its Neo4j types kept (INTEGER, DATE), so that a
 * database loaded by an earlier version of Accord can be committed and put
 * back, for testing the migrations that bring it up to date.
 */

type Encoded = string | number | boolean | null | { int: string } | { date: string } | Encoded[];

export interface GraphDump {
  nodes: { key: string; labels: string[]; props: Record<string, Encoded> }[];
  rels: { from: string; type: string; to: string; props: Record<string, Encoded> }[];
}

function encode(value: unknown): Encoded {
  if (isInt(value)) return { int: value.toString() };
  if (isDate(value)) return { date: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as Encoded;
  throw new Error(`graph dump: a value of an unexpected type: ${String(value)}`);
}

function decode(value: Encoded): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    if ('int' in value) return neo4j.int(value.int);
    const [y, m, d] = value.date.split('-').map(Number);
    return new neo4j.types.Date(y ?? 0, m ?? 0, d ?? 0);
  }
  return value;
}

const encodeProps = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.keys(props)
      .sort()
      .map((k) => [k, encode(props[k])]),
  );
const decodeProps = (props: Record<string, Encoded>) =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, decode(v)]));

/** A node's key in the dump: its label and id (an Alias's key). */
const keyOf = (v: string) => `labels(${v})[0] + ':' + coalesce(${v}.id, ${v}.key)`;

/** Every node and relationship of the model, Migration bookkeeping left out, sorted. */
export async function dumpGraph(executor: Executor): Promise<GraphDump> {
  const raw = (record: Record<string, unknown>) => record;
  const nodes = await executor.query({
    cypher: `MATCH (n) WHERE NOT n:${MIGRATION_LABEL}
RETURN ${keyOf('n')} AS key, labels(n) AS labels, properties(n) AS props ORDER BY key`,
    decode: raw,
  });
  const rels = await executor.query({
    cypher: `MATCH (a)-[r]->(b)
RETURN ${keyOf('a')} AS from, type(r) AS type, ${keyOf('b')} AS to, properties(r) AS props
ORDER BY from, type, to, r.claimId`,
    decode: raw,
  });
  return {
    nodes: nodes.map((n) => ({
      key: String(n.key),
      labels: n.labels as string[],
      props: encodeProps(n.props as Record<string, unknown>),
    })),
    rels: rels.map((r) => ({
      from: String(r.from),
      type: String(r.type),
      to: String(r.to),
      props: encodeProps(r.props as Record<string, unknown>),
    })),
  };
}

const LABELS: readonly string[] = Object.values(Label);
const REL_TYPES: readonly string[] = [...FACT_REL_TYPES, ...Object.values(ProvenanceRel)];

function checked(name: string, allowed: readonly string[]): string {
  if (!allowed.includes(name)) throw new Error(`graph dump: "${name}" is not in the vocabulary`);
  return name;
}

/** Writes a dump into an empty database (labels and types checked against the vocabulary). */
export async function restoreGraph(executor: Executor, dump: GraphDump): Promise<void> {
  const byLabel = new Map<string, GraphDump['nodes']>();
  for (const n of dump.nodes) {
    const label = checked(n.labels.join(':'), LABELS);
    byLabel.set(label, [...(byLabel.get(label) ?? []), n]);
  }
  for (const [label, nodes] of byLabel) {
    await executor.query(
      {
        cypher: `UNWIND $rows AS row CREATE (n:${label}) SET n = row.props`,
        params: { rows: nodes.map((n) => ({ props: decodeProps(n.props) })) },
      },
      'WRITE',
    );
  }
  const byType = new Map<string, GraphDump['rels']>();
  for (const r of dump.rels) {
    const type = checked(r.type, REL_TYPES);
    byType.set(type, [...(byType.get(type) ?? []), r]);
  }
  for (const [type, rels] of byType) {
    const ends = (key: string) => {
      const at = key.indexOf(':');
      return { label: checked(key.slice(0, at), LABELS), id: key.slice(at + 1) };
    };
    const groups = new Map<string, GraphDump['rels']>();
    for (const r of rels) {
      const k = `${ends(r.from).label}|${ends(r.to).label}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const [k, group] of groups) {
      const [from, to] = k.split('|');
      const key = (label: string | undefined) => (label === Label.Alias ? 'key' : 'id');
      await executor.query(
        {
          cypher: `UNWIND $rows AS row
MATCH (a:${from} {${key(from)}: row.from}) MATCH (b:${to} {${key(to)}: row.to})
CREATE (a)-[r:${type}]->(b) SET r = row.props`,
          params: {
            rows: group.map((r) => ({
              from: ends(r.from).id,
              to: ends(r.to).id,
              props: decodeProps(r.props),
            })),
          },
        },
        'WRITE',
      );
    }
  }
}
