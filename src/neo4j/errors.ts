import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached or cannot serve now (down, restarting, busy, wrong address). Callers may retry later. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

/**
 * Neo4j answers but refuses Accord's credentials or permissions. Unavailable to
 * API callers all the same, but retrying will not help until the configuration changes.
 */
export class Neo4jRefusedError extends Neo4jUnavailableError {
  override name = 'Neo4jRefusedError';
}

/** A write broke a uniqueness constraint. */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

/** A transaction ran past its timeout. */
export class TransactionTimeoutError extends Error {
  override name = 'TransactionTimeoutError';
}

/** An API request's deadline passed before its Neo4j work was done; that work was cancelled. */
export class DeadlineExceededError extends TransactionTimeoutError {
  override name = 'DeadlineExceededError';
}

/** The driver's own failures: pool exhausted ("Connection acquisition timed out"), connect timeouts, broken connections. */
const DRIVER_SIDE = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError', 'N/A']);

const TIMED_OUT =
  /^Neo\.ClientError\.Transaction\.TransactionTimedOut|^Neo\.(Client|Transient)Error\.Transaction\.(Terminated|LockClientStopped)/;

/**
 * Translates driver errors into the typed errors above. Whatever says the
 * database is down, busy, restarting or failing (driver-side errors, transient
 * and database errors) becomes Neo4jUnavailableError; a timeout or a terminated
 * transaction becomes TransactionTimeoutError. What remains (a Cypher syntax
 * error, a missing parameter) is a bug of Accord and passes through.
 */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const { code } = error;
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message, { cause: error });
  }
  if (TIMED_OUT.test(code)) {
    return new TransactionTimeoutError(error.message, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new Neo4jRefusedError(`Neo4j at ${uri} refused Accord: ${error.message}`, {
      cause: error,
    });
  }
  if (
    DRIVER_SIDE.has(code) ||
    isRetryableError(error) ||
    code.startsWith('Neo.TransientError.') ||
    code.startsWith('Neo.DatabaseError.')
  ) {
    return new Neo4jUnavailableError(`Neo4j at ${uri} cannot serve now: ${error.message}`, {
      cause: error,
    });
  }
  return error;
}

/** True when the error (or one it wraps) says Neo4j cannot be reached now, as opposed to refusing Accord or a bug. */
export function isUnreachable(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof Neo4jRefusedError) return false;
    if (e instanceof Neo4jUnavailableError) return true;
  }
  return false;
}
