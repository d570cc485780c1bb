import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { createExecutor } from '../neo4j/driver.js';
import { Executor } from '../neo4j/executor.js';
import { createApp } from '../yoga.js';
import { listenOnLoopback, serveChild } from './compare-child.js';
import { countRequests, profileCaptured, Recorder, recordingDriver } from './compare-recorder.js';

/**
 * Server B of `npm run bench`, run as a child process: Accord as `npm start`
 * serves it (createApp behind node:http), on the Neo4j the benchmark
 * resolved. Its executor's driver records every statement, so the benchmark
 * can count them and PROFILE those of one request. The request log line is
 * written as in production, then counted here instead of printed. The HTTP
 * policy is production's (NODE_ENV=production unless the environment says
 * otherwise): body cap, concurrency limit and queue, query limits.
 */

serveChild(async (connection) => {
  const config = loadConfig({ NODE_ENV: 'production', ...process.env });
  const console = createLogger({ level: 'warn', format: 'json' });
  const recorder = new Recorder();
  // One 'graphql operation' line per request: it says how many errors the request returned.
  const requestLog = createLogger({
    level: 'info',
    format: 'json',
    write: (line) => {
      if (!line.includes('"msg":"graphql operation"')) {
        process.stderr.write(`${line}\n`);
        return;
      }
      if (!/"errors":0\b/.test(line)) recorder.errors += 1;
    },
  });
  const base = createExecutor(
    { ...connection, source: 'external', release: async () => {} },
    config,
    console,
  );
  const executor = new Executor(recordingDriver(base.driver, recorder), {
    database: connection.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    uri: connection.uri,
  });
  const server = createServer(createApp({ executor, logger: requestLog, http: config.http }));
  countRequests(server, recorder);
  const url = await listenOnLoopback(server, '/graphql');
  return {
    url,
    child: {
      recorder,
      profile: () =>
        profileCaptured(recorder, () =>
          base.driver.session({
            database: connection.database,
            defaultAccessMode: neo4j.session.READ,
          }),
        ),
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await base.close();
      },
    },
  };
});
