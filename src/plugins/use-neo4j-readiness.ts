import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../neo4j/executor.js';

export interface Neo4jReadinessOptions {
  /** The executor whose database must answer. */
  executor: Pick<Executor, 'ping'>;
  /** Where the check answers. @default '/ready' */
  endpoint?: string;
}

/** `/ready`: 200 while Neo4j answers, 503 while it cannot be reached (checked afresh on each call). */
export function useNeo4jReadiness({ executor, endpoint = '/ready' }: Neo4jReadinessOptions) {
  return useReadinessCheck({
    endpoint,
    check: async () => {
      try {
        await executor.ping();
        return true;
      } catch {
        return false;
      }
    },
  });
}
