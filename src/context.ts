import DataLoader from 'dataloader';
import type { EvidenceRecord } from './graph/records.js';
import type { Logger } from './logger.js';
import type { Executor } from './neo4j/executor.js';
import { GraphReader } from './neo4j/reader.js';
import { evidenceBy } from './neo4j/reads/facts.js';

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

export function createContext(executor: Pick<Executor, 'query' | 'read'>, logger: Logger): Context {
  const reader = new GraphReader(executor);
  return {
    reader,
    evidence: new DataLoader((claimIds) =>
      reader.grouped<EvidenceRecord>(evidenceBy('claimId', claimIds), claimIds, 'evidence'),
    ),
    logger,
  };
}
