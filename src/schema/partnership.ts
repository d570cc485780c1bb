import { propertyClaimId } from '../graph/claim-id.js';
import type {
  CompanyRecord,
  EvidenceRecord,
  FactRecord,
  PartnershipRecord,
  SectorRecord,
} from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { partnershipsPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { localizedName } from './entity.js';
import { DomainFocus, Language, PartnershipKind, PartnershipScope } from './enums.js';
import { localizedProp } from './fact.js';
import {
  countFacts,
  countPlan,
  factsPlan,
  propertyEvidencePlan,
  readFacts,
  readFirstFacts,
  whereAmong,
} from './fact-loaders.js';
import { planned, prefetched, reads, readsLocalized } from './field-plan.js';
import { CAPPED, listArgs } from './list-args.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Mention, mentionsOfNode } from './mention.js';
import { localIds } from './node-id.js';
import { Evidence, Partnership } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import {
  Contribution,
  contributionsWithinPartnership,
  domainsOfPartnership,
  marketsOfPartnership,
  PartnershipDomain,
  PartnershipMarket,
  PartnershipParty,
  PartnershipProject,
  partiesOfPartnership,
  projectsOfPartnership,
} from './partnership-facts.js';
import {
  loadStatements,
  PartnershipStatement,
  type StatementRecord,
  statementsPlan,
} from './partnership-statement.js';
import { Amount, AmountValue, BooleanValue, DateValue, ScopeValue } from './partnership-values.js';
import { LATEST_VALUE, readStatedValues, statedValuesPlan } from './stated-value.js';
import { checkDateRange, nonEmptyList } from './validators.js';

const claim = (p: PartnershipRecord, property: string) =>
  propertyClaimId({ label: Label.Partnership, id: p.id }, property);

export const PartnershipProperty = builder.enumType('PartnershipProperty', {
  description: 'Properties of a partnership that articles state, each with its own evidence.',
  values: {
    SCOPE: { value: 'scope' },
    SIGNED_ON: { value: 'signedOn' },
    STARTS_ON: { value: 'startsOn' },
    ENDS_ON: { value: 'endsOn' },
    AMOUNT: { value: 'amount' },
    INCLUDES_SUBSIDIARIES: { value: 'includesSubsidiaries' },
    OBJECTIVES: { value: 'objectives' },
  } as const,
});

Partnership.implement({
  description:
    'An agreement between companies: its parties, domains, markets, projects, dates, amount and sources.',
  fields: (t) => ({
    key: t.exposeString('id', {
      description: 'The id without its type (`bollore-alibaba-mou-2018`).',
    }),
    kind: t.field({ extensions: reads('kind'), type: PartnershipKind, resolve: (p) => p.kind }),
    name: t.string({
      extensions: readsLocalized('name'),
      args: { language: t.arg({ type: Language }) },
      resolve: (p, args) => localizedName(p, args.language),
    }),
    aliases: t.stringList({
      extensions: reads('aliases'),
      description:
        'The ids and names that other reports of this agreement give it (articles that reported it as, say, an alliance under their own id); `partnership(id:)` accepts those ids.',
      resolve: (p) => p.aliases ?? [],
    }),
    scope: t.field({
      extensions: reads('scope'),
      type: PartnershipScope,
      nullable: true,
      description: `Where it applies. ${LATEST_VALUE} \`scopeValues\`.`,
      resolve: (p) => p.scope ?? null,
    }),
    scopeValues: t.field({
      type: [ScopeValue],
      description: 'Every article’s scope, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'scope'),
      resolve: (p, _args, ctx, info) => readStatedValues(p, ctx, info, claim(p, 'scope')),
    }),
    signedOn: t.field({
      extensions: reads('signedOn'),
      type: 'Date',
      nullable: true,
      description: `When it was signed. ${LATEST_VALUE} \`signedOnValues\`.`,
      resolve: (p) => p.signedOn ?? null,
    }),
    signedOnValues: t.field({
      type: [DateValue],
      description: 'Every article’s signing date, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'signedOn'),
      resolve: (p, _args, ctx, info) => readStatedValues(p, ctx, info, claim(p, 'signedOn')),
    }),
    startsOn: t.field({
      extensions: reads('startsOn'),
      type: 'Date',
      nullable: true,
      description: `When it starts. ${LATEST_VALUE} \`startsOnValues\`.`,
      resolve: (p) => p.startsOn ?? null,
    }),
    startsOnValues: t.field({
      type: [DateValue],
      description: 'Every article’s start date, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'startsOn'),
      resolve: (p, _args, ctx, info) => readStatedValues(p, ctx, info, claim(p, 'startsOn')),
    }),
    endsOn: t.field({
      extensions: reads('endsOn'),
      type: 'Date',
      nullable: true,
      description: `When it ends. ${LATEST_VALUE} \`endsOnValues\`.`,
      resolve: (p) => p.endsOn ?? null,
    }),
    endsOnValues: t.field({
      type: [DateValue],
      description: 'Every article’s end date, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'endsOn'),
      resolve: (p, _args, ctx, info) => readStatedValues(p, ctx, info, claim(p, 'endsOn')),
    }),
    amount: t.field({
      extensions: reads('amountDisclosed', 'amountValue', 'amountCurrency'),
      type: Amount,
      nullable: true,
      description: `Null when no article speaks of an amount; \`disclosed: false\` when one says it was not disclosed. ${LATEST_VALUE} \`amountValues\`.`,
      resolve: (p) => (p.amountDisclosed === undefined ? null : p),
    }),
    amountValues: t.field({
      type: [AmountValue],
      description: 'Every article’s amount, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'amount'),
      resolve: (p, _args, ctx, info) => readStatedValues(p, ctx, info, claim(p, 'amount')),
    }),
    includesSubsidiaries: t.boolean({
      extensions: reads('includesSubsidiaries'),
      nullable: true,
      description: `Whether the parties’ subsidiaries take part too. ${LATEST_VALUE} \`includesSubsidiariesValues\`.`,
      resolve: (p) => p.includesSubsidiaries ?? null,
    }),
    includesSubsidiariesValues: t.field({
      type: [BooleanValue],
      description: 'Every article’s answer, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Partnership, 'includesSubsidiaries'),
      resolve: (p, _args, ctx, info) =>
        readStatedValues(p, ctx, info, claim(p, 'includesSubsidiaries')),
    }),
    objectives: t.stringList({
      extensions: readsLocalized('objectives', { always: true }),
      description: 'What the parties mean to achieve, in `language` when known.',
      args: { language: t.arg({ type: Language }) },
      resolve: (p, args) => localizedProp<string[]>(p, 'objectives', args.language) ?? [],
    }),
    propertyEvidence: t.field({
      type: [Evidence],
      description: 'The quotes that state one of its properties (scope, date, amount, …).',
      args: { property: t.arg({ type: PartnershipProperty, required: true }) },
      extensions: propertyEvidencePlan(Label.Partnership),
      resolve: (p, args, ctx, info) =>
        prefetched<EvidenceRecord[]>(p, info) ??
        ctx.evidence.load(propertyClaimId({ label: Label.Partnership, id: p.id }, args.property)),
    }),
    statements: t.field({
      type: [PartnershipStatement],
      description:
        'What was said about it, by a person or company or by the parties together, each with its quote.',
      extensions: statementsPlan,
      resolve: (p, _args, ctx, info) =>
        prefetched<StatementRecord[]>(p, info) ?? loadStatements(ctx, p.id),
    }),
    parties: t.field({
      type: [PartnershipParty],
      extensions: factsPlan(partiesOfPartnership),
      resolve: (p, _args, ctx, info) => readFacts(partiesOfPartnership, p, ctx, info),
    }),
    domains: t.field({
      type: [PartnershipDomain],
      description: 'The sectors it covers.',
      args: {
        focus: t.arg({
          type: DomainFocus,
          description: 'Only core domains, or only opportunities.',
        }),
      },
      extensions: factsPlan(domainsOfPartnership, {
        where: whereAmong('focus', 'focus', { single: true }),
      }),
      resolve: (p, args, ctx, info) =>
        readFacts(
          domainsOfPartnership,
          p,
          ctx,
          info,
          (d) => !args.focus || d.props.focus === args.focus,
        ),
    }),
    markets: t.field({
      type: [PartnershipMarket],
      extensions: factsPlan(marketsOfPartnership),
      resolve: (p, _args, ctx, info) => readFacts(marketsOfPartnership, p, ctx, info),
    }),
    projects: t.field({
      type: [PartnershipProject],
      extensions: factsPlan(projectsOfPartnership),
      resolve: (p, _args, ctx, info) => readFacts(projectsOfPartnership, p, ctx, info),
    }),
    contributions: t.field({
      type: [Contribution],
      description: 'What each company brings, and to whom.',
      extensions: planned({ kind: 'contributions' }),
      resolve: (p, _args, ctx, info) =>
        prefetched<FactRecord<CompanyRecord, SectorRecord>[]>(p, info) ??
        contributionsWithinPartnership(ctx, p.id),
    }),
    sources: t.field({
      type: [Mention],
      description: `The articles that report it, with their words, by title. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(SOURCES, { first: true }),
      resolve: (p, args, ctx, info) => readFirstFacts(SOURCES, p, ctx, info, args.first),
    }),
    sourceCount: t.int({
      description: 'How many articles report it.',
      extensions: countPlan(SOURCES),
      resolve: (p, _args, ctx, info) => countFacts(SOURCES, p, ctx, info),
    }),
  }),
});

const SOURCES = mentionsOfNode(Label.Partnership);

export const FilterPartnershipsInput = builder.inputType('FilterPartnershipsInput', {
  fields: (t) => ({
    kinds: t.field({
      type: [PartnershipKind],
      validate: nonEmptyList,
      description: 'Only these kinds of agreement.',
    }),
    parties: t.idList({
      validate: nonEmptyList,
      description: 'Every one of these companies is a party (ids).',
    }),
    sectors: t.idList({
      validate: nonEmptyList,
      description: 'Covers any of these sectors (ids).',
    }),
    markets: t.idList({
      validate: nonEmptyList,
      description: 'Targets any of these places (ids).',
    }),
    signedFrom: t.field({ type: 'Date', description: 'Signed on or after this day.' }),
    signedTo: t.field({ type: 'Date', description: 'Signed on or before this day.' }),
  }),
});

const PartnershipConnection = builder.connectionObject(
  { type: Partnership, name: 'PartnershipConnection' },
  { name: 'PartnershipEdge' },
);

builder.queryFields((t) => ({
  partnership: t.field({
    type: Partnership,
    nullable: true,
    description:
      'A partnership by id (its own, or one another report of it gave it) or by one of its names (case ignored); null when none is known.',
    args: lookupArgs(Label.Partnership),
    resolve: (_root, args, ctx, info) =>
      lookUp<PartnershipRecord>(Label.Partnership, args, ctx, info),
  }),
  partnerships: t.field({
    type: PartnershipConnection,
    description: 'Partnerships, newest signed first, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterPartnershipsInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) => {
      const f = args.filter;
      checkDateRange(f, 'signedFrom', 'signedTo');
      return resolvePage<PartnershipRecord>(ctx, info, 'partnerships', args, (page, projection) =>
        partnershipsPage(
          {
            kinds: f?.kinds ?? undefined,
            partyIds: localIds(f?.parties, Label.Company, 'filter.parties'),
            sectorIds: localIds(f?.sectors, Label.Sector, 'filter.sectors'),
            marketIds: localIds(f?.markets, Label.Place, 'filter.markets'),
            signedFrom: f?.signedFrom ?? undefined,
            signedTo: f?.signedTo ?? undefined,
          },
          page,
          projection,
        ),
      );
    },
  }),
}));
