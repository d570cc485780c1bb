import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import neo4j from 'neo4j-driver';
import { fromNeo4jValue, toNeo4jValue } from '../neo4j/values.js';
import { listenOnLoopback, type ServerNeo4j, serveChild } from './compare-child.js';
import { countRequests, profileCaptured, Recorder, recordingDriver } from './compare-recorder.js';

/**
 * Server A of `npm run bench`, run as a child process: the hand-written
 * Cypher of each question behind a minimal node:http server. `POST
 * /q/<question>` with the parameters as a JSON object runs that question's
 * one statement in an auto-commit read transaction, as Accord's API reads
 * run (one message out, one reply: no BEGIN and no COMMIT), and answers its
 * rows as JSON. What it costs is the floor: the driver, the statement and JSON.
 */

/** What the benchmark sends at start: each question's statement, by name. */
export interface RawServerOptions {
  statements: Record<string, string>;
}

const PREFIX = '/q/';

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  request.setEncoding('utf8');
  for await (const chunk of request) body += chunk;
  return body;
}

function startRawServer(connection: ServerNeo4j, options: unknown) {
  const { statements } = options as RawServerOptions;
  const base = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  const recorder = new Recorder();
  const driver = recordingDriver(base, recorder);
  const database = connection.database;

  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '';
    const cypher = url.startsWith(PREFIX) ? statements[url.slice(PREFIX.length)] : undefined;
    const body = await readBody(request);
    if (request.method !== 'POST' || !cypher) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no question at ${url}\n`);
      return;
    }
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const params = toNeo4jValue(JSON.parse(body || '{}')) as Record<string, unknown>;
      const result = await session.run(cypher, params);
      const rows = result.records.map((record) => fromNeo4jValue(record.toObject()));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows));
    } catch (error) {
      response
        .writeHead(500, { 'content-type': 'text/plain' })
        .end(`${(error as Error).message}\n`);
    } finally {
      await session.close();
    }
  };

  const server = createServer((request, response) => {
    answer(request, response).catch((error: Error) => response.destroy(error));
  });
  countRequests(server, recorder);
  return { server, recorder, base, database };
}

serveChild(async (connection, options) => {
  const { server, recorder, base, database } = startRawServer(connection, options);
  const url = await listenOnLoopback(server, PREFIX);
  return {
    url,
    child: {
      recorder,
      profile: () => profileCaptured(recorder, () => base.session({ database })),
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await base.close();
      },
    },
  };
});
