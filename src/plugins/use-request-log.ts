import { GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';

export interface RequestLogOptions {
  /** Operations slower than this are logged at info level, the others at debug. @default 500 */
  slowMs?: number;
}

/**
 * One structured line per GraphQL operation: its name, how long it took, how
 * many Cypher statements it ran and how many errors it returned; for a slow
 * one, the Cypher of its statements too. Slow operations and those with
 * errors are logged at info, the rest at debug: a line per request at info
 * costs more than a fast request itself. An error that is a fault, not one
 * raised on purpose, gets its own line at error with its type and stack (the
 * caller sees it masked). Lines go through the request's logger, so they
 * carry its request id.
 */
export function useRequestLog({ slowMs = 500 }: RequestLogOptions = {}): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = getOperationAST(args.document, args.operationName)?.name?.value ?? null;
      args.contextValue.reader.serve(operation);
      return {
        onExecuteDone({ result }) {
          // Subscriptions and incremental delivery stream results; Accord has neither.
          if (Symbol.asyncIterator in result) return;
          const errors = result.errors ?? [];
          const ms = Math.round(performance.now() - started);
          const slow = ms >= slowMs;
          // The request's own logger: every line carries its request id.
          const log = args.contextValue.logger;
          const { reader } = args.contextValue;
          log[errors.length > 0 || slow ? 'info' : 'debug']('graphql operation', {
            operation,
            ms,
            cypher: reader.statements,
            errors: errors.length,
            // The slow-query log: what the operation asked of Neo4j.
            ...(slow ? { statements: reader.cypher } : {}),
          });
          for (const error of errors) {
            // Errors raised on purpose carry a code; anything else is a fault, logged whole.
            const cause = error.originalError;
            if (!cause || cause instanceof GraphQLError) continue;
            log.error('resolver failed', { operation, path: error.path, error: cause });
          }
        },
      };
    },
  };
}
