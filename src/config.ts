import { z } from 'zod';

/**
 * The one reader of process.env. Everything is parsed and checked here, all
 * problems are reported together, and the rest of the code receives a typed
 * object.
 */

const port = z.coerce.number().int().min(1).max(65535);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

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
