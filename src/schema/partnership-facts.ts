import type {
  CompanyRecord,
  FactRecord,
  PartnershipRecord,
  PlaceRecord,
  ProjectRecord,
  SectorRecord,
} from '../graph/records.js';
import {
  type DomainFocus as DomainFocusName,
  Label,
  PARTNERSHIP_EDGE_TYPES,
  PARTNERSHIP_KIND_NAMES,
  PARTNERSHIP_KINDS,
  type PartyRole as PartyRoleName,
  partnershipKindOfEdge,
  Rel,
} from '../graph/vocabulary.js';
import { contributionsWithin, type FactPattern } from '../neo4j/reads/facts.js';
import { builder } from './builder.js';
import { DomainFocus, PartnershipKind, PartyRole } from './enums.js';
import { Fact, factType, prop } from './fact.js';
import { factLoader, keyedFactLoader } from './fact-loaders.js';
import { planned, prefetched, reads } from './field-plan.js';
import { Company, Partnership, Place, Project, Sector } from './node-refs.js';

/** The facts around partnerships: parties, partners, domains, markets, projects, contributions. */

const [firstEdge, ...otherEdges] = PARTNERSHIP_EDGE_TYPES;
const PARTNER_EDGES: FactPattern = {
  types: [firstEdge as (typeof PARTNERSHIP_EDGE_TYPES)[number], ...otherEdges],
  from: Label.Company,
  to: Label.Company,
};
const PARTIES: FactPattern = { types: [Rel.PARTY_TO], from: Label.Company, to: Label.Partnership };
const DOMAINS: FactPattern = { types: [Rel.COVERS], from: Label.Partnership, to: Label.Sector };
const MARKETS: FactPattern = { types: [Rel.TARGETS], from: Label.Partnership, to: Label.Place };
const PROJECTS: FactPattern = { types: [Rel.INCLUDES], from: Label.Partnership, to: Label.Project };
const CONTRIBUTIONS: FactPattern = {
  types: [Rel.CONTRIBUTES],
  from: Label.Company,
  to: Label.Sector,
};

export const partnerEdgesOfCompany = factLoader<CompanyRecord, CompanyRecord>(
  PARTNER_EDGES,
  'either',
);
export const partiesOfPartnership = factLoader<CompanyRecord, PartnershipRecord>(PARTIES, 'to');
export const partnershipsOfCompany = factLoader<CompanyRecord, PartnershipRecord>(PARTIES, 'from');
export const domainsOfPartnership = factLoader<PartnershipRecord, SectorRecord>(DOMAINS, 'from');
export const partnershipsInSector = factLoader<PartnershipRecord, SectorRecord>(DOMAINS, 'to');
export const marketsOfPartnership = factLoader<PartnershipRecord, PlaceRecord>(MARKETS, 'from');
export const partnershipsInMarket = factLoader<PartnershipRecord, PlaceRecord>(MARKETS, 'to');
export const projectsOfPartnership = factLoader<PartnershipRecord, ProjectRecord>(PROJECTS, 'from');
export const partnershipsOfProject = factLoader<PartnershipRecord, ProjectRecord>(PROJECTS, 'to');
export const contributionsOfCompany = factLoader<CompanyRecord, SectorRecord>(
  CONTRIBUTIONS,
  'from',
);

export const contributionsWithinPartnership = keyedFactLoader<CompanyRecord, SectorRecord>(
  contributionsWithin,
);

/** A fact that carries its partnership's id (a partner edge, a contribution) reads the partnership by it. */
const PARTNERSHIP_BY_ID = {
  kind: 'node',
  label: Label.Partnership,
  idProperty: 'partnershipId',
} as const;

export const PartnerDirection = builder.enumType('PartnerDirection', {
  description: 'Which way a partnership edge points, seen from the company asked about.',
  values: {
    MUTUAL: { description: 'A symmetric kind: a memorandum, an alliance, a joint venture, …' },
    OUTGOING: {
      description: 'This company is the investor, acquirer, supplier, licensor or distributor.',
    },
    INCOMING: {
      description: 'This company is the investee, target, customer, licensee or principal.',
    },
  } as const,
});

/** A direct partnership edge, seen from one of its companies (`selfId`). */
export type PartnerFact = FactRecord<CompanyRecord, CompanyRecord> & { selfId: string };

export const Partner = builder.objectRef<PartnerFact>('Partner').implement({
  description: 'Another company this one has a partnership with, and the partnership.',
  interfaces: [Fact],
  fields: (t) => ({
    company: t.field({
      type: Company,
      description: 'The partner.',
      extensions: planned({ kind: 'end', end: 'other' }),
      resolve: (fact) => (fact.from.id === fact.selfId ? fact.to : fact.from),
    }),
    kind: t.field({
      // Each kind has an edge type of its own: the type says it, no property read.
      extensions: reads(),
      type: PartnershipKind,
      resolve: (fact) => partnershipKindOfEdge(fact.type),
    }),
    direction: t.field({
      extensions: planned({ kind: 'direction' }),
      type: PartnerDirection,
      resolve: (fact) =>
        PARTNER_DIRECTED.has(fact.type)
          ? fact.from.id === fact.selfId
            ? 'OUTGOING'
            : 'INCOMING'
          : 'MUTUAL',
    }),
    signedOn: t.field({
      extensions: reads('signedOn'),
      type: 'Date',
      nullable: true,
      resolve: (fact) => prop(fact, 'signedOn'),
    }),
    partnership: t.field({
      type: Partnership,
      description: 'The agreement: parties, domains, markets, projects, sources.',
      extensions: planned(PARTNERSHIP_BY_ID),
      resolve: (fact, _args, _ctx, info) =>
        prefetched<PartnershipRecord>(fact, info) ??
        (prop<string>(fact, 'partnershipId') as string),
    }),
  }),
});

const PARTNER_DIRECTED = new Set<string>(
  PARTNERSHIP_KIND_NAMES.filter((kind) => PARTNERSHIP_KINDS[kind].directed).map(
    (kind) => PARTNERSHIP_KINDS[kind].edge,
  ),
);

export const PartnershipParty = factType<CompanyRecord, PartnershipRecord>({
  name: 'PartnershipParty',
  description: 'A company is party to a partnership, in a role.',
  from: ['company', Company],
  to: ['partnership', Partnership],
  fields: (t) => ({
    role: t.field({
      extensions: reads('role'),
      type: PartyRole,
      resolve: (fact) => prop<PartyRoleName>(fact, 'role') as PartyRoleName,
    }),
  }),
});

export const PartnershipDomain = factType<PartnershipRecord, SectorRecord>({
  name: 'PartnershipDomain',
  description: 'A partnership covers a sector, as its core or as an opportunity.',
  from: ['partnership', Partnership],
  to: ['sector', Sector],
  fields: (t) => ({
    focus: t.field({
      extensions: reads('focus'),
      type: DomainFocus,
      resolve: (fact) => prop<DomainFocusName>(fact, 'focus') as DomainFocusName,
    }),
  }),
});

export const PartnershipMarket = factType<PartnershipRecord, PlaceRecord>({
  name: 'PartnershipMarket',
  description: 'A partnership targets a market.',
  from: ['partnership', Partnership],
  to: ['place', Place],
});

export const PartnershipProject = factType<PartnershipRecord, ProjectRecord>({
  name: 'PartnershipProject',
  description: 'A partnership includes a project.',
  from: ['partnership', Partnership],
  to: ['project', Project],
});

export const Contribution = factType<CompanyRecord, SectorRecord>({
  name: 'Contribution',
  description: 'Within a partnership, a company brings its strength in a sector to another party.',
  from: ['contributor', Company],
  to: ['sector', Sector],
  fields: (t) => ({
    beneficiary: t.field({
      type: Company,
      nullable: true,
      extensions: planned({ kind: 'node', label: Label.Company, idProperty: 'beneficiaryId' }),
      resolve: (fact, _args, _ctx, info) =>
        prefetched<CompanyRecord | null>(fact, info) ?? prop<string>(fact, 'beneficiaryId'),
    }),
    partnership: t.field({
      type: Partnership,
      extensions: planned(PARTNERSHIP_BY_ID),
      resolve: (fact, _args, _ctx, info) =>
        prefetched<PartnershipRecord>(fact, info) ??
        (prop<string>(fact, 'partnershipId') as string),
    }),
  }),
});
