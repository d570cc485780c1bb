/**
 * The closed vocabularies of the graph. Labels, relationship types and the
 * values of enumerated properties come only from here: Cypher text is built
 * from these constants and never from input.
 */

/** Node labels. */
export const Label = {
  Company: 'Company',
  Person: 'Person',
  Sector: 'Sector',
  Place: 'Place',
  Project: 'Project',
  Partnership: 'Partnership',
  Article: 'Article',
  Evidence: 'Evidence',
  Alias: 'Alias',
} as const;
export type Label = (typeof Label)[keyof typeof Label];

/**
 * The label of the database's own bookkeeping, not of the model: one
 * `Migration {id}` node per migration applied (src/neo4j/migrations/).
 */
export const MIGRATION_LABEL = 'Migration';

/** Labels of things an article names and a reader looks up by name: they carry names and aliases. */
export const ENTITY_LABELS = [
  Label.Company,
  Label.Person,
  Label.Sector,
  Label.Place,
  Label.Project,
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Labels the API reads nodes of: everything but the resolution-only Alias. */
export type NodeLabel = Exclude<Label, typeof Label.Alias>;
export const NODE_LABELS: readonly NodeLabel[] = [
  ...ENTITY_LABELS,
  Label.Partnership,
  Label.Article,
  Label.Evidence,
];

/** What articles name and entity resolution matches: the entities and the partnerships. */
export const NAMED_LABELS = [...ENTITY_LABELS, Label.Partnership] as const;
export type NamedLabel = (typeof NAMED_LABELS)[number];

/** Kinds of partnership. Each becomes a GraphQL enum value and names the direct company-to-company edge. */
export const PARTNERSHIP_KINDS = {
  MEMORANDUM_OF_UNDERSTANDING: { edge: 'SIGNED_MOU_WITH', directed: false },
  STRATEGIC_ALLIANCE: { edge: 'ALLIED_WITH', directed: false },
  JOINT_VENTURE: { edge: 'JOINT_VENTURE_WITH', directed: false },
  COMMERCIAL_AGREEMENT: { edge: 'COMMERCIAL_AGREEMENT_WITH', directed: false },
  RESEARCH_COLLABORATION: { edge: 'RESEARCHES_WITH', directed: false },
  MERGER: { edge: 'MERGED_WITH', directed: false },
  SUPPLY_AGREEMENT: { edge: 'SUPPLIES', directed: true },
  LICENSING_AGREEMENT: { edge: 'LICENSES_TO', directed: true },
  DISTRIBUTION_AGREEMENT: { edge: 'DISTRIBUTES_FOR', directed: true },
  INVESTMENT: { edge: 'INVESTED_IN', directed: true },
  ACQUISITION: { edge: 'ACQUIRED', directed: true },
} as const;
export type PartnershipKind = keyof typeof PARTNERSHIP_KINDS;
export const PARTNERSHIP_KIND_NAMES = Object.keys(PARTNERSHIP_KINDS) as [
  PartnershipKind,
  ...PartnershipKind[],
];
export type PartnershipEdgeType = (typeof PARTNERSHIP_KINDS)[PartnershipKind]['edge'];
export const PARTNERSHIP_EDGE_TYPES = PARTNERSHIP_KIND_NAMES.map(
  (kind) => PARTNERSHIP_KINDS[kind].edge,
);
const KIND_OF_EDGE = new Map<string, PartnershipKind>(
  PARTNERSHIP_KIND_NAMES.map((kind) => [PARTNERSHIP_KINDS[kind].edge, kind]),
);
/**
 * The kind a partnership edge type names. The loader also stores it as the
 * edge's `kind`; reading it from the type costs no db hit.
 */
export function partnershipKindOfEdge(type: string): PartnershipKind {
  const kind = KIND_OF_EDGE.get(type);
  if (!kind) throw new Error(`not a partnership edge type: ${type}`);
  return kind;
}

/**
 * What a company is to a partnership. Symmetric kinds use SIGNATORY or
 * PARTICIPANT; directed kinds name which side the direct edge starts from.
 */
export const PARTY_ROLES = {
  SIGNATORY: 'either',
  PARTICIPANT: 'either',
  INVESTOR: 'source',
  INVESTEE: 'target',
  ACQUIRER: 'source',
  TARGET: 'target',
  SUPPLIER: 'source',
  CUSTOMER: 'target',
  LICENSOR: 'source',
  LICENSEE: 'target',
  DISTRIBUTOR: 'source',
  PRINCIPAL: 'target',
} as const;
export type PartyRole = keyof typeof PARTY_ROLES;
export const PARTY_ROLE_NAMES = Object.keys(PARTY_ROLES) as [PartyRole, ...PartyRole[]];

/** Roles a directed partnership kind expects, source side then target side. */
export const DIRECTED_ROLES: Partial<Record<PartnershipKind, readonly [PartyRole, PartyRole]>> = {
  SUPPLY_AGREEMENT: ['SUPPLIER', 'CUSTOMER'],
  LICENSING_AGREEMENT: ['LICENSOR', 'LICENSEE'],
  DISTRIBUTION_AGREEMENT: ['DISTRIBUTOR', 'PRINCIPAL'],
  INVESTMENT: ['INVESTOR', 'INVESTEE'],
  ACQUISITION: ['ACQUIRER', 'TARGET'],
};

/** What a person is to a company (or, for AUTHORED, to an article). */
export const PERSON_ROLES = ['LEADS', 'FOUNDED', 'BOARD_MEMBER_OF', 'EMPLOYED_BY'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PLACE_KINDS = ['WORLD', 'CONTINENT', 'REGION', 'COUNTRY', 'CITY'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const PARTNERSHIP_SCOPES = ['WORLDWIDE', 'REGIONAL', 'NATIONAL', 'LOCAL'] as const;
export type PartnershipScope = (typeof PARTNERSHIP_SCOPES)[number];

/** Whether a domain is what the partners will work on, or an opportunity they mean to explore. */
export const DOMAIN_FOCUSES = ['CORE', 'OPPORTUNITY'] as const;
export type DomainFocus = (typeof DOMAIN_FOCUSES)[number];

export const PROJECT_STATUSES = [
  'EXPLORING',
  'PLANNED',
  'ACTIVE',
  'COMPLETED',
  'ABANDONED',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const SUBSIDIARY_KINDS = ['SUBSIDIARY', 'DIVISION', 'JOINT_VENTURE'] as const;
export type SubsidiaryKind = (typeof SUBSIDIARY_KINDS)[number];

/** Languages names and notes may be given in; each becomes a `<property>_<lang>` key. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'zh', 'ja'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Relationship types that carry facts about the world. Every one of them is
 * backed by Evidence nodes through its `claimId`.
 */
export const Rel = {
  BASED_IN_COUNTRY: 'BASED_IN_COUNTRY',
  HEADQUARTERED_IN: 'HEADQUARTERED_IN',
  ACTIVE_IN: 'ACTIVE_IN',
  OFFERS: 'OFFERS',
  SUBSIDIARY_OF: 'SUBSIDIARY_OF',
  LEADS: 'LEADS',
  FOUNDED: 'FOUNDED',
  BOARD_MEMBER_OF: 'BOARD_MEMBER_OF',
  EMPLOYED_BY: 'EMPLOYED_BY',
  AUTHORED: 'AUTHORED',
  PARTY_TO: 'PARTY_TO',
  COVERS: 'COVERS',
  TARGETS: 'TARGETS',
  CONTRIBUTES: 'CONTRIBUTES',
  INCLUDES: 'INCLUDES',
  LEADS_PROJECT: 'LEADS_PROJECT',
  IN_SECTOR: 'IN_SECTOR',
  LOCATED_IN: 'LOCATED_IN',
  MENTIONS: 'MENTIONS',
  STATED: 'STATED',
} as const;
/** In a statement about a deal, the speaker that stands for the parties together (extraction files). */
export const PARTIES_SPEAKER = 'PARTIES';
/** The property claim (`Partnership:<id>#statements`) whose evidence is what the parties said together. */
export const STATEMENTS_CLAIM = 'statements';

export type FactRelType = (typeof Rel)[keyof typeof Rel] | PartnershipEdgeType;
export const FACT_REL_TYPES: readonly FactRelType[] = [
  ...Object.values(Rel),
  ...PARTNERSHIP_EDGE_TYPES,
];

/**
 * The labels each fact relationship joins, start then end, as the loader
 * writes them (schema/model.md draws the same).
 */
type Ends = readonly [readonly NodeLabel[], readonly NodeLabel[]];
const C = [Label.Company] as const;
export const REL_ENDS: Record<FactRelType, Ends> = {
  BASED_IN_COUNTRY: [C, [Label.Place]],
  HEADQUARTERED_IN: [C, [Label.Place]],
  ACTIVE_IN: [C, [Label.Sector]],
  OFFERS: [C, [Label.Sector]],
  SUBSIDIARY_OF: [C, C],
  LEADS: [[Label.Person], C],
  FOUNDED: [[Label.Person], C],
  BOARD_MEMBER_OF: [[Label.Person], C],
  EMPLOYED_BY: [[Label.Person], C],
  AUTHORED: [[Label.Person], [Label.Article]],
  PARTY_TO: [C, [Label.Partnership]],
  COVERS: [[Label.Partnership], [Label.Sector]],
  TARGETS: [[Label.Partnership], [Label.Place]],
  CONTRIBUTES: [C, [Label.Sector]],
  INCLUDES: [[Label.Partnership], [Label.Project]],
  LEADS_PROJECT: [C, [Label.Project]],
  IN_SECTOR: [[Label.Project], [Label.Sector]],
  LOCATED_IN: [[Label.Project], [Label.Place]],
  STATED: [[Label.Person, Label.Company], [Label.Partnership]],
  MENTIONS: [
    [Label.Article],
    [Label.Company, Label.Person, Label.Sector, Label.Place, Label.Partnership, Label.Project],
  ],
  ...(Object.fromEntries(
    PARTNERSHIP_EDGE_TYPES.map((type): [string, Ends] => [type, [C, C]]),
  ) as Record<PartnershipEdgeType, Ends>),
};

/**
 * Of some relationship types, those that can join two nodes of the given
 * labels: a walk through those labels only needs those, so Neo4j expands no
 * other. Never empty: with none, the types as given (the walk then finds
 * nothing through its label filter anyway).
 */
export function typesBetween(
  types: readonly FactRelType[],
  labels: Iterable<NodeLabel>,
): readonly FactRelType[] {
  const allowed = new Set(labels);
  const joining = types.filter((type) => {
    const [from, to] = REL_ENDS[assertRelType(type)];
    return from.some((l) => allowed.has(l)) && to.some((l) => allowed.has(l));
  });
  return joining.length > 0 ? joining : types;
}

/** Whether every one of the types joins only nodes of the labels: a walk through them needs no label filter. */
export function typesWithin(types: readonly FactRelType[], labels: Iterable<NodeLabel>): boolean {
  const allowed = new Set(labels);
  return types.every((type) =>
    REL_ENDS[assertRelType(type)].every((end) => end.every((l) => allowed.has(l))),
  );
}

/**
 * Whether every relationship of these types, reached from its `anchor` end
 * (its start, its end, or either), has a node of `label` at its other end:
 * then a match needs no label check there, one db hit per row saved.
 */
export function otherEndIs(
  types: readonly FactRelType[],
  anchor: 'start' | 'end' | 'either',
  label: NodeLabel,
): boolean {
  return types.every((type) => {
    const [from, to] = REL_ENDS[assertRelType(type)];
    const others = anchor === 'start' ? [to] : anchor === 'end' ? [from] : [from, to];
    return others.every((end) => end.length === 1 && end[0] === label);
  });
}

/** The value, checked to be a fact relationship type, for Cypher text that must name one. */
export function assertRelType(value: unknown): FactRelType {
  if (!FACT_REL_TYPES.includes(value as FactRelType)) {
    throw new Error(`not a relationship type of the vocabulary: ${String(value)}`);
  }
  return value as FactRelType;
}

/** The value, checked to be a node label of the model, for Cypher text that must name one. */
export function assertNodeLabel(value: unknown): NodeLabel {
  if (!NODE_LABELS.includes(value as NodeLabel)) {
    throw new Error(`not a node label of the vocabulary: ${String(value)}`);
  }
  return value as NodeLabel;
}

/** `A|B|C` for a relationship pattern, every type checked against the vocabulary. */
export function relTypeAlternatives(types: readonly unknown[]): string {
  if (types.length === 0) throw new Error('relTypeAlternatives: no relationship type');
  return types.map(assertRelType).join('|');
}

/** Relationship types that record provenance and resolution, not facts. */
export const ProvenanceRel = {
  QUOTED_FROM: 'QUOTED_FROM',
  ABOUT: 'ABOUT',
  ALIAS_OF: 'ALIAS_OF',
} as const;
export type ProvenanceRelType = (typeof ProvenanceRel)[keyof typeof ProvenanceRel];
