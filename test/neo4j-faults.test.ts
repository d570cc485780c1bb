import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import {
  isUnreachable,
  mapNeo4jError,
  Neo4jRefusedError,
  Neo4jUnavailableError,
  TransactionTimeoutError,
} from '../src/neo4j/errors.js';
import { Executor } from '../src/neo4j/executor.js';
import { untilReachable } from '../src/neo4j/until-reachable.js';
import { createApp } from '../src/yoga.js';

/** Driver errors as the driver raises them (message and code), without a database. */
const driverError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

const POOL_FULL = driverError(
  'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
  'N/A',
);

describe('which driver errors mean "Neo4j cannot serve now"', () => {
  it.each([
    ['a full pool', POOL_FULL],
    [
      'a refused connection',
      driverError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'),
    ],
    ['a connect timeout', driverError('Connection timeout after 3000 ms', 'N/A')],
    ['an expired session', driverError('No longer possible to write to server', 'SessionExpired')],
    [
      'a database starting',
      driverError('Database unavailable', 'Neo.TransientError.General.DatabaseUnavailable'),
    ],
    ['a deadlock', driverError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected')],
    ['a failing database', driverError('disk', 'Neo.DatabaseError.General.UnknownError')],
  ])('%s is unavailability, which waiting may fix', (_what, error) => {
    const mapped = mapNeo4jError(error, 'bolt://db:7687');
    expect(mapped).toBeInstanceOf(Neo4jUnavailableError);
    expect(isUnreachable(mapped)).toBe(true);
  });

  it('refused credentials are unavailability too, but waiting will not fix them', () => {
    const mapped = mapNeo4jError(
      driverError('bad credentials', 'Neo.ClientError.Security.Unauthorized'),
      'bolt://db:7687',
    );
    expect(mapped).toBeInstanceOf(Neo4jRefusedError);
    expect(isUnreachable(mapped)).toBe(false);
  });

  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    'Neo.ClientError.Transaction.Terminated',
    'Neo.TransientError.Transaction.LockClientStopped',
  ])('%s is a timeout', (code) => {
    expect(mapNeo4jError(driverError('stopped', code), 'bolt://db')).toBeInstanceOf(
      TransactionTimeoutError,
    );
  });

  it('a Cypher syntax error is a bug of Accord and passes through', () => {
    const error = driverError('Invalid input', 'Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(error, 'bolt://db')).toBe(error);
  });
});

describe('a driver error that reaches the API unmapped', () => {
  it('is SERVICE_UNAVAILABLE with HTTP 503, never a masked INTERNAL_SERVER_ERROR', async () => {
    const executor = Object.create(Executor.prototype) as Executor;
    executor.query = async () => {
      throw POOL_FULL;
    };
    executor.ping = async () => {};
    const app = createApp({ executor, logger: silentLogger });
    const response = await app.fetch('http://accord.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ company(name: "bollore") { name } }' }),
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(response.status).toBe(503);
    expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(body)).not.toContain('Pool status');
  });
});

describe('/ready while Neo4j hangs or the graph is being prepared', () => {
  const appWith = (ping: () => Promise<void>, prepared = () => true) => {
    const executor = Object.create(Executor.prototype) as Executor;
    executor.ping = ping;
    return createApp({ executor, logger: silentLogger, prepared, readyTimeoutMs: 200 });
  };

  it('says 503 when the ping does not answer in time', async () => {
    const app = appWith(() => new Promise(() => {}));
    expect((await app.fetch('http://accord.test/ready')).status).toBe(503);
  });

  it('says 503 until the graph is prepared, however well Neo4j answers', async () => {
    let prepared = false;
    const app = appWith(
      async () => {},
      () => prepared,
    );
    expect((await app.fetch('http://accord.test/ready')).status).toBe(503);
    prepared = true;
    expect((await app.fetch('http://accord.test/ready')).status).toBe(200);
  });
});

describe('waiting for Neo4j at start', () => {
  it('retries while Neo4j cannot be reached, then returns what the work returns', async () => {
    let calls = 0;
    const result = await untilReachable(
      async () => {
        calls += 1;
        if (calls < 3) throw new Neo4jUnavailableError('down');
        return 'loaded';
      },
      { logger: silentLogger, what: 'test', firstDelayMs: 1 },
    );
    expect({ result, calls }).toEqual({ result: 'loaded', calls: 3 });
  });

  it('gives up at once on a failure waiting will not fix', async () => {
    let calls = 0;
    const refused = untilReachable(
      async () => {
        calls += 1;
        throw new Error('seeds/x.yaml: bad article', { cause: new Neo4jRefusedError('no') });
      },
      { logger: silentLogger, what: 'test', firstDelayMs: 1 },
    );
    await expect(refused).rejects.toThrow('bad article');
    expect(calls).toBe(1);
  });
});

describe('deadline settings', () => {
  it('derives the driver timeouts from the deadline, below it', () => {
    expect(loadConfig({}).deadlines).toEqual({
      requestMs: 10_000,
      readyMs: 1_000,
      connectionMs: 3_000,
      acquisitionMs: 5_000,
      startupRetryMaxMs: 15_000,
    });
    expect(loadConfig({ REQUEST_DEADLINE_MS: '2000' }).deadlines).toMatchObject({
      connectionMs: 1_000,
      acquisitionMs: 1_000,
    });
  });

  it('refuses a driver timeout at or past the deadline, naming both', () => {
    expect(() =>
      loadConfig({ REQUEST_DEADLINE_MS: '2000', NEO4J_ACQUISITION_TIMEOUT_MS: '5000' }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({ REQUEST_DEADLINE_MS: '2000', NEO4J_ACQUISITION_TIMEOUT_MS: '5000' }),
    ).toThrow(/NEO4J_ACQUISITION_TIMEOUT_MS="5000": must be below REQUEST_DEADLINE_MS \(2000\)/);
  });
});
