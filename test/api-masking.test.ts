import { describe, expect, it } from 'vitest';
import { silentLogger } from '../src/logger.js';
import { Neo4jUnavailableError, TransactionTimeoutError } from '../src/neo4j/errors.js';
import { Executor } from '../src/neo4j/executor.js';
import { createApp } from '../src/yoga.js';

/**
 * How failures reach a caller, apart from any database: the executor here
 * fails on purpose, as a broken query, a timeout or an outage would. (The
 * outage itself, with a real Neo4j, is in api-availability.int.test.ts.)
 */
function appFailingWith(error: Error) {
  const executor = Object.create(Executor.prototype) as Executor;
  executor.query = async () => {
    throw error;
  };
  executor.read = async () => {
    throw error;
  };
  executor.ping = async () => {};
  return createApp({ executor, logger: silentLogger });
}

async function ask(app: ReturnType<typeof createApp>) {
  const response = await app.fetch('http://accord.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ company(name: "bollore") { name } }' }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors: { message: string; extensions: unknown }[] },
  };
}

describe('errors a caller sees', () => {
  it('masks an unexpected error: no message, stack or address leaks', async () => {
    const secret = new SyntaxError('Invalid input at bolt://10.0.0.7:7687 (user neo4j)');
    const { status, body } = await ask(appFailingWith(secret));
    expect(status).toBe(200);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Unexpected error.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|SyntaxError|stack/);
  });

  it('says TIMEOUT when a transaction runs past its timeout', async () => {
    const { body } = await ask(
      appFailingWith(new TransactionTimeoutError('terminated after 30000 ms')),
    );
    expect(body.errors[0]).toMatchObject({
      message: expect.stringMatching(/took too long/),
      extensions: { code: 'TIMEOUT' },
    });
  });

  it('says SERVICE_UNAVAILABLE with HTTP 503 when Neo4j cannot be reached', async () => {
    const { status, body } = await ask(
      appFailingWith(new Neo4jUnavailableError('Neo4j at bolt://db:7687 cannot be reached')),
    );
    expect(status).toBe(503);
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(JSON.stringify(body)).not.toContain('bolt://db');
  });
});
