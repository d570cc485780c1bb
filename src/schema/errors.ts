import { GraphQLError } from 'graphql';
import { mapNeo4jError, Neo4jUnavailableError, TransactionTimeoutError } from '../neo4j/errors.js';

/** `extensions.code` of the errors callers are meant to act on. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  TIMEOUT: 'TIMEOUT',
} as const;

/** How much of a bad value an error echoes: enough to recognise it, never a whole huge input. */
export const ECHO_LENGTH = 100;

/**
 * A value as an error shows it: strings past ECHO_LENGTH characters are cut
 * with an ellipsis, so a 1 MB argument does not come back in the reply.
 */
export function echoed(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.length > ECHO_LENGTH ? `${value.slice(0, ECHO_LENGTH)}…` : value;
  }
  if (Array.isArray(value)) return value.slice(0, 10).map(echoed);
  if (value !== null && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(
      Object.entries(value)
        .slice(0, 10)
        .map(([k, v]) => [k, echoed(v)]),
    );
  }
  return value;
}

/** `(got "…")`: the value an error echoes, cut to ECHO_LENGTH characters. */
export function got(value: unknown): string {
  const shown = echoed(value);
  return `got ${shown === undefined ? 'nothing' : JSON.stringify(shown)}`;
}

/** A bad argument: the message names the argument and the value given (cut when long). */
export function badUserInput(argument: string, value: unknown, problem: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}" ${problem} (${got(value)}).`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument, value: echoed(value) },
  });
}

/**
 * yoga's maskError: Neo4j being down or slow becomes an error the caller can
 * act on (SERVICE_UNAVAILABLE with HTTP 503; TIMEOUT when a transaction or
 * the request's deadline ran out); errors we raised on
 * purpose pass as they are; anything else is masked as "Unexpected error."
 * and logged by the request log.
 */
export function maskError(error: unknown, message: string): Error {
  // A driver error that reached here without the executor (which maps them
  // all) is still Neo4j being down or slow, not a bug to hide behind a 500.
  const original = mapNeo4jError(
    error instanceof GraphQLError ? (error.originalError ?? error) : error,
    'the configured address',
  );
  if (error instanceof GraphQLError && original instanceof GraphQLError) {
    // Raised on purpose, by us, graphql-js or yoga: the located error keeps its
    // path, locations, code and HTTP status.
    return error;
  }
  if (original instanceof Neo4jUnavailableError) {
    return new GraphQLError('The graph database cannot be reached right now; try again shortly.', {
      ...pathOf(error),
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
    });
  }
  if (original instanceof TransactionTimeoutError) {
    return new GraphQLError(
      'The query took too long and was stopped; ask for less (smaller first, fewer levels).',
      {
        ...pathOf(error),
        extensions: { code: ErrorCode.TIMEOUT },
      },
    );
  }
  return new GraphQLError(message, {
    ...pathOf(error),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
}

/** Where in the response the error belongs, so a caller can tell which field failed. */
function pathOf(error: unknown) {
  return error instanceof GraphQLError ? { nodes: error.nodes, path: error.path } : {};
}
