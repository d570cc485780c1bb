import type { CompanyRecord, PersonRecord, PlaceRecord, SectorRecord } from '../graph/records.js';
import {
  Label,
  type PersonRole as PersonRoleName,
  Rel,
  type SubsidiaryKind as SubsidiaryKindName,
} from '../graph/vocabulary.js';
import type { FactPattern } from '../neo4j/reads/facts.js';
import { builder } from './builder.js';
import { Language, PersonRole, SubsidiaryKind } from './enums.js';
import { factType, localizedProp, prop } from './fact.js';
import { factLoader } from './fact-loaders.js';
import { planned, prefetched, reads, readsLocalized } from './field-plan.js';
import { Company, Person, Place, Sector } from './node-refs.js';

/** The facts that describe a company: its sectors, places, people and parent. */

const SECTORS: FactPattern = {
  types: [Rel.ACTIVE_IN, Rel.OFFERS],
  from: Label.Company,
  to: Label.Sector,
};
const COUNTRY: FactPattern = {
  types: [Rel.BASED_IN_COUNTRY],
  from: Label.Company,
  to: Label.Place,
};
const HEADQUARTERS: FactPattern = {
  types: [Rel.HEADQUARTERED_IN],
  from: Label.Company,
  to: Label.Place,
};
const ROLES: FactPattern = {
  types: [Rel.LEADS, Rel.FOUNDED, Rel.BOARD_MEMBER_OF, Rel.EMPLOYED_BY],
  from: Label.Person,
  to: Label.Company,
};
const PARENT: FactPattern = { types: [Rel.SUBSIDIARY_OF], from: Label.Company, to: Label.Company };

export const sectorsOfCompany = factLoader<CompanyRecord, SectorRecord>(SECTORS, 'from');
export const companiesOfSector = factLoader<CompanyRecord, SectorRecord>(SECTORS, 'to');
export const countriesOfCompany = factLoader<CompanyRecord, PlaceRecord>(COUNTRY, 'from');
export const headquartersOfCompany = factLoader<CompanyRecord, PlaceRecord>(HEADQUARTERS, 'from');
export const companiesInPlace = factLoader<CompanyRecord, PlaceRecord>(
  { types: [Rel.BASED_IN_COUNTRY, Rel.HEADQUARTERED_IN], from: Label.Company, to: Label.Place },
  'to',
);
export const rolesOfPerson = factLoader<PersonRecord, CompanyRecord>(ROLES, 'from');
export const rolesAtCompany = factLoader<PersonRecord, CompanyRecord>(ROLES, 'to');
export const parentsOfCompany = factLoader<CompanyRecord, CompanyRecord>(PARENT, 'from');
export const subsidiariesOfCompany = factLoader<CompanyRecord, CompanyRecord>(PARENT, 'to');

export const CompanySector = factType<CompanyRecord, SectorRecord>({
  name: 'CompanySector',
  description:
    'A company works in a sector (ACTIVE_IN) or offers it (OFFERS), with its rank there when an article gives one.',
  from: ['company', Company],
  to: ['sector', Sector],
  fields: (t) => ({
    rank: t.int({
      extensions: reads('rank'),
      nullable: true,
      resolve: (fact) => prop<number>(fact, 'rank'),
    }),
    rankAtMost: t.int({
      extensions: reads('rankAtMost'),
      nullable: true,
      description: 'Among the first N, when only that is said ("among the 200 largest").',
      resolve: (fact) => prop<number>(fact, 'rankAtMost'),
    }),
    rankWithin: t.field({
      type: Place,
      nullable: true,
      description: 'Where the rank holds.',
      extensions: planned({ kind: 'node', label: Label.Place, idProperty: 'rankWithin' }),
      resolve: (fact, _args, _ctx, info) =>
        prefetched<PlaceRecord | null>(fact, info) ?? prop(fact, 'rankWithin'),
    }),
  }),
});

export const CompanyPlace = factType<CompanyRecord, PlaceRecord>({
  name: 'CompanyPlace',
  description: 'A company is based in a country (BASED_IN_COUNTRY) or headquartered in a place.',
  from: ['company', Company],
  to: ['place', Place],
});

export const CompanyRole = factType<PersonRecord, CompanyRecord>({
  name: 'CompanyRole',
  description: 'A person leads, founded, sits on the board of, or works for a company.',
  from: ['person', Person],
  to: ['company', Company],
  fields: (t) => ({
    role: t.field({
      extensions: reads(),
      type: PersonRole,
      resolve: (fact) => fact.type as PersonRoleName,
    }),
    title: t.string({
      extensions: readsLocalized('title', { always: true }),
      nullable: true,
      description: 'The title the article gives ("PDG"), in `language` when known.',
      args: { language: t.arg({ type: Language }) },
      resolve: (fact, args) => localizedProp(fact.props, 'title', args.language),
    }),
    asOf: t.field({
      extensions: reads('asOf'),
      type: 'Date',
      nullable: true,
      description: 'The date the role is stated for (the article’s date unless it says otherwise).',
      resolve: (fact) => prop(fact, 'asOf'),
    }),
  }),
});

export const Subsidiary = factType<CompanyRecord, CompanyRecord>({
  name: 'Subsidiary',
  description: 'A company is a subsidiary, division or joint venture of another.',
  from: ['subsidiary', Company],
  to: ['parent', Company],
  fields: (t) => ({
    kind: t.field({
      extensions: reads('kind'),
      type: SubsidiaryKind,
      resolve: (fact) => prop<SubsidiaryKindName>(fact, 'kind') as SubsidiaryKindName,
    }),
    note: t.string({
      extensions: readsLocalized('note', { always: true }),
      nullable: true,
      description:
        'How the article describes the link ("branche informatique"), in `language` when known.',
      args: { language: t.arg({ type: Language }) },
      resolve: (fact, args) => localizedProp(fact.props, 'note', args.language),
    }),
  }),
});

export const Headcount = builder.objectRef<CompanyRecord>('Headcount').implement({
  description: 'How many people a company employs: exactly, at least or at most, as of a date.',
  fields: (t) => ({
    exact: t.int({ nullable: true, resolve: (c) => c.employeesExact ?? null }),
    atLeast: t.int({ nullable: true, resolve: (c) => c.employeesAtLeast ?? null }),
    atMost: t.int({ nullable: true, resolve: (c) => c.employeesAtMost ?? null }),
    asOf: t.field({ type: 'Date', nullable: true, resolve: (c) => c.employeesAsOf ?? null }),
  }),
});
