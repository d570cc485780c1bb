import { propertyClaimId } from '../graph/claim-id.js';
import type { CompanyRecord } from '../graph/records.js';
import { Label, type PartnershipKind as PartnershipKindName } from '../graph/vocabulary.js';
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
import { Entity } from './entity.js';
import { PartnershipKind } from './enums.js';
import { lookUp, lookupArgs } from './lookup.js';
import { localIds } from './node-id.js';
import { Company, Evidence } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import {
  Contribution,
  contributionsOfCompany,
  Partner,
  PartnershipParty,
  ProjectLead,
  partnerEdgesOfCompany,
  partnershipsOfCompany,
  projectsLedBy,
} from './partnership-facts.js';
import { nameText, nonEmptyList } from './validators.js';

export const CompanyProperty = builder.enumType('CompanyProperty', {
  description: 'Properties of a company that articles state, each with its own evidence.',
  values: { FOUNDED_YEAR: { value: 'founded' }, EMPLOYEES: { value: 'employees' } } as const,
});

Company.implement({
  description: 'A company or group.',
  interfaces: [Entity],
  fields: (t) => ({
    foundedYear: t.int({ nullable: true, resolve: (c) => c.foundedYear ?? null }),
    employees: t.field({
      type: Headcount,
      nullable: true,
      resolve: (c) =>
        [c.employeesExact, c.employeesAtLeast, c.employeesAtMost].some((n) => n !== undefined)
          ? c
          : null,
    }),
    propertyEvidence: t.field({
      type: [Evidence],
      description:
        'The quotes that state one of its properties (its founding year, its headcount).',
      args: { property: t.arg({ type: CompanyProperty, required: true }) },
      resolve: (c, args, ctx) =>
        ctx.evidence.load(propertyClaimId({ label: Label.Company, id: c.id }, args.property)),
    }),
    sectors: t.field({
      type: [CompanySector],
      description: 'The sectors it works in or offers.',
      resolve: (c, _args, ctx) => sectorsOfCompany(ctx, c.id),
    }),
    countries: t.field({
      type: [CompanyPlace],
      description: 'The country it is based in (more than one when articles disagree).',
      resolve: (c, _args, ctx) => countriesOfCompany(ctx, c.id),
    }),
    headquarters: t.field({
      type: [CompanyPlace],
      resolve: (c, _args, ctx) => headquartersOfCompany(ctx, c.id),
    }),
    people: t.field({
      type: [CompanyRole],
      description: 'Who leads it, founded it, sits on its board or works there, with their role.',
      resolve: (c, _args, ctx) => rolesAtCompany(ctx, c.id),
    }),
    parents: t.field({
      type: [Subsidiary],
      description: 'The group it belongs to (more than one when articles disagree).',
      resolve: (c, _args, ctx) => parentsOfCompany(ctx, c.id),
    }),
    subsidiaries: t.field({
      type: [Subsidiary],
      resolve: (c, _args, ctx) => subsidiariesOfCompany(ctx, c.id),
    }),
    partners: t.field({
      type: [Partner],
      description: 'The companies it has partnerships with, each with the partnership on the edge.',
      args: {
        kinds: t.arg({
          type: [PartnershipKind],
          validate: nonEmptyList,
          description: 'Only these kinds of agreement.',
        }),
      },
      resolve: async (c, args, ctx) => {
        const edges = await partnerEdgesOfCompany(ctx, c.id);
        return edges
          .filter((e) => !args.kinds || args.kinds.includes(e.props.kind as PartnershipKindName))
          .map((e) => ({ ...e, selfId: c.id }));
      },
    }),
    partnerships: t.field({
      type: [PartnershipParty],
      description: 'The partnerships it is party to, with its role.',
      args: {
        kinds: t.arg({
          type: [PartnershipKind],
          validate: nonEmptyList,
          description: 'Only these kinds of agreement.',
        }),
      },
      resolve: async (c, args, ctx) =>
        (await partnershipsOfCompany(ctx, c.id)).filter(
          (p) => !args.kinds || args.kinds.includes(p.to.kind),
        ),
    }),
    contributions: t.field({
      type: [Contribution],
      description: 'What it brings to its partnerships, and to whom.',
      resolve: (c, _args, ctx) => contributionsOfCompany(ctx, c.id),
    }),
    projects: t.field({
      type: [ProjectLead],
      description: 'The projects it leads.',
      resolve: (c, _args, ctx) => projectsLedBy(ctx, c.id),
    }),
  }),
});

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
    args: lookupArgs,
    resolve: (_root, args, ctx) => lookUp<CompanyRecord>(Label.Company, args, ctx),
  }),
  companies: t.field({
    type: CompanyConnection,
    description: 'Companies in name order, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterCompaniesInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx) =>
      resolvePage<CompanyRecord>(ctx.reader, 'companies', args, (page) =>
        companiesPage(
          {
            sectorIds: localIds(args.filter?.sectors, Label.Sector, 'filter.sectors'),
            countryIds: localIds(args.filter?.countries, Label.Place, 'filter.countries'),
            name: args.filter?.name ?? undefined,
          },
          page,
        ),
      ),
  }),
}));
