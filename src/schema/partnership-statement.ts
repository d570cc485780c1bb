import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.js';
import { propertyClaimId } from '../graph/claim-id.js';
import type { CompanyRecord, EvidenceRecord, PersonRecord } from '../graph/records.js';
import { Label, STATEMENTS_CLAIM } from '../graph/vocabulary.js';
import { statementsAbout } from '../neo4j/reads/statements.js';
import { builder } from './builder.js';
import { planned } from './field-plan.js';
import { Company, Evidence, Person } from './node-refs.js';

/** What was said about a deal, by whom: `Partnership.statements`. */

export interface StatementRecord {
  evidence: EvidenceRecord;
  /** The person or company who said it; every party when they said it together. */
  speakers: (PersonRecord | CompanyRecord)[];
  byParties: boolean;
}

export const Speaker = builder.unionType('Speaker', {
  description: 'Who made a statement: a person or a company.',
  types: [Person, Company],
  resolveType: (speaker) =>
    (speaker as { __typename?: string }).__typename === Label.Person ? Person : Company,
});

export const PartnershipStatement = builder
  .objectRef<StatementRecord>('PartnershipStatement')
  .implement({
    description: 'Something said about a partnership, who said it, and where the article says so.',
    fields: (t) => ({
      quote: t.string({
        description: 'The words said, as the article quotes them.',
        resolve: (s) => s.evidence.quote,
      }),
      byParties: t.boolean({
        description:
          'Whether the parties said it together (then `speakers` are the parties the quoting article names).',
        resolve: (s) => s.byParties,
      }),
      speaker: t.field({
        type: Speaker,
        nullable: true,
        description: 'The person or company who said it; null when the parties said it together.',
        resolve: (s) => (s.byParties ? null : (s.speakers[0] ?? null)),
      }),
      speakers: t.field({
        type: [Speaker],
        description:
          'Who said it: the speaker, or, when the parties said it together, every party the quoting article names.',
        resolve: (s) => s.speakers,
      }),
      evidence: t.field({
        type: Evidence,
        description: 'The quote in its article, with its offsets.',
        resolve: (s) => s.evidence,
      }),
    }),
  });

const statementsOf = createContextCache(
  (ctx: Context) =>
    new DataLoader<string, StatementRecord[]>((ids) =>
      ctx.reader.grouped<StatementRecord>(statementsAbout(ids), ids, 'statement'),
    ),
);

/**
 * The `extensions` of `Partnership.statements`: a planned statement reads
 * them as `statementsAbout` does, what the parties said together being the
 * evidence of the claim `Partnership:<id>#statements`.
 */
export const statementsPlan = (() => {
  const [prefix, suffix] = propertyClaimId(
    { label: Label.Partnership, id: '\u0000' },
    STATEMENTS_CLAIM,
  ).split('\u0000') as [string, string];
  return planned({
    kind: 'statements',
    key: { prefix: () => prefix, property: 'id', suffix: () => suffix },
  });
})();

/** The statements about a partnership, one request's worth read in one statement. */
export const loadStatements = (ctx: Context, partnershipId: string) =>
  statementsOf(ctx).load(partnershipId);
