import { z } from 'zod';
import { readPersistedOperations } from './http/persisted-operations.js';

/**
 * The one reader of process.env. Everything is parsed and checked here, all
 * problems are reported together, and the rest of the code receives a typed
 * object.
 */

const port = z.coerce.number().int().min(1).max(65535);
const boolean = z.enum(['true', 'false']).transform((v) => v === 'true');
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

/**
 * The malloc mmap threshold `npm start` and the Dockerfile give Accord (in
 * bytes). Without it glibc raises the threshold as large buffers are freed,
 * request bodies (the sockets' read buffers and the HTTP parser's copies of
 * body chunks) then come from the main heap, and the heap, fragmented, keeps
 * tens of MB after a load (README, "Memory").
 */
export const DEFAULT_MALLOC_MMAP_THRESHOLD = 8_192;
/** glibc's largest accepted value on 64-bit (half of its 64 MiB heap); it ignores larger ones. */
const MAX_MALLOC_MMAP_THRESHOLD = 33_554_432;

const EnvSchema = z.object({
  NEO4J_URI: optional(
    z
      .string()
      .regex(
        /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/,
        'must be a Neo4j URI such as bolt://host:7687, neo4j://host or neo4j+s://host',
      ),
  ),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: optional(z.string().min(1)),
  NEO4J_DATABASE: optional(z.string().regex(/^[A-Za-z0-9.\-_]+$/, 'must be a database name')),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_LOCAL_DIR: z.string().min(1).default('.neo4j'),
  NEO4J_LOCAL_HEAP: z
    .string()
    .regex(/^\d+[mMgG]$/, 'must be a JVM size such as 512m or 2g')
    .default('1g'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** The API's port; 0 picks a free one (the log says which). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** The interface the API listens on: localhost by default, 0.0.0.0 in a container. */
  HOST: z.string().min(1).default('localhost'),
  /** The folder `npm start` loads before serving. */
  SEEDS_DIR: z.string().min(1).default('seeds'),
  /** Whether `npm start` loads SEEDS_DIR before serving (a no-op for articles already loaded). */
  LOAD_SEEDS: z.enum(['true', 'false']).default('true'),
  /** Articles per transaction when loading (`npm start`, and `npm run seed` unless --batch). */
  LOAD_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(200),
  LOG_FORMAT: optional(z.enum(['json', 'pretty'])),
  /** Lets the integration tests empty a non-empty database at NEO4J_URI. */
  NEO4J_TEST_WIPE: optional(z.enum(['yes'])),

  // The HTTP layer (issue 8). NODE_ENV=production changes the defaults of the
  // switches below; each one set explicitly wins.
  NODE_ENV: optional(z.string()),
  /** Largest request body in bytes; a larger one gets 413 before it is read whole. */
  MAX_BODY_BYTES: z.coerce.number().int().min(1_024).max(100_000_000).default(102_400),
  /** GraphQL requests executing at once; the others wait in the queue. */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(10_000).default(32),
  /** Requests waiting for a slot; past it, 503 with Retry-After. 0: no queue. */
  MAX_QUEUED_REQUESTS: z.coerce.number().int().min(0).max(100_000).default(100),
  /** How long shutdown waits for requests in flight before cutting them (then exit 1). */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  GRAPHIQL: optional(boolean),
  INTROSPECTION: optional(boolean),
  /** Queries sent as GET (persisted operations may always use GET). */
  GET_QUERIES: optional(boolean),
  /** Origins allowed to call the API from a browser, comma-separated, or `*` for any (never with credentials). */
  CORS_ORIGINS: optional(
    z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== ''),
      )
      .pipe(
        z.array(
          z
            .string()
            .regex(
              /^(\*|https?:\/\/[^\s/,]+)$/,
              'must be `*` or a comma-separated list of origins such as https://dash.example.com (scheme, host and port, no path)',
            ),
        ),
      ),
  ),
  /** A JSON file mapping operation ids (sha256 hashes) to GraphQL documents. */
  PERSISTED_OPERATIONS_FILE: optional(z.string().min(1)),
  /** Only the operations of PERSISTED_OPERATIONS_FILE run. */
  PERSISTED_ONLY: optional(boolean),
  /** /metrics in Prometheus format; in production only with METRICS_TOKEN, unless set explicitly. */
  METRICS: optional(boolean),
  // OpenTelemetry's standard variables: tracing is on when an OTLP endpoint is named.
  /** The OTLP/HTTP endpoint for traces, whole (`http://collector:4318/v1/traces`). */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: optional(z.url()),
  /** The OTLP/HTTP base endpoint (`http://collector:4318`); traces go to its /v1/traces. */
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url()),
  OTEL_SERVICE_NAME: z.string().min(1).default('accord'),
  OTEL_SDK_DISABLED: optional(boolean),
  /** `none` turns traces off; `otlp` (the default) is the only exporter Accord has. */
  OTEL_TRACES_EXPORTER: optional(z.enum(['otlp', 'none'])),
  /** When set, /metrics answers only to `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optional(z.string().min(16, 'must be at least 16 characters')),
  // Deadlines and faults (issue 8).
  /** Each API request's deadline: its Neo4j work is cancelled and it answers TIMEOUT past it. */
  REQUEST_DEADLINE_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** How long /ready waits for Neo4j before answering 503. */
  READY_TIMEOUT_MS: z.coerce.number().int().min(50).max(10_000).default(1_000),
  /** The driver's timeout to open a connection; below REQUEST_DEADLINE_MS. @default min(3000, deadline / 2) */
  NEO4J_CONNECTION_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)),
  /** How long a request waits for a pooled connection; below REQUEST_DEADLINE_MS. @default min(5000, deadline / 2) */
  NEO4J_ACQUISITION_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(600_000)),
  /** The longest pause between attempts to reach Neo4j at start (the backoff doubles up to it). */
  NEO4J_STARTUP_RETRY_MAX_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  // Memory. glibc reads this one itself, at the process's start (so `npm start`
  // and the Dockerfile set it, not this file); it is checked here because glibc
  // ignores a bad value without a word.
  /** Allocations of this many bytes or more get their own mapping, returned to the system when freed. */
  MALLOC_MMAP_THRESHOLD_: optional(
    z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_MALLOC_MMAP_THRESHOLD, 'must be at most 33554432 (glibc ignores larger values)'),
  ),
});

export type Env = z.infer<typeof EnvSchema>;

/** Password used by the local Neo4j the project runs for itself (loopback only). */
export const LOCAL_NEO4J_PASSWORD = 'accord-local';

export interface Config {
  neo4j: {
    /** Set when NEO4J_URI is given: use that server and start nothing. */
    external: { uri: string; username: string; password: string } | undefined;
    database: string | undefined;
    txTimeoutMs: number;
    local: { port: number; dir: string; heap: string; password: string };
    /** Whether the integration tests may empty a database at NEO4J_URI that holds data. */
    testsMayWipe: boolean;
  };
  log: { level: Env['LOG_LEVEL']; format: 'json' | 'pretty' };
  server: {
    port: number;
    host: string;
    /** The folder loaded before serving; undefined when LOAD_SEEDS=false. */
    seedsDir: string | undefined;
  };
  load: {
    /** Articles per transaction of the bulk loader. */
    batchSize: number;
  };
  /** Deadlines and faults: how long the API waits for Neo4j, and how it waits for it at start. */
  deadlines: {
    /** Each API request's deadline. */
    requestMs: number;
    /** /ready's wait for Neo4j. */
    readyMs: number;
    /** The driver's connection timeout, below requestMs. */
    connectionMs: number;
    /** The driver's wait for a pooled connection, below requestMs. */
    acquisitionMs: number;
    /** The longest pause between attempts to reach Neo4j at start. */
    startupRetryMaxMs: number;
  };
  http: HttpConfig;
  /** How the process was started, as far as memory goes (for the start-up log). */
  memory: {
    /** MALLOC_MMAP_THRESHOLD_ as glibc read it at start; undefined: glibc's dynamic default. */
    mallocMmapThreshold: number | undefined;
  };
  /** OpenTelemetry tracing, when OTEL_* variables name an endpoint; undefined when off. */
  tracing: TracingConfig | undefined;
}

export interface TracingConfig {
  /** Where spans are posted (OTLP/HTTP, JSON). */
  endpoint: string;
  serviceName: string;
}

/** How the API meets browsers and load: limits, CORS, GraphiQL, introspection, persisted operations. */
export interface HttpConfig {
  /** NODE_ENV=production: the defaults below are the closed ones. */
  production: boolean;
  maxBodyBytes: number;
  maxConcurrentRequests: number;
  maxQueuedRequests: number;
  shutdownGraceMs: number;
  graphiql: boolean;
  introspection: boolean;
  /** Queries may come as GET; persisted operations always may. */
  getQueries: boolean;
  /** Browser origins allowed (never with credentials): `*` for any, [] for none. */
  corsOrigins: '*' | string[];
  /** Trusted documents by id, from PERSISTED_OPERATIONS_FILE. */
  persistedOperations: Record<string, string> | undefined;
  /** Only persisted operations run. */
  persistedOnly: boolean;
  /** /metrics: served or not, and the bearer token it asks for (none: open). */
  metrics: { enabled: boolean; token: string | undefined };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses an environment (process.env by default); throws one ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = (parsed.success ? [] : parsed.error.issues).map((issue) => {
    const name = String(issue.path[0] ?? '?');
    return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
  });
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
    problems.push('  NEO4J_PASSWORD="": required when NEO4J_URI is set');
  }
  // Read even when other variables are wrong, so that every problem is named at once.
  const persisted = env.PERSISTED_OPERATIONS_FILE
    ? readPersistedOperations(env.PERSISTED_OPERATIONS_FILE)
    : undefined;
  if (persisted && 'problem' in persisted) {
    problems.push(
      `  PERSISTED_OPERATIONS_FILE=${JSON.stringify(env.PERSISTED_OPERATIONS_FILE)}: ${persisted.problem}`,
    );
  }
  if (env.PERSISTED_ONLY === 'true' && !env.PERSISTED_OPERATIONS_FILE) {
    problems.push('  PERSISTED_OPERATIONS_FILE="": required when PERSISTED_ONLY=true');
  }
  if (parsed.success) problems.push(...deadlineProblems(parsed.data));
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      external: e.NEO4J_URI
        ? { uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD ?? '' }
        : undefined,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      local: {
        port: e.NEO4J_LOCAL_PORT,
        dir: e.NEO4J_LOCAL_DIR,
        heap: e.NEO4J_LOCAL_HEAP,
        password: LOCAL_NEO4J_PASSWORD,
      },
      testsMayWipe: e.NEO4J_TEST_WIPE === 'yes',
    },
    log: {
      level: e.LOG_LEVEL,
      format: e.LOG_FORMAT ?? (process.stderr.isTTY ? 'pretty' : 'json'),
    },
    server: {
      port: e.PORT,
      host: e.HOST,
      seedsDir: e.LOAD_SEEDS === 'true' ? e.SEEDS_DIR : undefined,
    },
    load: { batchSize: e.LOAD_BATCH_SIZE },
    deadlines: {
      requestMs: e.REQUEST_DEADLINE_MS,
      readyMs: e.READY_TIMEOUT_MS,
      ...driverTimeouts(e),
      startupRetryMaxMs: e.NEO4J_STARTUP_RETRY_MAX_MS,
    },
    http: httpConfig(e, persisted && 'operations' in persisted ? persisted.operations : undefined),
    memory: { mallocMmapThreshold: e.MALLOC_MMAP_THRESHOLD_ },
    tracing: tracingConfig(e),
  };
}

/** Production closes what a developer wants open; each switch set explicitly wins. */
function httpConfig(e: Env, persistedOperations: Record<string, string> | undefined): HttpConfig {
  const production = e.NODE_ENV === 'production';
  return {
    production,
    maxBodyBytes: e.MAX_BODY_BYTES,
    maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS,
    maxQueuedRequests: e.MAX_QUEUED_REQUESTS,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? !production,
    getQueries: e.GET_QUERIES ?? !production,
    corsOrigins: e.CORS_ORIGINS?.includes('*') ? '*' : (e.CORS_ORIGINS ?? (production ? [] : '*')),
    persistedOperations,
    persistedOnly: e.PERSISTED_ONLY ?? false,
    // In production, metrics are not for anyone who can reach the port.
    metrics: {
      enabled: e.METRICS ?? (!production || e.METRICS_TOKEN !== undefined),
      token: e.METRICS_TOKEN,
    },
  };
}

/** The driver's timeouts: as given, or derived from the deadline so that a failure to connect is reported before it. */
function driverTimeouts(e: Env) {
  const half = Math.floor(e.REQUEST_DEADLINE_MS / 2);
  return {
    connectionMs: e.NEO4J_CONNECTION_TIMEOUT_MS ?? Math.min(3_000, half),
    acquisitionMs: e.NEO4J_ACQUISITION_TIMEOUT_MS ?? Math.min(5_000, half),
  };
}

/** A driver timeout at or past the deadline would turn a 503 the caller can act on into a TIMEOUT. */
function deadlineProblems(e: Env): string[] {
  return (['NEO4J_CONNECTION_TIMEOUT_MS', 'NEO4J_ACQUISITION_TIMEOUT_MS'] as const)
    .filter((name) => (e[name] ?? 0) >= e.REQUEST_DEADLINE_MS)
    .map(
      (name) =>
        `  ${name}=${JSON.stringify(String(e[name]))}: must be below REQUEST_DEADLINE_MS (${e.REQUEST_DEADLINE_MS})`,
    );
}

/** OpenTelemetry's rules: the traces endpoint wins over the base one; OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none turn it off. */
function tracingConfig(e: Env): TracingConfig | undefined {
  if (e.OTEL_SDK_DISABLED || e.OTEL_TRACES_EXPORTER === 'none') return undefined;
  const endpoint =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ??
    (e.OTEL_EXPORTER_OTLP_ENDPOINT &&
      `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`);
  return endpoint ? { endpoint, serviceName: e.OTEL_SERVICE_NAME } : undefined;
}
