import { propertyClaimId } from '../graph/claim-id.js';
import type { CompanyRecord, EvidenceRecord } from '../graph/records.js';
import {
  Label,
  PARTNERSHIP_KINDS as PARTNERSHIP_KINDS_VOCABULARY,
  type PartnershipKind as PartnershipKindName,
  partnershipKindOfEdge,
} from '../graph/vocabulary.js';
import { companiesPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import {
  CompanyPlace,
  CompanyRole,
  CompanySector,
  countriesOfCompany,
  Headcount,
  headquartersOfCompany,
  parentsOfCompany,
  rolesAtCompany,
  Subsidiary,
  sectorsOfCompany,
  subsidiariesOfCompany,
} from './company-facts.js';
import { FoundedYearValue, HeadcountValue } from './company-values.js';
import { Entity } from './entity.js';
import { PartnershipKind } from './enums.js';
import {
  countFacts,
  countPlan,
  factsPlan,
  propertyEvidencePlan,
  readFacts,
  readFirstFacts,
  whereAmong,
} from './fact-loaders.js';
import type { PlanInput } from './field-plan.js';
import { prefetched, reads } from './field-plan.js';
import { CAPPED, listArgs } from './list-args.js';
import { lookUp, lookupArgs } from './lookup.js';
import { localIds } from './node-id.js';
import { Company, Evidence } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import {
  Contribution,
  contributionsOfCompany,
  Partner,
  PartnershipParty,
  partnerEdgesOfCompany,
  partnershipsOfCompany,
} from './partnership-facts.js';
import { ProjectLead, projectsLedBy } from './project-facts.js';
import { LATEST_VALUE, readStatedValues, statedValuesPlan } from './stated-value.js';
import { nameText, nonEmptyList } from './validators.js';

export const CompanyProperty = builder.enumType('CompanyProperty', {
  description: 'Properties of a company that articles state, each with its own evidence.',
  values: { FOUNDED_YEAR: { value: 'founded' }, EMPLOYEES: { value: 'employees' } } as const,
});

Company.implement({
  description: 'A company or group.',
  interfaces: [Entity],
  fields: (t) => ({
    foundedYear: t.int({
      extensions: reads('foundedYear'),
      nullable: true,
      description: `The year it was founded. ${LATEST_VALUE} \`foundedYearValues\`.`,
      resolve: (c) => c.foundedYear ?? null,
    }),
    foundedYearValues: t.field({
      type: [FoundedYearValue],
      description: 'Every article’s founding year, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Company, 'founded'),
      resolve: (c, _args, ctx, info) => readStatedValues(c, ctx, info, claim(c, 'founded')),
    }),
    employees: t.field({
      extensions: reads('employeesExact', 'employeesAtLeast', 'employeesAtMost', 'employeesAsOf'),
      type: Headcount,
      nullable: true,
      description: `How many people it employs. ${LATEST_VALUE} \`employeesValues\`.`,
      resolve: (c) =>
        [c.employeesExact, c.employeesAtLeast, c.employeesAtMost].some((n) => n !== undefined)
          ? c
          : null,
    }),
    employeesValues: t.field({
      type: [HeadcountValue],
      description: 'Every article’s headcount, with its quotes, the latest-published first.',
      extensions: statedValuesPlan(Label.Company, 'employees'),
      resolve: (c, _args, ctx, info) => readStatedValues(c, ctx, info, claim(c, 'employees')),
    }),
    propertyEvidence: t.field({
      type: [Evidence],
      description:
        'The quotes that state one of its properties (its founding year, its headcount).',
      args: { property: t.arg({ type: CompanyProperty, required: true }) },
      extensions: propertyEvidencePlan(Label.Company),
      resolve: (c, args, ctx, info) =>
        prefetched<EvidenceRecord[]>(c, info) ??
        ctx.evidence.load(propertyClaimId({ label: Label.Company, id: c.id }, args.property)),
    }),
    sectors: t.field({
      type: [CompanySector],
      description: 'The sectors it works in or offers.',
      extensions: factsPlan(sectorsOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(sectorsOfCompany, c, ctx, info),
    }),
    countries: t.field({
      type: [CompanyPlace],
      description: 'The country it is based in (more than one when articles disagree).',
      extensions: factsPlan(countriesOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(countriesOfCompany, c, ctx, info),
    }),
    headquarters: t.field({
      type: [CompanyPlace],
      extensions: factsPlan(headquartersOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(headquartersOfCompany, c, ctx, info),
    }),
    people: t.field({
      type: [CompanyRole],
      description: 'Who leads it, founded it, sits on its board or works there, with their role.',
      extensions: factsPlan(rolesAtCompany),
      resolve: (c, _args, ctx, info) => readFacts(rolesAtCompany, c, ctx, info),
    }),
    parents: t.field({
      type: [Subsidiary],
      description: 'The group it belongs to (more than one when articles disagree).',
      extensions: factsPlan(parentsOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(parentsOfCompany, c, ctx, info),
    }),
    subsidiaries: t.field({
      type: [Subsidiary],
      extensions: factsPlan(subsidiariesOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(subsidiariesOfCompany, c, ctx, info),
    }),
    partners: t.field({
      type: [Partner],
      description: `The companies it has partnerships with, each with the partnership on the edge, by name. ${CAPPED}`,
      args: { ...kindsArgs, ...listArgs },
      extensions: factsPlan(partnerEdgesOfCompany, { types: PARTNER_EDGES, first: true }),
      resolve: async (c, args, ctx, info) =>
        (
          await readFirstFacts(partnerEdgesOfCompany, c, ctx, info, args.first, (e) =>
            ofKinds(args.kinds, partnershipKindOfEdge(e.type)),
          )
        ).map((e) => ({ ...e, selfId: c.id })),
    }),
    partnerCount: t.int({
      description:
        'How many partner edges it has (of these kinds): the length of `partners` uncapped.',
      args: kindsArgs,
      extensions: countPlan(partnerEdgesOfCompany, { types: PARTNER_EDGES }),
      resolve: (c, args, ctx, info) =>
        countFacts(partnerEdgesOfCompany, c, ctx, info, (e) =>
          ofKinds(args.kinds, partnershipKindOfEdge(e.type)),
        ),
    }),
    partnerships: t.field({
      type: [PartnershipParty],
      description: `The partnerships it is party to, with its role. ${CAPPED}`,
      args: { ...kindsArgs, ...listArgs },
      extensions: factsPlan(partnershipsOfCompany, { where: PARTNERSHIP_KINDS, first: true }),
      resolve: (c, args, ctx, info) =>
        readFirstFacts(partnershipsOfCompany, c, ctx, info, args.first, (p) =>
          ofKinds(args.kinds, p.to.kind),
        ),
    }),
    partnershipCount: t.int({
      description: 'How many partnerships it is party to (of these kinds).',
      args: kindsArgs,
      extensions: countPlan(partnershipsOfCompany, { where: PARTNERSHIP_KINDS }),
      resolve: (c, args, ctx, info) =>
        countFacts(partnershipsOfCompany, c, ctx, info, (p) => ofKinds(args.kinds, p.to.kind)),
    }),
    contributions: t.field({
      type: [Contribution],
      description: 'What it brings to its partnerships, and to whom.',
      extensions: factsPlan(contributionsOfCompany),
      resolve: (c, _args, ctx, info) => readFacts(contributionsOfCompany, c, ctx, info),
    }),
    projects: t.field({
      type: [ProjectLead],
      description: 'The projects it leads.',
      extensions: factsPlan(projectsLedBy),
      resolve: (c, _args, ctx, info) => readFacts(projectsLedBy, c, ctx, info),
    }),
  }),
});

const claim = (c: CompanyRecord, property: string) =>
  propertyClaimId({ label: Label.Company, id: c.id }, property);

/** `kinds`: only these kinds of agreement. */
const kindsArgs = builder.args((t) => ({
  kinds: t.field({
    type: [PartnershipKind],
    validate: nonEmptyList,
    description: 'Only these kinds of agreement.',
  }),
}));

const ofKinds = (kinds: readonly string[] | null | undefined, kind: unknown) =>
  !kinds || kinds.includes(kind as string);
/** Each kind of partnership has an edge type of its own: partners of some kinds expand only those. */
const PARTNER_EDGES = ({ args }: PlanInput) => {
  const kinds = args.kinds as PartnershipKindName[] | null | undefined;
  if (!kinds) return undefined;
  const [first, ...others] = kinds.map((kind) => PARTNERSHIP_KINDS_VOCABULARY[kind].edge);
  return first ? ([first, ...others] as const) : undefined;
};
/** A party's partnership is the other end: it holds the kind. */
const PARTNERSHIP_KINDS = whereAmong('kinds', 'kind', { on: 'other' });

export const FilterCompaniesInput = builder.inputType('FilterCompaniesInput', {
  fields: (t) => ({
    sectors: t.idList({
      validate: nonEmptyList,
      description: 'Works in or offers any of these sectors (ids).',
    }),
    countries: t.idList({
      validate: nonEmptyList,
      description: 'Based in any of these countries (ids).',
    }),
    name: t.string({
      description: 'Its name or an alias contains this, accents and case ignored.',
      validate: nameText,
    }),
  }),
});

const CompanyConnection = builder.connectionObject(
  { type: Company, name: 'CompanyConnection' },
  { name: 'CompanyEdge' },
);

builder.queryFields((t) => ({
  company: t.field({
    type: Company,
    nullable: true,
    description: 'A company by id or by name (aliases count); null when none is known.',
    args: lookupArgs(Label.Company),
    resolve: (_root, args, ctx, info) => lookUp<CompanyRecord>(Label.Company, args, ctx, info),
  }),
  companies: t.field({
    type: CompanyConnection,
    description: 'Companies in name order, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterCompaniesInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) =>
      resolvePage<CompanyRecord>(ctx, info, 'companies', args, (page, projection) =>
        companiesPage(
          {
            sectorIds: localIds(args.filter?.sectors, Label.Sector, 'filter.sectors'),
            countryIds: localIds(args.filter?.countries, Label.Place, 'filter.countries'),
            name: args.filter?.name ?? undefined,
          },
          page,
          projection,
        ),
      ),
  }),
}));
