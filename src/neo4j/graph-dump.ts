import neo4j, { isDate, isInt } from 'neo4j-driver';
import { FACT_REL_TYPES, Label, MIGRATION_LABEL, ProvenanceRel } from '../graph/vocabulary.js';
import type { Executor } from './executor.js';

/**
 * A whole graph as JSON, with Neo4j's types kept (`{date}`, `{int}`): what a
 * version of Accord stored, committed so that a migration can be tested on it
 * (test/fixtures/stored-graphs/). A label or relationship type outside the
 * vocabulary refuses the restore.
 */

/** A property value: strings, booleans and floats as themselves, DATE and INTEGER tagged. */
export type DumpValue =
  | string
  | boolean
  | number
  | { date: string }
  | { int: number }
  | DumpValue[];

export interface GraphDump {
  nodes: { labels: string[]; props: Record<string, DumpValue> }[];
  /** `from` and `to` index `nodes`. */
  relationships: { type: string; from: number; to: number; props: Record<string, DumpValue> }[];
}

function encode(value: unknown): DumpValue {
  if (isInt(value)) return { int: value.toNumber() };
  if (isDate(value)) return { date: value.toString() };
  if (Array.isArray(value)) return value.map(encode);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    // Parameters turn whole JavaScript numbers into INTEGER (values.ts).
    if (Number.isInteger(value)) throw new Error(`a whole FLOAT cannot be dumped: ${value}`);
    return value;
  }
  throw new Error(`a property of type ${typeof value} cannot be dumped`);
}

function decode(value: DumpValue): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (typeof value === 'object' && 'date' in value) {
    const [y, m, d] = value.date.split('-').map(Number);
    return new neo4j.types.Date(y as number, m as number, d as number);
  }
  if (typeof value === 'object' && 'int' in value) return neo4j.int(value.int);
  return value;
}

const encodeProps = (props: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(props)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => [k, encode(v)]),
  );
const raw = (record: Record<string, unknown>) => record;
const KNOWN_LABELS: readonly string[] = Object.values(Label);
const KNOWN_TYPES: readonly string[] = [...FACT_REL_TYPES, ...Object.values(ProvenanceRel)];

/** Every node and relationship, sorted so that the same graph gives the same file. */
export async function dumpGraph(executor: Executor): Promise<GraphDump> {
  const nodeRows = await executor.query({
    cypher: `MATCH (n) WHERE NOT n:${MIGRATION_LABEL} RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props`,
    decode: raw,
  });
  const nodes = nodeRows
    .map((r) => ({
      element: r.id as string,
      labels: [...(r.labels as string[])].sort(),
      props: encodeProps(r.props as Record<string, unknown>),
    }))
    .sort((a, b) =>
      JSON.stringify([a.labels, a.props]) < JSON.stringify([b.labels, b.props]) ? -1 : 1,
    );
  const index = new Map(nodes.map((n, i) => [n.element, i]));
  const relRows = await executor.query({
    cypher: `MATCH (a)-[r]->(b) WHERE NOT a:${MIGRATION_LABEL} AND NOT b:${MIGRATION_LABEL}
RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props`,
    decode: raw,
  });
  const relationships = relRows
    .map((r) => ({
      type: r.type as string,
      from: index.get(r.a as string) as number,
      to: index.get(r.b as string) as number,
      props: encodeProps(r.props as Record<string, unknown>),
    }))
    .sort((x, y) => (JSON.stringify(x) < JSON.stringify(y) ? -1 : 1));
  return { nodes: nodes.map(({ labels, props }) => ({ labels, props })), relationships };
}

/** Writes a dump into an empty database, in one transaction. */
export async function restoreGraph(executor: Executor, dump: GraphDump): Promise<void> {
  for (const label of dump.nodes.flatMap((n) => n.labels))
    if (!KNOWN_LABELS.includes(label)) throw new Error(`not a label of the vocabulary: "${label}"`);
  for (const { type } of dump.relationships)
    if (!KNOWN_TYPES.includes(type))
      throw new Error(`not a relationship type of the vocabulary: "${type}"`);
  const props = (p: Record<string, DumpValue>) =>
    Object.fromEntries(Object.entries(p).map(([k, v]) => [k, decode(v)]));
  await executor.write(async (tx) => {
    const created: string[] = [];
    for (const node of dump.nodes) {
      const [row] = await tx.run({
        cypher: `CREATE (n:${node.labels.join(':')}) SET n = $props RETURN elementId(n) AS id`,
        params: { props: props(node.props) },
      });
      created.push(String(row?.id));
    }
    for (const r of dump.relationships) {
      await tx.run({
        cypher: `MATCH (a) WHERE elementId(a) = $a MATCH (b) WHERE elementId(b) = $b CREATE (a)-[r:${r.type}]->(b) SET r = $props`,
        params: { a: created[r.from], b: created[r.to], props: props(r.props) },
      });
    }
  });
}
