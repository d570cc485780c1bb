import type { CalendarDate } from './calendar-date.js';
import type { EntityLabel, FactRelType, Label } from './vocabulary.js';

/**
 * What one article contributes to the graph, as plain data: the nodes,
 * relationships, evidence and aliases to merge. Built from an extraction file
 * by src/ingest, written by src/neo4j.
 */

export type PropValue = string | number | boolean | CalendarDate | string[] | null;
export type Props = Record<string, PropValue>;

export interface NodeRef {
  label: Label;
  id: string;
}

export interface NodeWrite extends NodeRef {
  /** Properties set on the node; null removes a property. */
  props: Props;
}

export interface RelWrite {
  type: FactRelType;
  from: NodeRef;
  to: NodeRef;
  /** Stable identity of the claim, e.g. `LEADS:vincent-bollore->bollore`. */
  claimId: string;
  props: Props;
}

/** A quote of the article that supports one claim (a relationship, or one property of a node or relationship). */
export interface EvidenceWrite {
  id: string;
  claimId: string;
  /** The node the claim is about (the start node for a relationship claim). */
  subject: NodeRef;
  /** Relationship type, or `property` for a node property claim. */
  predicate: FactRelType | 'property';
  /** The properties the quote supports; empty when it supports a whole relationship. */
  properties: string[];
  /**
   * What this article says those properties are (those it leaves out are
   * absent): kept per article, so the graph holds every article's value and
   * the node the latest-published one's (stated-values.ts).
   */
  values: Props;
  /** The claimId of the relationship the quote is about (itself or one of its properties); null for node properties. */
  relationship: string | null;
  /** The article's own words, no-break spaces kept. */
  quote: string;
  /** Code-point offsets into the article's text, end exclusive. */
  start: number;
  end: number;
  /** Intertitle of the section the quote falls in. */
  section: string | null;
}

export interface AliasWrite {
  /** `<Label>:<folded text>`, unique in the graph. */
  key: string;
  text: string;
  entity: { label: EntityLabel; id: string };
}

export interface ArticleGraph {
  articleId: string;
  nodes: NodeWrite[];
  rels: RelWrite[];
  evidence: EvidenceWrite[];
  aliases: AliasWrite[];
}
