import { z } from 'zod';
import type { Statement } from '../neo4j/executor.js';
import type { GraphReader } from '../neo4j/reader.js';
import type { SortKey } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { badUserInput } from './errors.js';

/** The most items one page may hold, as in GitHub's API. */
export const MAX_PAGE_SIZE = 100;

/** `first` (required, 1..100) and `after`: forward cursor pagination. */
export const pageArgs = builder.args((t) => ({
  first: t.int({
    required: true,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE}.`,
    validate: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`),
  }),
  after: t.string({
    description: 'Return the items after this cursor (an `endCursor` of a previous page).',
  }),
}));

/** Connections cost `first` times their selection. */
export const pageComplexity = (args: { first: number }) => ({ field: 1, multiplier: args.first });

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length > 0 &&
      key.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return key;
    }
  } catch {
    // reported below
  }
  throw badUserInput('after', cursor, 'is not a cursor returned by this connection');
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
  args: { first: number; after?: string | null | undefined },
  statement: (request: { first: number; after: SortKey | undefined }) => Statement,
) {
  const after = args.after ? decodeCursor(args.after) : undefined;
  const [row] = await reader.rows(statement({ first: args.first, after }));
  const rows = (row?.page ?? []) as PageRow<T>[];
  const edges = rows
    .slice(0, args.first)
    .map((r) => ({ cursor: encodeCursor(r.sort), node: r.node }));
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
