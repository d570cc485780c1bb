import type { Plugin } from 'graphql-yoga';
import { Deadline, withDeadline } from '../neo4j/deadline.js';

export interface DeadlineOptions {
  /** How long one GraphQL operation may take, Neo4j work included. @default 10000 */
  ms?: number;
}

/**
 * Gives each GraphQL operation a deadline. Every Neo4j read the operation
 * makes runs with the time left as its transaction timeout and is cut when
 * it passes (executor.ts), so the fields still waiting answer TIMEOUT and
 * the request ends by the deadline, whatever Neo4j does.
 */
export function useDeadline({ ms = 10_000 }: DeadlineOptions = {}): Plugin {
  return {
    instrumentation: {
      operation: (_payload, wrapped) => withDeadline(Deadline.after(ms), wrapped),
    },
  };
}
