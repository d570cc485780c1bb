import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assertRelType, Label, ProvenanceRel } from '../graph/vocabulary.js';
import { Deadline } from '../neo4j/deadline.js';
import type { Executor, Statement } from '../neo4j/executor.js';

/**
 * The reference for load throughput: the graph as loaded, exported to CSV (one
 * file per label and per relationship type and end labels), then loaded by the
 * server itself with `LOAD CSV … CALL { … } IN TRANSACTIONS` into an empty
 * database. No resolution, no merging: CREATE only, the fastest Cypher load of
 * the same data. The server reads the files by `file:///` URL, which the local
 * Neo4j allows from any path (server.directories.import is unset).
 */

/** Property types the export handles, as Cypher's valueType() names them. */
const CONVERT: Record<string, (column: string) => string> = {
  STRING: (c) => c,
  INTEGER: (c) => `toInteger(${c})`,
  FLOAT: (c) => `toFloat(${c})`,
  BOOLEAN: (c) => `toBoolean(${c})`,
  DATE: (c) => `date(${c})`,
  LIST: (c) => `CASE ${c} WHEN '${EMPTY_LIST}' THEN [] ELSE split(${c}, '${LIST_SEPARATOR}') END`,
};
const LIST_SEPARATOR = '\u001f';
const EMPTY_LIST = '\u001e';
const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface CsvColumn {
  name: string;
  type: keyof typeof CONVERT;
}

/** One CSV file: the nodes of a label, or the relationships of a type between two labels. */
export interface CsvFile {
  file: string;
  rows: number;
  columns: CsvColumn[];
  node?: { label: string };
  relationship?: { type: string; from: string; to: string };
}

/** `STRING NOT NULL` → STRING, `LIST<STRING NOT NULL> NOT NULL` → LIST; several agreeing types → one. */
export function columnType(key: string, valueTypes: string[]): CsvColumn['type'] {
  const kinds = new Set(
    valueTypes.map((t) => (t.startsWith('LIST') ? 'LIST' : t.replace(/ NOT NULL$/, ''))),
  );
  const [only] = [...kinds];
  if (kinds.size !== 1 || !only || !(only in CONVERT))
    throw new Error(
      `property ${key} has types the CSV export cannot carry: ${valueTypes.join(', ')}`,
    );
  return only as CsvColumn['type'];
}

/** A CSV field: always quoted, quotes doubled, backslashes escaped (LOAD CSV reads `\\` as `\`). */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.length === 0
      ? EMPTY_LIST
      : value.map(String).join(LIST_SEPARATOR)
    : String(value);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '""')}"`;
}

const endKey = (label: string) => (label === Label.Alias ? 'key' : 'id');

/** The statement that loads one file; labels and types are checked against the vocabulary. */
export function loadCsvStatement(csv: CsvFile, rowsPerTransaction = 10_000): string {
  const props = csv.columns
    .filter((c) => !['_from', '_to'].includes(c.name))
    .map((c) => {
      if (!KEY.test(c.name)) throw new Error(`not a property name: ${c.name}`);
      return `\`${c.name}\`: ${CONVERT[c.type]?.(`row.\`${c.name}\``)}`;
    })
    .join(', ');
  const label = (l: string) => {
    if (!(Object.values(Label) as string[]).includes(l)) throw new Error(`not a label: ${l}`);
    return l;
  };
  const body = csv.node
    ? `CREATE (n:${label(csv.node.label)}) SET n += {${props}}`
    : (() => {
        const r = csv.relationship as NonNullable<CsvFile['relationship']>;
        const type = (Object.values(ProvenanceRel) as string[]).includes(r.type)
          ? r.type
          : assertRelType(r.type);
        return (
          `MATCH (a:${label(r.from)} {${endKey(r.from)}: row._from}) ` +
          `MATCH (b:${label(r.to)} {${endKey(r.to)}: row._to}) ` +
          `CREATE (a)-[r:${type}]->(b) SET r += {${props}}`
        );
      })();
  return `LOAD CSV WITH HEADERS FROM $url AS row CALL (row) { ${body} } IN TRANSACTIONS OF ${rowsPerTransaction} ROWS`;
}

async function writeCsv(path: string, columns: string[], rows: unknown[][]): Promise<void> {
  const out = createWriteStream(path);
  const write = (line: string) =>
    new Promise<void>((resolve) => (out.write(line) ? resolve() : out.once('drain', resolve)));
  await write(`${columns.join(',')}\n`);
  for (const row of rows) await write(`${row.map(csvField).join(',')}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((e?: Error | null) => (e ? reject(e) : resolve())),
  );
}

/**
 * How long one statement of the export may take. Each reads a whole label or
 * relationship type (or lists them all): at size M (2.5M nodes, 4.3M
 * relationships) the export stopped on the loader's 30 s transaction timeout
 * (NEO4J_TX_TIMEOUT_MS), which is meant for a batch of articles, not this.
 */
export const EXPORT_STATEMENT_MS = 30 * 60_000;

/** Writes every node and relationship of the database to CSV files in `dir`. */
export async function exportGraph(executor: Executor, dir: string): Promise<CsvFile[]> {
  const files: CsvFile[] = [];
  // A failure names the step, since each statement reads a whole label or type.
  const read = async (statement: Statement, step: string) => {
    try {
      return await executor.query(statement, 'READ', {
        deadline: Deadline.after(EXPORT_STATEMENT_MS),
        metadata: { benchmark: 'export', step },
      });
    } catch (error) {
      const { message, code } = error as Error & { code?: string };
      throw new Error(`CSV export, ${step}: ${message}${code ? ` (${code})` : ''}`, {
        cause: error,
      });
    }
  };
  const typed = async (match: string, variable: string) => {
    const rows = await read(
      {
        cypher: `MATCH ${match} UNWIND keys(${variable}) AS k RETURN k, collect(DISTINCT valueType(${variable}[k])) AS types`,
      },
      `the property types of ${match}`,
    );
    return rows.map((r) => ({
      name: String(r.k),
      type: columnType(String(r.k), r.types as string[]),
    }));
  };
  for (const label of Object.values(Label)) {
    const columns = await typed(`(n:${label})`, 'n');
    if (columns.length === 0) continue;
    const rows = await read(
      { cypher: `MATCH (n:${label}) RETURN properties(n) AS p` },
      `the ${label} nodes`,
    );
    const file = join(dir, `node-${label}.csv`);
    await writeCsv(
      file,
      columns.map((c) => c.name),
      rows.map((r) => columns.map((c) => (r.p as Record<string, unknown>)[c.name])),
    );
    files.push({ file, rows: rows.length, columns, node: { label } });
  }
  const groups = await read(
    {
      cypher:
        'MATCH (a)-[r]->(b) RETURN DISTINCT type(r) AS type, labels(a)[0] AS from, labels(b)[0] AS to',
    },
    'the relationship types',
  );
  for (const g of groups) {
    const [type, from, to] = [String(g.type), String(g.from), String(g.to)];
    const match = `(a:${from})-[r:${type}]->(b:${to})`;
    loadCsvStatement({ file: '', rows: 0, columns: [], relationship: { type, from, to } }); // checks names
    const columns = await typed(match, 'r');
    const rows = await read(
      {
        cypher: `MATCH ${match} RETURN a.${endKey(from)} AS f, b.${endKey(to)} AS t, properties(r) AS p`,
      },
      `the ${match} relationships`,
    );
    const file = join(dir, `rel-${type}-${from}-${to}.csv`);
    await writeCsv(
      file,
      ['_from', '_to', ...columns.map((c) => c.name)],
      rows.map((r) => [r.f, r.t, ...columns.map((c) => (r.p as Record<string, unknown>)[c.name])]),
    );
    files.push({ file, rows: rows.length, columns, relationship: { type, from, to } });
  }
  return files;
}

export interface CsvLoadResult {
  ms: number;
  nodes: number;
  relationships: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/**
 * Loads the files into the (empty, schema applied) database: nodes first, then
 * relationships. `CALL … IN TRANSACTIONS` needs an auto-commit transaction,
 * which the executor does not offer, so this runs on a session of its driver.
 */
export async function loadCsv(executor: Executor, files: CsvFile[]): Promise<CsvLoadResult> {
  const session = executor.driver.session();
  const started = performance.now();
  try {
    for (const csv of [...files].sort(
      (a, b) => Number(!!a.relationship) - Number(!!b.relationship),
    )) {
      await session.run(loadCsvStatement(csv), { url: pathToFileURL(csv.file).href });
    }
  } finally {
    await session.close();
  }
  const ms = performance.now() - started;
  const nodes = files.filter((f) => f.node).reduce((n, f) => n + f.rows, 0);
  const relationships = files.filter((f) => f.relationship).reduce((n, f) => n + f.rows, 0);
  const rate = (n: number) => Math.round((n / ms) * 1000);
  return {
    ms: Math.round(ms),
    nodes,
    relationships,
    nodesPerSecond: rate(nodes),
    relationshipsPerSecond: rate(relationships),
  };
}
