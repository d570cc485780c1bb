import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { beforeAll } from 'vitest';
import { loadDirectory } from '../../src/ingest/loader.js';
import { silentLogger } from '../../src/logger.js';
import { createApp } from '../../src/yoga.js';
import { useTestDatabase } from './neo4j.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** What the driver was asked to do: sessions opened and statements run. */
export interface DriverCalls {
  sessions: number;
  statements: number;
}

/**
 * The API in-process (`app.fetch`, no port) over the test database with the
 * seed articles loaded, and a count of the driver calls each request makes.
 */
export function useSeededApi(seedDirs: string[] = ['seeds']) {
  const db = useTestDatabase();
  const calls: DriverCalls = { sessions: 0, statements: 0 };
  let app: ReturnType<typeof createApp> | undefined;

  beforeAll(async () => {
    const executor = await db.reset();
    for (const dir of seedDirs) await loadDirectory(executor, dir, silentLogger);
    countDriverCalls(executor.driver, calls);
    app = createApp({ executor, logger: silentLogger });
  });

  /** Posts a GraphQL document and returns the status and parsed body. */
  async function graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    if (!app) throw new Error('useSeededApi: the app is created in beforeAll');
    const response = await app.fetch('http://accord.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }

  /** Runs a query and returns its data, failing with the errors if there are any. */
  async function data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await graphql<T>(query, variables);
    if (result.errors || result.status !== 200) {
      throw new Error(`GraphQL errors (${result.status}): ${JSON.stringify(result.errors)}`);
    }
    return result.data as T;
  }

  /** The driver calls a function makes. */
  async function countCalls(work: () => Promise<unknown>): Promise<DriverCalls> {
    const before = { ...calls };
    await work();
    return {
      sessions: calls.sessions - before.sessions,
      statements: calls.statements - before.statements,
    };
  }

  return { graphql, data, countCalls, db, app: () => app };
}

/** Wraps the driver so that every session opened and every statement run is counted. */
function countDriverCalls(driver: Driver, calls: DriverCalls): void {
  const openSession = driver.session.bind(driver);
  driver.session = (config) => {
    const session: Session = openSession(config);
    calls.sessions += 1;
    const counted = <T extends Pick<ManagedTransaction, 'run'>>(tx: T): T => {
      const wrapped = Object.create(tx) as T;
      wrapped.run = ((...args: Parameters<ManagedTransaction['run']>) => {
        calls.statements += 1;
        return tx.run(...args);
      }) as ManagedTransaction['run'];
      return wrapped;
    };
    const executeRead = session.executeRead.bind(session);
    session.executeRead = (work, config) => executeRead((tx) => work(counted(tx)), config);
    // One statement under a request's deadline runs in an auto-commit
    // transaction; several, in an explicit one (executor.ts).
    const run = session.run.bind(session);
    session.run = ((...args: Parameters<Session['run']>) => {
      calls.statements += 1;
      return run(...args);
    }) as Session['run'];
    const beginTransaction = session.beginTransaction.bind(session);
    session.beginTransaction = ((config) =>
      beginTransaction(config).then(counted)) as Session['beginTransaction'];
    return session;
  };
}
