import type { SectorRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { sectorsPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { CompanySector, companiesOfSector } from './company-facts.js';
import { Entity } from './entity.js';
import { DomainFocus } from './enums.js';
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
      resolve: (s, _args, ctx) => companiesOfSector(ctx, s.id),
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
      resolve: async (s, args, ctx) =>
        (await partnershipsInSector(ctx, s.id)).filter(
          (d) => !args.focus || d.props.focus === args.focus,
        ),
    }),
    projects: t.field({
      type: [ProjectSector],
      resolve: (s, _args, ctx) => projectsInSector(ctx, s.id),
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
    resolve: (_root, args, ctx) => lookUp<SectorRecord>(Label.Sector, args, ctx),
  }),
  sectors: t.field({
    type: SectorConnection,
    description: 'Sectors in name order.',
    args: { ...pageArgs, filter: t.arg({ type: FilterSectorsInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx) =>
      resolvePage<SectorRecord>(ctx.reader, 'sectors', args, (page) =>
        sectorsPage({ name: args.filter?.name ?? undefined }, page),
      ),
  }),
}));
