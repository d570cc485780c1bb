import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../neo4j/executor.js';

export interface Neo4jReadinessOptions {
  /** The executor whose database must answer. */
  executor: Pick<Executor, 'ping'>;
  /** Where the check answers. @default '/ready' */
  endpoint?: string;
  /** True while the server shuts down: not ready, whatever Neo4j says. @default () => false */
  draining?: (() => boolean) | undefined;
}

/** `/ready`: 200 while Neo4j answers, 503 while it cannot be reached (checked afresh on each call). */
export function useNeo4jReadiness({
  executor,
  endpoint = '/ready',
  draining = () => false,
}: Neo4jReadinessOptions) {
  return useReadinessCheck({
    endpoint,
    check: async () => {
      if (draining()) return false;
      try {
        await executor.ping();
        return true;
      } catch {
        return false;
      }
    },
  });
}
