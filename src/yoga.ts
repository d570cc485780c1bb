import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { HttpConfig } from './config.js';
import { type Context, createContext } from './context.js';
import { corsOptions } from './http/cors.js';
import { DEFAULT_EXPLORER_DIR, explorerOperations } from './http/explorer-files.js';
import { type GraphiQLPage, graphiqlPage } from './http/graphiql-page.js';
import type { Logger } from './logger.js';
import type { Executor } from './neo4j/executor.js';
import { useBodyLimit } from './plugins/use-body-limit.js';
import { useCompiledExecution } from './plugins/use-compiled-execution.js';
import { useConcurrencyLimit } from './plugins/use-concurrency-limit.js';
import { useDeadline } from './plugins/use-deadline.js';
import { useExplorer } from './plugins/use-explorer.js';
import { useIntrospectionOff } from './plugins/use-introspection-off.js';
import { type Metrics, useMetrics } from './plugins/use-metrics.js';
import { useNeo4jReadiness } from './plugins/use-neo4j-readiness.js';
import { useQueryLimits } from './plugins/use-query-limits.js';
import { requestIdOf, useRequestId } from './plugins/use-request-id.js';
import { useRequestLog } from './plugins/use-request-log.js';
import { useSecurityHeaders } from './plugins/use-security-headers.js';
import { useTransportPolicy } from './plugins/use-transport-policy.js';
import { maskError } from './schema/errors.js';
import { schema } from './schema/index.js';

export interface AppOptions {
  /** How the API reads Neo4j. */
  executor: Pick<Executor, 'query' | 'read' | 'ping'>;
  logger: Logger;
  /** True once the server is shutting down: /ready then answers 503 so traffic moves away. */
  draining?: () => boolean;
  /**
   * Limits, CORS, GraphiQL, introspection and persisted operations (config.http).
   * Each one left out keeps the open, development behaviour: no body cap or
   * concurrency limit beyond yoga's, GraphiQL and introspection on, GET
   * queries, any origin (without credentials).
   */
  http?: Partial<HttpConfig>;
  /** Where the app counts requests and the executor statements; /metrics serves them unless http.metrics is off. @default no /metrics */
  metrics?: Metrics;
  /** OpenTelemetry's GraphQL plugin, when tracing is on (plugins/use-tracing.ts). @default none */
  tracing?: Plugin | undefined;
  /** False until the schema and seeds are in place: /ready answers 503 until then. */
  prepared?: () => boolean;
  /** Each GraphQL operation's deadline (REQUEST_DEADLINE_MS). @default 10000 */
  deadlineMs?: number;
  /** How long /ready waits for Neo4j (READY_TIMEOUT_MS). @default 1000 */
  readyTimeoutMs?: number;
  /** Where the explorer's built bundle is (tests build their own). @default dist/explorer */
  explorerDir?: string;
  /**
   * Operations run as functions graphql-jit compiled for them
   * (plugins/use-compiled-execution.ts); false runs them through graphql-js,
   * as tests that compare the two do. @default true
   */
  compiledExecution?: boolean;
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

const GRAPHIQL_OPTIONS = { title: 'Accord', defaultQuery: GRAPHIQL_QUERY };

/** GraphiQL's page (9 MB, hashed for its CSP) is the same for every app: rendered once per process. */
let graphiqlOnce: GraphiQLPage | undefined;
function accordGraphiQL(): GraphiQLPage {
  graphiqlOnce ??= graphiqlPage(GRAPHIQL_OPTIONS);
  return graphiqlOnce;
}

/**
 * The GraphQL app: schema, per-request context, error masking, health
 * (`/health`) and readiness (`/ready`), and the HTTP policy of `http`. It
 * does not listen; server.ts does, and tests call `app.fetch` directly.
 */
export function createApp({
  executor,
  logger,
  draining,
  http = {},
  metrics,
  tracing,
  prepared,
  deadlineMs,
  readyTimeoutMs,
  explorerDir,
  compiledExecution = true,
}: AppOptions): YogaServerInstance<object, Context> {
  const detailed = !http.production;
  const graphiql = http.graphiql === false ? undefined : accordGraphiQL();
  return createYoga<object, Context>({
    schema,
    // Every line a request logs carries its id, which the response's x-request-id header gives back.
    context: ({ request }) =>
      createContext(executor, logger.child({ requestId: requestIdOf(request) })),
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? GRAPHIQL_OPTIONS : false,
    // Rendered once (graphiql-page.ts: inlined from the installed package, no
    // CDN), so that its Content-Security-Policy hashes exactly what is served.
    renderGraphiQL: () => graphiql?.html ?? '',
    landingPage: false,
    cors: corsOptions(http.corsOrigins ?? '*'),
    // Batching stays off (yoga's default): one request, one operation.
    batching: false,
    multipart: false,
    // useBodyLimit below replaces yoga's cap (25 MB) when a cap is configured.
    maxRequestBodySize: http.maxBodyBytes === undefined ? undefined : false,
    maskedErrors: { maskError },
    logging: {
      debug: (...args) => logger.debug('yoga', { args }),
      info: (...args) => logger.info('yoga', { args }),
      warn: (...args) => logger.warn('yoga', { args }),
      error: (...args) => logger.error('yoga', { args }),
    },
    plugins: [
      useRequestId(),
      useSecurityHeaders(graphiql ? { htmlPolicy: graphiql.csp } : {}),
      useExplorer({ dir: explorerDir, graphiql: !!graphiql }),
      useNeo4jReadiness({ executor, draining, prepared, timeoutMs: readyTimeoutMs }),
      useTransportPolicy({ getQueries: http.getQueries ?? true }),
      http.maxBodyBytes !== undefined && useBodyLimit({ maxBytes: http.maxBodyBytes, detailed }),
      http.introspection === false && useIntrospectionOff(),
      // Before the limiter: a document refused here takes no slot.
      // The explorer's own operations are trusted too: its page works where only those run.
      http.persistedOperations &&
        usePersistedOperationsFrom(
          {
            ...explorerOperations(explorerDir ?? DEFAULT_EXPLORER_DIR),
            ...http.persistedOperations,
          },
          http.persistedOnly ?? false,
        ),
      http.maxConcurrentRequests !== undefined &&
        useConcurrencyLimit({
          maxConcurrent: http.maxConcurrentRequests,
          maxQueued: http.maxQueuedRequests ?? 0,
          detailed,
        }),
      useQueryLimits({ production: http.production ?? false }),
      useDeadline({ ms: deadlineMs }),
      useRequestLog(),
      compiledExecution && useCompiledExecution({ logger }),
      tracing,
      ...(metrics && http.metrics?.enabled !== false
        ? useMetrics({ metrics, token: http.metrics?.token })
        : []),
    ].filter((plugin): plugin is Plugin<Context> => !!plugin),
  });
}

/**
 * Trusted documents: a client sends `extensions.persistedQuery.sha256Hash`
 * (by POST, or by GET with `extensions` in the query string) instead of the
 * query. With `only`, nothing else runs.
 */
function usePersistedOperationsFrom(
  operations: Record<string, string>,
  only: boolean,
): Plugin<Context> {
  const refused = (message: string, code: string) => () =>
    createGraphQLError(message, { extensions: { code, http: { status: 400 } } });
  // A request naming a listed id runs the listed document, whatever text it
  // also sends (the explorer sends both, to run on open and locked-down
  // servers alike); without this, PERSISTED_ONLY refuses any request with a query.
  const idWins: Plugin<Context> = {
    onParams({ params, setParams }) {
      const id = (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)
        ?.sha256Hash;
      if (params.query && typeof id === 'string' && Object.hasOwn(operations, id)) {
        setParams({ ...params, query: undefined });
      }
    },
  };
  const persisted = usePersistedOperations<Context>({
    getPersistedOperation: (id) => (Object.hasOwn(operations, id) ? operations[id] : null) ?? null,
    allowArbitraryOperations: !only,
    customErrors: {
      notFound: ({ params }) => {
        const id = String(
          (params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash,
        );
        return refused(
          `No persisted operation has the id ${JSON.stringify(id.slice(0, 80))} (extensions.persistedQuery.sha256Hash).`,
          'PERSISTED_QUERY_NOT_FOUND',
        )();
      },
      keyNotFound: refused(
        'Send a persisted operation: extensions.persistedQuery { version: 1, sha256Hash } naming one.',
        'PERSISTED_QUERY_ID_REQUIRED',
      ),
      persistedQueryOnly: refused(
        'Only persisted operations run here (PERSISTED_ONLY=true): send extensions.persistedQuery.sha256Hash instead of a query.',
        'PERSISTED_QUERY_ONLY',
      ),
    },
  });
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(idWins);
      addPlugin(persisted);
    },
  };
}
