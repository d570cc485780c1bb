import type {
  Language,
  PartnershipKind,
  PartnershipScope,
  PlaceKind,
  ProjectStatus,
} from './vocabulary.js';

/**
 * What reads return: the properties of nodes and relationships as plain
 * JavaScript values (whole numbers as numbers, dates as `YYYY-MM-DD`). A
 * property an article does not state is absent.
 */

/** Names in other languages, `name_fr`, `name_en`, …, where they differ from `name`. */
type Localized<P extends string> = { [K in `${P}_${Language}`]?: string };

export interface NodeRecord {
  id: string;
  /** The node's label, which is also its GraphQL type. */
  __typename?: string;
}

export interface EntityRecord extends NodeRecord, Localized<'name'> {
  name: string;
  /** The canonical name, its translations and every alias. */
  names?: string[];
  aliases?: string[];
  namedBy?: string;
}

export interface CompanyRecord extends EntityRecord {
  foundedYear?: number;
  employeesExact?: number;
  employeesAtLeast?: number;
  employeesAtMost?: number;
  employeesAsOf?: string;
}

export type PersonRecord = EntityRecord;
export type SectorRecord = EntityRecord;

export interface PlaceRecord extends EntityRecord {
  kind: PlaceKind;
}

export interface ProjectRecord extends EntityRecord {
  status?: ProjectStatus;
}

export interface PartnershipRecord extends NodeRecord, Localized<'name'> {
  kind: PartnershipKind;
  name: string;
  namedBy?: string;
  /** Ids and names other reports of the agreement give it. */
  aliases?: string[];
  scope?: PartnershipScope;
  signedOn?: string;
  startsOn?: string;
  endsOn?: string;
  amountDisclosed?: boolean;
  amountValue?: number;
  amountCurrency?: string;
  includesSubsidiaries?: boolean;
  [objectives: `objectives_${string}`]: string[] | undefined;
}

export interface ArticleRecord extends NodeRecord {
  title: string;
  title_en?: string;
  lede?: string;
  publishedOn: string;
  author?: string;
  language: Language;
  publisher?: string;
  url?: string;
  sectionHeadings?: string[];
  file?: string;
  origin?: string;
  sha256?: string;
}

export interface EvidenceRecord extends NodeRecord {
  claimId: string;
  quote: string;
  start: number;
  end: number;
  section?: string;
  /** A relationship type, or `property` for a claim about properties. */
  predicate: string;
  properties: string[];
  /** The claim id of the relationship the claim is on; absent for a node's own properties. */
  relationship?: string;
  subjectLabel: string;
  subjectId: string;
  articleId: string;
}

/** A fact relationship with both of its nodes, in the direction it is stored. */
export interface FactRecord<From = NodeRecord, To = NodeRecord> {
  type: string;
  /** The relationship's properties, `claimId` among them. */
  props: { claimId: string } & Record<string, unknown>;
  from: From;
  to: To;
}
