import type { PersonRecord } from '../graph/records.js';
import { Label, Rel } from '../graph/vocabulary.js';
import { peoplePage } from '../neo4j/reads/pages.js';
import { builder } from './builder.js';
import { CompanyRole, rolesOfPerson } from './company-facts.js';
import { Entity } from './entity.js';
import {
  countFacts,
  countPlan,
  factLoader,
  factsPlan,
  readFacts,
  readFirstFacts,
} from './fact-loaders.js';
import { CAPPED, listArgs } from './list-args.js';
import { lookUp, lookupArgs } from './lookup.js';
import { localIds } from './node-id.js';
import { Article, Person } from './node-refs.js';
import { pageArgs, pageComplexity, resolvePage } from './pagination.js';
import { nameText, nonEmptyList } from './validators.js';

const articlesBy = factLoader(
  { types: [Rel.AUTHORED], from: Label.Person, to: Label.Article },
  'from',
);

Person.implement({
  description: 'A person: a leader, founder, board member, employee, or an article’s author.',
  interfaces: [Entity],
  fields: (t) => ({
    roles: t.field({
      type: [CompanyRole],
      description: 'What they are to which companies.',
      extensions: factsPlan(rolesOfPerson),
      resolve: (p, _args, ctx, info) => readFacts(rolesOfPerson, p, ctx, info),
    }),
    articles: t.field({
      type: [Article],
      description: `The articles they wrote, by title. ${CAPPED}`,
      args: listArgs,
      extensions: factsPlan(articlesBy, { end: 'to', first: true }),
      resolve: async (p, args, ctx, info) =>
        (await readFirstFacts(articlesBy, p, ctx, info, args.first)).map(
          (fact) => fact.to as never,
        ),
    }),
    articleCount: t.int({
      description: 'How many articles they wrote.',
      extensions: countPlan(articlesBy),
      resolve: (p, _args, ctx, info) => countFacts(articlesBy, p, ctx, info),
    }),
  }),
});

export const FilterPeopleInput = builder.inputType('FilterPeopleInput', {
  fields: (t) => ({
    name: t.string({
      description: 'Their name or an alias contains this, accents and case ignored.',
      validate: nameText,
    }),
    companies: t.idList({
      validate: nonEmptyList,
      description: 'Hold a role at any of these companies (ids).',
    }),
  }),
});

const PersonConnection = builder.connectionObject(
  { type: Person, name: 'PersonConnection' },
  { name: 'PersonEdge' },
);

builder.queryFields((t) => ({
  person: t.field({
    type: Person,
    nullable: true,
    description: 'A person by id or by name (aliases count); null when none is known.',
    args: lookupArgs(Label.Person),
    resolve: (_root, args, ctx, info) => lookUp<PersonRecord>(Label.Person, args, ctx, info),
  }),
  people: t.field({
    type: PersonConnection,
    description: 'People in name order, filtered.',
    args: { ...pageArgs, filter: t.arg({ type: FilterPeopleInput }) },
    complexity: pageComplexity,
    resolve: (_root, args, ctx, info) =>
      resolvePage<PersonRecord>(ctx, info, 'people', args, (page, projection) =>
        peoplePage(
          {
            name: args.filter?.name ?? undefined,
            companyIds: localIds(args.filter?.companies, Label.Company, 'filter.companies'),
          },
          page,
          projection,
        ),
      ),
  }),
}));
