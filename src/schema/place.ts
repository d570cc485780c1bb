import type { PlaceRecord } from '../graph/records.js';
import { Label } from '../graph/vocabulary.js';
import { placesPage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { CompanyPlace, companiesInPlace } from './company-facts.js';
import { Entity } from './entity.js';
import { PlaceKind } from './enums.js';
import { countFacts, countPlan, factsPlan, readFacts, readFirstFacts } from './fact-loaders.js';
import { reads } from './field-plan.js';
import { CAPPED, listArgs } from './list-args.js';
import { lookUp, lookupArgs } from './lookup.js';
import { Place } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import { PartnershipMarket, partnershipsInMarket } from './partnership-facts.js';
import { ProjectPlace, projectsInPlace } from './project-facts.js';
import { nameText, nonEmptyList } from './validators.js';

Place.implement({
  description:
    'A city, country, continent, or the world: what is based there, which agreements target it.',
  interfaces: [Entity],
  fields: (t) => ({
    kind: t.field({ extensions: reads('kind'), type: PlaceKind, resolve: (p) => p.kind }),
    companies: t.field({
      type: [CompanyPlace],
      description: `The companies based or headquartered there, by name. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(companiesInPlace, { first: true }),
      resolve: (p, args, ctx, info) => readFirstFacts(companiesInPlace, p, ctx, info, args.first),
    }),
    companyCount: t.int({
      description: 'How many companies are based or headquartered there.',
      extensions: countPlan(companiesInPlace),
      resolve: (p, _args, ctx, info) => countFacts(companiesInPlace, p, ctx, info),
    }),
    partnerships: t.field({
      type: [PartnershipMarket],
      description: `The partnerships that target it as a market, by name. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(partnershipsInMarket, { first: true }),
      resolve: (p, args, ctx, info) =>
        readFirstFacts(partnershipsInMarket, p, ctx, info, args.first),
    }),
    partnershipCount: t.int({
      description: 'How many partnerships target it.',
      extensions: countPlan(partnershipsInMarket),
      resolve: (p, _args, ctx, info) => countFacts(partnershipsInMarket, p, ctx, info),
    }),
    projects: t.field({
      type: [ProjectPlace],
      extensions: factsPlan(projectsInPlace),
      resolve: (p, _args, ctx, info) => readFacts(projectsInPlace, p, ctx, info),
    }),
  }),
});

export const FilterPlacesInput = builder.inputType('FilterPlacesInput', {
  fields: (t) => ({
    name: t.string({
      description: 'Its name (in any language) contains this, accents and case ignored.',
      validate: nameText,
    }),
    kinds: t.field({
      type: [PlaceKind],
      validate: nonEmptyList,
      description: 'Only these kinds of place.',
    }),
  }),
});

const PlaceConnection = builder.connectionObject(
  { type: Place, name: 'PlaceConnection' },
  { name: 'PlaceEdge' },
);

builder.queryFields((t) => ({
  place: t.field({
    type: Place,
    nullable: true,
    description:
      'A place by id or by name in any language (`Chine`, `China`); null when none is known.',
    args: lookupArgs(Label.Place),
    resolve: (_root, args, ctx, info) => lookUp<PlaceRecord>(Label.Place, args, ctx, info),
  }),
  places: t.field({
    type: PlaceConnection,
    description: 'Places in name order, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterPlacesInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) =>
      resolvePage<PlaceRecord>(ctx, info, 'places', args, (page, projection) =>
        placesPage(
          { name: args.filter?.name ?? undefined, kinds: args.filter?.kinds ?? undefined },
          page,
          projection,
        ),
      ),
  }),
}));
