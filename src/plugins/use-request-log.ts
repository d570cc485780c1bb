import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

export interface RequestLogOptions {
  /** Where request lines go. */
  logger: Logger;
  /** Operations slower than this are logged at info level, the others at debug. @default 500 */
  slowMs?: number;
}

/**
 * One structured line per GraphQL operation: its name, how long it took, how
 * many Cypher statements it ran and how many errors it returned. (yoga logs
 * the errors it masks, with their message and path.) Slow operations and
 * those with errors are logged at info, the rest at debug: a line per request
 * at info costs more than a fast request itself.
 */
export function useRequestLog({ logger, slowMs = 500 }: RequestLogOptions): Plugin<Context> {
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
          const level = errors.length > 0 || ms >= slowMs ? 'info' : 'debug';
          logger[level]('graphql operation', {
            operation,
            ms,
            cypher: args.contextValue.reader.statements,
            errors: errors.length,
          });
        },
      };
    },
  };
}
