import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, DEFAULT_MALLOC_MMAP_THRESHOLD } from './config.js';
import { bulkLoadDirectory } from './ingest/bulk-loader.js';
import type { Logger } from './logger.js';
import { type Neo4jConnection, resolveNeo4j } from './neo4j/connection.js';
import { createExecutor } from './neo4j/driver.js';
import type { Executor } from './neo4j/executor.js';
import { applySchema } from './neo4j/schema.js';
import { untilReachable } from './neo4j/until-reachable.js';
import { createMetrics, type Metrics } from './plugins/use-metrics.js';
import type { Tracing } from './plugins/use-tracing.js';
import { createApp } from './yoga.js';

export interface RunningServer {
  /** Where GraphQL answers, e.g. http://localhost:4000/graphql. */
  url: string;
  /**
   * Stops taking connections, lets requests in flight finish (for at most
   * SHUTDOWN_GRACE_MS), then closes the driver. Says how many requests it had
   * to cut when the grace ran out.
   */
  close(): Promise<{ cutRequests: number }>;
  /**
   * Resolves once the schema and the seeds are in place (then /ready may say
   * 200); rejects when they cannot be, for a reason waiting will not fix.
   */
  prepared: Promise<void>;
}

/**
 * Starts Accord: resolves Neo4j (starting the local one if nothing is
 * configured) and listens at once, so /health answers and /ready says 503
 * while Neo4j cannot be reached. In the background it applies the
 * constraints and loads the seed folder (a no-op for articles already
 * loaded), retrying with backoff until Neo4j answers; /ready says 200 after.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const connection = await resolveNeo4j({ config, logger, purpose: 'app' });
  const metrics = createMetrics();
  // Loaded only when OTEL_* variables turn tracing on.
  const tracing = config.tracing
    ? (await import('./plugins/use-tracing.js')).createTracing(config.tracing)
    : undefined;
  const executor = createExecutor(
    connection,
    config,
    logger,
    metrics.statement,
    tracing?.statements,
  );
  let ready = false;
  let server: Omit<RunningServer, 'prepared'>;
  try {
    server = await listen(config, logger, executor, connection, () => ready, metrics, tracing);
  } catch (error) {
    await executor.close();
    throw error;
  }
  const shutdown = new AbortController();
  const prepared = untilReachable(() => prepareGraph(executor, config, logger), {
    logger,
    what: 'preparing the graph',
    maxDelayMs: config.deadlines.startupRetryMaxMs,
    signal: shutdown.signal,
  }).then(() => {
    if (shutdown.signal.aborted) return;
    ready = true;
    logger.info('Accord is ready', { url: server.url });
  });
  return {
    url: server.url,
    prepared,
    close: () => {
      shutdown.abort();
      return server.close();
    },
  };
}

/** The constraints, and the seed folder when one is configured (articles the graph holds unchanged are skipped, edited ones reloaded). */
async function prepareGraph(executor: Executor, config: Config, logger: Logger): Promise<void> {
  if (config.server.seedsDir) {
    await bulkLoadDirectory(executor, config.server.seedsDir, logger, {
      batchSize: config.load.batchSize,
    });
  } else {
    await applySchema(executor, logger);
  }
}

async function listen(
  config: Config,
  logger: Logger,
  executor: Executor,
  connection: Neo4jConnection,
  prepared: () => boolean,
  metrics: Metrics,
  tracing: Tracing | undefined,
): Promise<Omit<RunningServer, 'prepared'>> {
  let draining = false;
  const app = createApp({
    executor,
    logger,
    draining: () => draining,
    prepared,
    deadlineMs: config.deadlines.requestMs,
    readyTimeoutMs: config.deadlines.readyMs,
    http: config.http,
    metrics,
    tracing: tracing?.plugin,
  });
  const server: Server = createServer(app);
  let inFlight = 0;
  server.on('request', (_request, response) => {
    inFlight += 1;
    response.once('close', () => {
      inFlight -= 1;
    });
    if (draining) response.setHeader('connection', 'close');
    // A keep-alive connection whose request was in flight when shutdown began
    // would otherwise hold the server open until it times out.
    response.once('finish', () => {
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.server.port, config.server.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const host = ['0.0.0.0', '::'].includes(config.server.host) ? 'localhost' : config.server.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  logger.info('Accord is listening', {
    url,
    graphiql: config.http.graphiql ? url : 'off',
    production: config.http.production,
    health: url.replace(/graphql$/, 'health'),
    tracing: config.tracing?.endpoint ?? 'off',
    metrics: config.http.metrics.enabled
      ? url.replace(/graphql$/, 'metrics') + (config.http.metrics.token ? ' (bearer token)' : '')
      : 'off',
    mallocMmapThreshold: config.memory.mallocMmapThreshold ?? 'glibc default',
  });
  if (config.http.production && config.memory.mallocMmapThreshold === undefined) {
    // `node dist/cli/serve.js` run by hand: request bodies will fragment the heap.
    logger.warn('MALLOC_MMAP_THRESHOLD_ is not set: memory taken under load will not all return', {
      suggested: DEFAULT_MALLOC_MMAP_THRESHOLD,
    });
  }

  let closing: Promise<{ cutRequests: number }> | undefined;
  const close = () => {
    closing ??= (async () => {
      logger.info('shutting down: finishing requests in flight', { requests: inFlight });
      draining = true;
      let cutRequests = 0;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => {
        cutRequests = inFlight;
        if (cutRequests > 0) {
          logger.error('shutdown grace ended: cutting requests in flight', {
            requests: cutRequests,
            graceMs: config.http.shutdownGraceMs,
          });
        }
        server.closeAllConnections();
      }, config.http.shutdownGraceMs);
      await stopped;
      clearTimeout(grace);
      await executor.close();
      await connection.release();
      await tracing?.shutdown();
      logger.info('stopped', { cutRequests });
      return { cutRequests };
    })();
    return closing;
  };
  return { url, close };
}

/**
 * Starts the server and stops it on SIGINT (Ctrl-C) or SIGTERM: exit 0 when
 * every request in flight finished, 1 when the grace ran out and some were cut.
 */
export async function serve(config: Config, logger: Logger): Promise<void> {
  const server = await startServer(config, logger);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      logger.info('signal received', { signal });
      server.close().then(
        ({ cutRequests }) => process.exit(cutRequests > 0 ? 1 : 0),
        (error: Error) => {
          logger.error('shutdown failed', { error });
          process.exit(1);
        },
      );
    });
  }
  // The graph is prepared in the background; a failure that waiting cannot
  // fix (a bad seed file, refused credentials) stops the server with it.
  await server.prepared.catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
}
