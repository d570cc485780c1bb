import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContext } from './context.js';
import type { Logger } from './logger.js';
import type { Executor } from './neo4j/executor.js';
import { useDeadline } from './plugins/use-deadline.js';
import { useNeo4jReadiness } from './plugins/use-neo4j-readiness.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { maskError } from './schema/errors.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** How the API reads Neo4j. */
  executor: Pick<Executor, 'query' | 'read' | 'ping'>;
  logger: Logger;
  /** True once the server is shutting down: /ready then answers 503 so traffic moves away. */
  draining?: () => boolean;
  /** False until the schema and seeds are in place: /ready answers 503 until then. */
  prepared?: () => boolean;
  /** Each GraphQL operation's deadline (REQUEST_DEADLINE_MS). @default 10000 */
  deadlineMs?: number;
  /** How long /ready waits for Neo4j (READY_TIMEOUT_MS). @default 1000 */
  readyTimeoutMs?: number;
}

/** The query GraphiQL opens with: the first question analysts ask. */
const GRAPHIQL_QUERY = `# Who are Bolloré's partners, and under what agreement?
query BolloresPartners {
  company(name: "bollore") {
    name
    partners {
      company { name }
      kind
      partnership { name signedOn scope }
      evidence { quote article { title publishedOn authorName } }
    }
  }
}
`;

/**
 * The GraphQL app: schema, per-request context, error masking, health
 * (`/health`) and readiness (`/ready`). It does not listen; server.ts does,
 * and tests call `app.fetch` directly.
 */
export function createApp({
  executor,
  logger,
  draining,
  prepared,
  deadlineMs,
  readyTimeoutMs,
}: AppOptions): YogaServerInstance<object, Context> {
  return createYoga<object, Context>({
    schema,
    context: () => createContext(executor, logger),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Accord', defaultQuery: GRAPHIQL_QUERY },
    landingPage: false,
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug('yoga', { args }),
      info: (...args) => logger.info('yoga', { args }),
      warn: (...args) => logger.warn('yoga', { args }),
      error: (...args) => logger.error('yoga', { args }),
    },
    plugins: [
      useNeo4jReadiness({ executor, draining, prepared, timeoutMs: readyTimeoutMs }),
      useDeadline({ ms: deadlineMs }),
      useRequestLog({ logger }),
    ],
  });
}
