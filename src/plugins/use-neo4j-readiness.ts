import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../neo4j/executor.js';

export interface Neo4jReadinessOptions {
  /** The executor whose database must answer. */
  executor: Pick<Executor, 'query' | 'read'>;
  /** Where the check answers. @default '/ready' */
  endpoint?: string;
}

/** `/ready`: 200 while Neo4j answers a trivial read, 503 while it cannot be reached. */
export function useNeo4jReadiness({ executor, endpoint = '/ready' }: Neo4jReadinessOptions) {
  return useReadinessCheck({
    endpoint,
    check: async () => {
      try {
        await executor.query({ cypher: 'RETURN 1 AS ok' });
        return true;
      } catch {
        return false;
      }
    },
  });
}
