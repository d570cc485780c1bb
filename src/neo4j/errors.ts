import { isRetryableError, Neo4jError } from 'neo4j-driver';

/** Neo4j cannot be reached (down, restarting, wrong address). Callers may retry later. */
export class Neo4jUnavailableError extends Error {
  override name = 'Neo4jUnavailableError';
}

/** A write broke a uniqueness constraint. */
export class ConstraintViolationError extends Error {
  override name = 'ConstraintViolationError';
}

/** A transaction ran past its timeout. */
export class TransactionTimeoutError extends Error {
  override name = 'TransactionTimeoutError';
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/** Translates driver errors into the typed errors above; anything else passes through. */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (
    UNAVAILABLE.has(error.code) ||
    (isRetryableError(error) && error.code.startsWith('Neo.Transient.General'))
  ) {
    return new Neo4jUnavailableError(`Neo4j at ${uri} cannot be reached: ${error.message}`, {
      cause: error,
    });
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new ConstraintViolationError(error.message, { cause: error });
  }
  if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new TransactionTimeoutError(error.message, { cause: error });
  }
  return error;
}
