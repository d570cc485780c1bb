import { useReadinessCheck } from 'graphql-yoga';
import type { Executor } from '../neo4j/executor.js';

export interface Neo4jReadinessOptions {
  /** The executor whose database must answer. */
  executor: Pick<Executor, 'ping'>;
  /** Where the check answers. @default '/ready' */
  endpoint?: string;
  /** True while the server shuts down: not ready, whatever Neo4j says. @default () => false */
  draining?: (() => boolean) | undefined;
  /** False until the schema and the seeds are in place: not ready, whatever Neo4j says. @default () => true */
  prepared?: (() => boolean) | undefined;
  /** How long to wait for Neo4j's answer before saying 503. @default 1000 */
  timeoutMs?: number;
}

/**
 * `/ready`: 200 while Neo4j answers, 503 while it cannot be reached, does not
 * answer within timeoutMs (a frozen server would otherwise hold the probe),
 * or the graph is still being prepared. Checked afresh on each call.
 */
export function useNeo4jReadiness({
  executor,
  endpoint = '/ready',
  draining = () => false,
  prepared = () => true,
  timeoutMs = 1_000,
}: Neo4jReadinessOptions) {
  return useReadinessCheck({
    endpoint,
    check: async () => {
      if (draining() || !prepared()) return false;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const answered = executor.ping(timeoutMs).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answered, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  });
}
