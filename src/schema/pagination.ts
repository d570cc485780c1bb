import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import type { Statement } from '../neo4j/executor.js';
import { type PageRows, SORT_KEY_LENGTH, type SortKey } from '../neo4j/reads/pages.js';
import type { Projection } from '../neo4j/reads/projection.js';
import { builder } from './builder.js';
import { listComplexity } from './cost.js';
import { badUserInput } from './errors.js';
import { projectionFor } from './selection-plan.js';
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

/** A page is one statement, and costs `first` times its selection (cost.ts). */
export const pageComplexity = (args: { first: number }) => listComplexity(args.first);

/**
 * Cursors are opaque to callers: base64url of the connection's name and the
 * sort key of the row, so a cursor from one connection is refused by another.
 */
function encodeCursor(connection: string, key: SortKey): string {
  return Buffer.from(JSON.stringify({ c: connection, k: key })).toString('base64url');
}

function decodeCursor(connection: string, cursor: string): SortKey {
  let decoded: { c?: unknown; k?: unknown } | null | undefined;
  if (cursor.length <= MAX_CURSOR_LENGTH && BASE64URL.test(cursor)) {
    try {
      decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      // reported below
    }
  }
  const key = typeof decoded === 'object' ? decoded?.k : undefined;
  // Every sort column is text (a lower-cased name, a date as text, an id:
  // pages.ts), so a key of another type is forged, and would match nothing.
  if (
    decoded?.c === connection &&
    Array.isArray(key) &&
    key.length === SORT_KEY_LENGTH &&
    key.every((v) => typeof v === 'string')
  ) {
    return key;
  }
  throw badUserInput('after', cursor, `is not a cursor returned by ${connection}`);
}

/** Cursors hold a name and an id: far shorter than this. */
const MAX_CURSOR_LENGTH = 1000;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Where a connection's nodes are in its selection: `nodes`, and `node` of each edge. */
const NODE_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * Runs a page statement (see neo4j/reads/pages.ts) that reads each node with
 * everything the request selects below it, and shapes its rows as a Relay
 * connection with totalCount.
 */
export async function resolvePage<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  /** The root field's name, written into its cursors. */
  connection: string,
  args: { first: number; after?: string | null | undefined },
  statement: (
    request: { first: number; after: SortKey | undefined },
    projection: Projection,
  ) => Statement<PageRows>,
) {
  const after = args.after == null ? undefined : decodeCursor(connection, args.after);
  const [row] = await ctx.reader.rows(
    statement({ first: args.first, after }, projectionFor(info, NODE_PATHS)),
  );
  const rows = row?.page ?? [];
  const edges = rows
    .slice(0, args.first)
    .map((r) => ({ cursor: encodeCursor(connection, r.sort), node: r.node as T }));
  return {
    edges,
    totalCount: row?.total ?? 0,
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
