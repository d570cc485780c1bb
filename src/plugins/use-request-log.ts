import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import type { Logger } from '../logger.js';

export interface RequestLogOptions {
  /** Where request lines go. */
  logger: Logger;
}

/**
 * One structured line per GraphQL operation: its name, how long it took, how
 * many Cypher statements it ran and how many errors it returned. (yoga logs
 * the errors it masks, with their message and path.)
 */
export function useRequestLog({ logger }: RequestLogOptions): Plugin<Context> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          // Subscriptions and incremental delivery stream results; Accord has neither.
          if (Symbol.asyncIterator in result) return;
          const errors = result.errors ?? [];
          logger.info('graphql operation', {
            operation: getOperationAST(args.document, args.operationName)?.name?.value ?? null,
            ms: Math.round(performance.now() - started),
            cypher: args.contextValue.reader.statements,
            errors: errors.length,
          });
        },
      };
    },
  };
}
