import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { listenOnLoopback, serveChild } from '../../src/bench/compare-child.js';
import {
  countRequests,
  profileCaptured,
  Recorder,
  recordingDriver,
} from '../../src/bench/compare-recorder.js';

/**
 * Server C of `npm run bench`, run as a child process from this folder so
 * that @neo4j/graphql 7, graphql 16, graphql-yoga and neo4j-driver come from
 * its own node_modules: the type definitions the benchmark sends, served by
 * graphql-yoga behind node:http as Accord is. The library is given a driver
 * that records every statement, so the benchmark can count them and PROFILE
 * those of one request.
 */

/** What the benchmark sends at start. */
interface LibraryServerOptions {
  typeDefs: string;
}

serveChild(async (connection, options) => {
  const { typeDefs } = options as LibraryServerOptions;
  const base = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  const recorder = new Recorder();
  const schema = await new Neo4jGraphQL({
    typeDefs,
    driver: recordingDriver(base, recorder),
  }).getSchema();
  const countErrors: Plugin = {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if ('errors' in result && result.errors?.length) recorder.errors += 1;
      },
    }),
  };
  const sessionConfig = connection.database ? { database: connection.database } : {};
  const yoga = createYoga({
    schema,
    context: () => ({ sessionConfig }),
    graphqlEndpoint: '/graphql',
    graphiql: false,
    landingPage: false,
    plugins: [countErrors],
  });
  const server = createServer(yoga);
  countRequests(server, recorder);
  const url = await listenOnLoopback(server, '/graphql');
  return {
    url,
    child: {
      recorder,
      profile: () =>
        profileCaptured(recorder, () => base.session({ database: connection.database ?? 'neo4j' })),
      close: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await base.close();
      },
    },
  };
});
