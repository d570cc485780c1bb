import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import type { Context } from '../context.js';
import { CalendarDate } from '../graph/calendar-date.js';
import { ErrorCode, echoed, got } from './errors.js';
import { decodeGlobalId, encodeGlobalId } from './node-id.js';

/**
 * Limits on the shape of one request, checked before anything runs
 * (plugins/use-query-limits.ts; the README says the same). Every query the
 * README and the benchmarks send fits with room to spare: the largest has 122
 * tokens, 5 aliases, 1 directive, 9 levels, 57 fields and costs 8,660.
 * - tokens: names, punctuation and values in the document (graphql-armor);
 * - aliases and directives: in the operation, fragments included (graphql-armor);
 * - depth: levels of fields; breadth: fields, `__typename` included;
 * - complexity: the cost of what the query asks Neo4j for (cost.ts). One
 *   `neighborhood(depth: 3, first: 100)` costs 1,610 at least, so ten of them
 *   are refused.
 */
export const QUERY_LIMITS = {
  tokens: 1_000,
  aliases: 15,
  directives: 20,
  depth: 14,
  breadth: 400,
  complexity: 10_000,
} as const;

/**
 * The schema builder: plugins and scalars only; every type lives in its own
 * file beside it.
 * - relay: the Node interface, `node`/`nodes`, global ids and cursor connections;
 * - dataloader: batched loading, one statement per field and depth, never per row;
 * - validation: argument checks (zod) that answer BAD_USER_INPUT;
 * - complexity: depth, breadth and cost limits, so one request cannot ask for the whole graph.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: CalendarDate; Output: string };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
    ID: { Input: string; Output: string };
  };
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  DefaultFieldNullability: false;
}>({
  // Fields are non-null unless they say `nullable: true`: callers can trust what is declared.
  defaultFieldNullability: false,
  plugins: [RelayPlugin, DataloaderPlugin, ValidationPlugin, ComplexityPlugin],
  relay: {
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: (globalId) => decodeGlobalId(globalId),
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    nodesOnConnection: true,
    // node and nodes are Accord's own (node.ts): they read the whole selection in one statement.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  validation: {
    validationError: (failure, args) => {
      const problems = failure.issues.map((issue) => {
        const path = (issue.path ?? []).map((p) => (typeof p === 'object' ? p.key : p));
        const argument = path.join('.') || 'arguments';
        const value = path.reduce<unknown>(
          (v, key) => (v as Record<string | number, unknown> | undefined)?.[key as string],
          args,
        );
        return { argument, value, message: issue.message };
      });
      const [first] = problems;
      return new GraphQLError(
        problems.map((p) => `Argument "${p.argument}" ${p.message} (${got(p.value)}).`).join(' '),
        {
          extensions: {
            code: ErrorCode.BAD_USER_INPUT,
            argument: first?.argument,
            value: echoed(first?.value),
          },
        },
      );
    },
  },
  // Field costs only: the limits are checked once, before execution, by
  // plugins/use-query-limits.ts (the plugin would compute the cost again
  // in the first root resolver if it were given them too).
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 3,
  },
});

builder.queryType({ description: 'Who partners with whom, how, and what source says so.' });

builder.scalarType('Date', {
  description: 'A calendar date, `YYYY-MM-DD`.',
  serialize: (value) => value,
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDate(value: unknown): CalendarDate {
  const date = typeof value === 'string' ? CalendarDate.parseIso(value) : undefined;
  if (!date) {
    throw new GraphQLError(`Date must be a real day written YYYY-MM-DD (${got(value)}).`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, value: echoed(value) },
    });
  }
  return date;
}

builder.scalarType('JSONObject', {
  description:
    'A map of property names to values (strings, numbers, booleans, lists, dates as `YYYY-MM-DD`).',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is an output type only.', {
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    });
  },
});
