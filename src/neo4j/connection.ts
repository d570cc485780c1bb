import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import {
  localNeo4jStatus,
  removeLocalNeo4jData,
  startLocalNeo4j,
  stopLocalNeo4j,
  sweepThrowawayInstances,
} from './local/local-neo4j.js';

/** Where Neo4j is, and how to let go of it when the caller is done. */
export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
  /** external: NEO4J_URI; testcontainers: a container of this run; local: the Maven-fetched DBMS. */
  source: 'external' | 'testcontainers' | 'local';
  /** Stops what this call started (a container, a local instance started for tests); a no-op otherwise. */
  release(): Promise<void>;
}

export const NEO4J_IMAGE = 'neo4j:5.26-community';

export interface ResolveOptions {
  config: Config;
  logger: Logger;
  /**
   * app: the loader and the server, which use the long-lived local instance
   * "dev" on NEO4J_LOCAL_PORT and leave it running.
   * test, bench: a Testcontainers container when a Docker engine answers,
   * otherwise a throwaway local instance (`test-<pid>`) on a free port, both
   * stopped and deleted by release(), so they never touch the data of "dev".
   */
  purpose: 'app' | 'test' | 'bench';
}

/**
 * The one place that decides which Neo4j Accord talks to, in this order:
 * NEO4J_URI when set; in tests and benchmarks, a Testcontainers Neo4j when a
 * Docker engine answers; otherwise the local Neo4j, started if it is not running.
 */
export async function resolveNeo4j({
  config,
  logger,
  purpose,
}: ResolveOptions): Promise<Neo4jConnection> {
  const { external, database, local } = config.neo4j;
  if (external) {
    logger.info('using Neo4j from NEO4J_URI', { uri: external.uri });
    return { ...external, database, source: 'external', release: async () => {} };
  }

  const throwaway = purpose !== 'app';
  if (throwaway && (await dockerEngineAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    logger.info('starting Neo4j with Testcontainers', { image: NEO4J_IMAGE });
    const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(local.password).start();
    return {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      database,
      source: 'testcontainers',
      release: async () => {
        await container.stop();
      },
    };
  }

  // A throwaway instance belongs to this process, so concurrent runs never share one.
  if (throwaway) await sweepThrowawayInstances(local.dir, logger);
  const instance = throwaway ? `${purpose}-${process.pid}` : 'dev';
  const handle = await startLocalNeo4j({
    dir: local.dir,
    instance,
    port: throwaway ? 0 : local.port,
    heap: local.heap,
    password: local.password,
    logger,
  });
  const stopOnRelease = throwaway && handle.started;
  return {
    uri: handle.uri,
    username: handle.username,
    password: handle.password,
    database,
    source: 'local',
    release: async () => {
      if (!stopOnRelease) return;
      await stopLocalNeo4j({ dir: local.dir, instance, logger });
      // Throwaway data: the next run starts from an empty database.
      removeLocalNeo4jData({ dir: local.dir, instance });
    },
  };
}

/** True when a Docker (or compatible) engine answers; the docker client alone is not enough. */
async function dockerEngineAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/**
 * A Neo4j that is already there, without starting one: NEO4J_URI when set,
 * else the local "dev" instance when it runs. For tools that can do without
 * the graph (`npm run draft`); whether it answers is for the caller to find.
 */
export function runningNeo4j(config: Config): Neo4jConnection | undefined {
  const { external, database, local } = config.neo4j;
  if (external) return { ...external, database, source: 'external', release: async () => {} };
  const status = localNeo4jStatus({ dir: local.dir, instance: 'dev' });
  if (!status) return undefined;
  return {
    uri: status.uri,
    username: 'neo4j',
    password: local.password,
    database,
    source: 'local',
    release: async () => {},
  };
}
