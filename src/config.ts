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
  };
}
