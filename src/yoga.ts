import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { type Context, createContext } from './context.js';
import type { Logger } from './logger.js';
import type { Executor } from './neo4j/executor.js';
import { useNeo4jReadiness } from './plugins/use-neo4j-readiness.js';
import { useQueryLimits } from './plugins/use-query-limits.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { maskError } from './schema/errors.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** How the API reads Neo4j. */
  executor: Pick<Executor, 'query' | 'read' | 'ping'>;
  logger: Logger;
  /** True once the server is shutting down: /ready then answers 503 so traffic moves away. */
  draining?: () => boolean;
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
}: AppOptions): YogaServerInstance<object, Context> {
  return createYoga<object, Context>({
    schema,
    context: () => createContext(executor, logger),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Accord', defaultQuery: GRAPHIQL_QUERY },
    // GraphiQL's scripts and styles inlined from the installed package, never
    // from a CDN: it works behind a proxy or offline.
    renderGraphiQL,
    landingPage: false,
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug('yoga', { args }),
      info: (...args) => logger.info('yoga', { args }),
      warn: (...args) => logger.warn('yoga', { args }),
      error: (...args) => logger.error('yoga', { args }),
    },
    plugins: [
      useNeo4jReadiness({ executor, draining }),
      useRequestLog({ logger }),
      useQueryLimits(),
    ],
  });
}
