import type { SectorRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { sectorsPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { CompanySector, companiesOfSector } from './company-facts.js';
import { Entity } from './entity.js';
import { DomainFocus } from './enums.js';
import {
  countFacts,
  countPlan,
  factsPlan,
  readFacts,
  readFirstFacts,
  whereAmong,
} from './fact-loaders.js';
import { CAPPED, listArgs } from './list-args.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Sector } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import { PartnershipDomain, partnershipsInSector } from './partnership-facts.js';
import { ProjectSector, projectsInSector } from './project-facts.js';
import { nameText } from './validators.js';

Sector.implement({
  description:
    'A domain of activity (logistics, cloud computing, …): who works in it, which agreements cover it.',
  interfaces: [Entity],
  fields: (t) => ({
    companies: t.field({
      type: [CompanySector],
      description: `The companies that work in it or offer it, by name. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(companiesOfSector, { first: true }),
      resolve: (s, args, ctx, info) => readFirstFacts(companiesOfSector, s, ctx, info, args.first),
    }),
    companyCount: t.int({
      description: 'How many companies work in it or offer it.',
      extensions: countPlan(companiesOfSector),
      resolve: (s, _args, ctx, info) => countFacts(companiesOfSector, s, ctx, info),
    }),
    partnerships: t.field({
      type: [PartnershipDomain],
      description: `The partnerships that cover it, by name. ${CAPPED}`,
      args: { ...focusArgs, ...listArgs },
      extensions: factsPlan(partnershipsInSector, { where: FOCUS, first: true }),
      resolve: (s, args, ctx, info) =>
        readFirstFacts(partnershipsInSector, s, ctx, info, args.first, (d) =>
          ofFocus(args.focus, d.props.focus),
        ),
    }),
    partnershipCount: t.int({
      description: 'How many partnerships cover it (with this focus).',
      args: focusArgs,
      extensions: countPlan(partnershipsInSector, { where: FOCUS }),
      resolve: (s, args, ctx, info) =>
        countFacts(partnershipsInSector, s, ctx, info, (d) => ofFocus(args.focus, d.props.focus)),
    }),
    projects: t.field({
      type: [ProjectSector],
      extensions: factsPlan(projectsInSector),
      resolve: (s, _args, ctx, info) => readFacts(projectsInSector, s, ctx, info),
    }),
  }),
});

const focusArgs = builder.args((t) => ({
  focus: t.field({
    type: DomainFocus,
    description: 'Only as a core domain, or only as an opportunity.',
  }),
}));
const FOCUS = whereAmong('focus', 'focus', { single: true });
const ofFocus = (focus: string | null | undefined, value: unknown) => !focus || value === focus;

export const FilterSectorsInput = builder.inputType('FilterSectorsInput', {
  fields: (t) => ({
    name: t.string({
      description:
        'Its name (in any language) or an alias contains this, accents and case ignored.',
      validate: nameText,
    }),
  }),
});

const SectorConnection = builder.connectionObject(
  { type: Sector, name: 'SectorConnection' },
  { name: 'SectorEdge' },
);

builder.queryFields((t) => ({
  sector: t.field({
    type: Sector,
    nullable: true,
    description:
      'A sector by id or by name in any language (`logistique`, `logistics`); null when none is known.',
    args: lookupArgs(Label.Sector),
    resolve: (_root, args, ctx, info) => lookUp<SectorRecord>(Label.Sector, args, ctx, info),
  }),
  sectors: t.field({
    type: SectorConnection,
    description: 'Sectors in name order.',
    args: { ...pageArgs, filter: t.arg({ type: FilterSectorsInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) =>
      resolvePage<SectorRecord>(ctx, info, 'sectors', args, (page, projection) =>
        sectorsPage({ name: args.filter?.name ?? undefined }, page, projection),
      ),
  }),
}));
