import type { Statement } from '../neo4j/executor.js';
import type { GraphReader } from '../neo4j/reader.js';
import { SORT_KEY_LENGTH, type SortKey } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';
import { MAX_PAGE_SIZE, pageSize } from './validators.js';

/** `first` (required, 1..100) and `after`: forward cursor pagination. */
export const pageArgs = builder.args((t) => ({
  first: t.int({
    required: true,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.`,
    validate: pageSize,
  }),
  after: t.string({
    description: 'Return the items after this cursor (an `endCursor` of a previous page).',
  }),
}));

/** Connections cost `first` times their selection. */
export const pageComplexity = (args: { first: number }) => ({ field: 1, multiplier: args.first });

/**
 * Cursors are opaque to callers: base64url of the connection's name and the
 * sort key of the row, so a cursor from one connection is refused by another.
 */
function encodeCursor(connection: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ c: connection, k: key })).toString('base64url');
}

function decodeCursor(connection: string, cursor: string): SortKey {
  let decoded: { c?: unknown; k?: unknown } | undefined;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // reported below
  }
  const key = decoded?.k;
  if (
    decoded?.c === connection &&
    Array.isArray(key) &&
    key.length === SORT_KEY_LENGTH &&
    key.every((v) => typeof v === 'string' || typeof v === 'number')
  ) {
    return key;
  }
  throw badUserInput('after', cursor, `is not a cursor returned by ${connection}`);
}

interface PageRow<T> {
  node: T;
  sort: SortKey;
}

/**
 * Runs a page statement (see neo4j/reads/pages.ts) and shapes its rows as a
 * Relay connection with totalCount.
 */
export async function resolvePage<T>(
  reader: GraphReader,
  /** The root field's name, written into its cursors. */
  connection: string,
  args: { first: number; after?: string | null | undefined },
  statement: (request: { first: number; after: SortKey | undefined }) => Statement,
) {
  const after = args.after == null ? undefined : decodeCursor(connection, args.after);
  const [row] = await reader.rows(statement({ first: args.first, after }));
  const rows = (row?.page ?? []) as PageRow<T>[];
  const edges = rows
    .slice(0, args.first)
    .map((r) => ({ cursor: encodeCursor(connection, r.sort), node: r.node }));
  return {
    edges,
    totalCount: Number(row?.total ?? 0),
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    description: 'How many items match, over all pages.',
    resolve: (connection) => connection.totalCount,
  }),
);
