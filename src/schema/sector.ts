import type { SectorRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { sectorsPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { CompanySector, companiesOfSector } from './company-facts.js';
import { Entity } from './entity.js';
import { DomainFocus } from './enums.js';
import { factsPlan, readFacts, whereAmong } from './fact.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Sector } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import {
  PartnershipDomain,
  ProjectSector,
  partnershipsInSector,
  projectsInSector,
} from './partnership-facts.js';
import { nameText } from './validators.js';

Sector.implement({
  description:
    'A domain of activity (logistics, cloud computing, …): who works in it, which agreements cover it.',
  interfaces: [Entity],
  fields: (t) => ({
    companies: t.field({
      type: [CompanySector],
      description: 'The companies that work in it or offer it.',
      extensions: factsPlan(companiesOfSector),
      resolve: (s, _args, ctx, info) => readFacts(companiesOfSector, s, ctx, info),
    }),
    partnerships: t.field({
      type: [PartnershipDomain],
      description: 'The partnerships that cover it.',
      args: {
        focus: t.arg({
          type: DomainFocus,
          description: 'Only as a core domain, or only as an opportunity.',
        }),
      },
      extensions: factsPlan(partnershipsInSector, { where: whereAmong('focus', 'focus', true) }),
      resolve: async (s, args, ctx, info) =>
        (await readFacts(partnershipsInSector, s, ctx, info)).filter(
          (d) => !args.focus || d.props.focus === args.focus,
        ),
    }),
    projects: t.field({
      type: [ProjectSector],
      extensions: factsPlan(projectsInSector),
      resolve: (s, _args, ctx, info) => readFacts(projectsInSector, s, ctx, info),
    }),
  }),
});

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
    args: lookupArgs,
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
