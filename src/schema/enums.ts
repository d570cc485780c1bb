import {
  DOMAIN_FOCUSES,
  ENTITY_LABELS,
  FACT_REL_TYPES,
  LANGUAGES,
  type Label,
  PARTNERSHIP_KIND_NAMES,
  PARTNERSHIP_KINDS,
  PARTNERSHIP_SCOPES,
  PARTY_ROLE_NAMES,
  type PartnershipKind as PartnershipKindName,
  PERSON_ROLES,
  PLACE_KINDS,
  PROJECT_STATUSES,
  SUBSIDIARY_KINDS,
} from '../graph/vocabulary.js';
import { builder } from './builder.js';

/** GraphQL enums, each made from a closed vocabulary of src/graph/vocabulary.ts. */

export const PartnershipKind = builder.enumType('PartnershipKind', {
  description: 'The kind of agreement.',
  values: Object.fromEntries(
    PARTNERSHIP_KIND_NAMES.map((kind) => [
      kind,
      {
        description: `Companies are joined by a ${PARTNERSHIP_KINDS[kind].edge} edge${PARTNERSHIP_KINDS[kind].directed ? ', directed by the parties’ roles' : ''}.`,
      },
    ]),
  ) as Record<PartnershipKindName, { description: string }>,
});

export const PartyRole = builder.enumType('PartyRole', {
  description: 'What a company is to a partnership.',
  values: PARTY_ROLE_NAMES,
});

export const PersonRole = builder.enumType('PersonRole', {
  description: 'What a person is to a company.',
  values: PERSON_ROLES,
});

export const PlaceKind = builder.enumType('PlaceKind', { values: PLACE_KINDS });

export const PartnershipScope = builder.enumType('PartnershipScope', {
  description: 'How far an agreement reaches.',
  values: PARTNERSHIP_SCOPES,
});

export const DomainFocus = builder.enumType('DomainFocus', {
  description: 'CORE: what the partners will work on. OPPORTUNITY: what they mean to explore.',
  values: DOMAIN_FOCUSES,
});

export const ProjectStatus = builder.enumType('ProjectStatus', { values: PROJECT_STATUSES });

export const SubsidiaryKind = builder.enumType('SubsidiaryKind', { values: SUBSIDIARY_KINDS });

export const Language = builder.enumType('Language', {
  description: 'Languages names and notes may be given in.',
  values: LANGUAGES.map((l) => l.toUpperCase()),
});

/** The language code (`fr`) of a Language value (`FR`). */
export const languageCode = (value: string) => value.toLowerCase() as (typeof LANGUAGES)[number];

export const RelationshipType = builder.enumType('RelationshipType', {
  description: 'The types of fact relationships: every one is backed by evidence.',
  values: FACT_REL_TYPES,
});

/** The kind of each node label, as the enums below spell it. */
export const KIND_OF_LABEL = {
  Company: 'COMPANY',
  Person: 'PERSON',
  Sector: 'SECTOR',
  Place: 'PLACE',
  Project: 'PROJECT',
  Partnership: 'PARTNERSHIP',
  Article: 'ARTICLE',
} as const satisfies Record<Exclude<Label, 'Evidence' | 'Alias'>, string>;
export type ViewLabel = keyof typeof KIND_OF_LABEL;
export type NodeKindName = (typeof KIND_OF_LABEL)[ViewLabel];

/** The label of a NodeKind or EntityKind value. */
export const labelOfKind = (kind: NodeKindName): ViewLabel =>
  (Object.keys(KIND_OF_LABEL) as ViewLabel[]).find(
    (label) => KIND_OF_LABEL[label] === kind,
  ) as ViewLabel;

export const NodeKind = builder.enumType('NodeKind', {
  description: 'The kinds of node a graph view shows.',
  values: Object.values(KIND_OF_LABEL),
});

export const EntityKind = builder.enumType('EntityKind', {
  description: 'The kinds of node that have names and aliases.',
  values: ENTITY_LABELS.map((label) => KIND_OF_LABEL[label]),
});
