import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import type { EvidenceRecord } from './graph/records.js';
import type { Logger } from './logger.js';
import type { Executor } from './neo4j/executor.js';
import { GraphReader, REQUEST_READ_LIMITS, type ReadLimits } from './neo4j/reader.js';
import { evidenceBy } from './neo4j/reads/facts.js';
import { ErrorCode } from './schema/errors.js';

/**
 * What every resolver of one request shares. Pothos's dataloader plugin keeps
 * its loaders per context object, so loaders live exactly one request.
 */
export interface Context {
  reader: GraphReader;
  /**
   * Evidence by claim id, one loader for the whole request: evidence asked for
   * by different fields at the same depth is read in one statement.
   */
  evidence: DataLoader<string, EvidenceRecord[]>;
  logger: Logger;
}

/** A field read past the request's statement cap fails with this; the others keep their answers. */
function tooManyStatements(limit: number): GraphQLError {
  return new GraphQLError(
    `This request has run ${limit} Cypher statements, the most one request may run: ask for fewer fields or aliases, or split the query.`,
    { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, statements: limit, limit } },
  );
}

export function createContext(
  executor: Pick<Executor, 'query' | 'read'>,
  logger: Logger,
  /** Caps on the Cypher statements and sessions of one request. @default REQUEST_READ_LIMITS */
  limits: ReadLimits = REQUEST_READ_LIMITS,
): Context {
  const reader = new GraphReader(executor, limits, tooManyStatements);
  return {
    reader,
    evidence: new DataLoader((claimIds) =>
      reader.grouped<EvidenceRecord>(evidenceBy('claimId', claimIds), claimIds, 'evidence'),
    ),
    logger,
  };
}
