import type { GraphQLResolveInfo } from 'graphql';
import { LANGUAGES, type NodeLabel } from '../graph/vocabulary.js';
import type { FactPattern, FactSide } from '../neo4j/reads/facts.js';
import { prefetchedKey } from '../neo4j/reads/materialize.js';
import type { EvidenceKey, FactFilter, ParamValue } from '../neo4j/reads/projection.js';
import { languageCode } from './enums.js';

/**
 * What a field declares about how it reads the graph, for the planner
 * (selection-plan.ts): `extensions: planned(...)` for a field that reads
 * nodes or facts, `extensions: reads(...)` for the properties a scalar field
 * reads; and `prefetched`, how its resolver finds what the plan read.
 */

/** What a plan knows of the field it plans. */
export interface PlanInput {
  /** The GraphQL type the field is on (a node type's name is its label). */
  typeName: string;
  /**
   * This request's argument values. Only whether an argument is given, and
   * the value of an enum (part of a compiled plan's key), may shape the
   * plan: compiled plans are reused for the same document and variables'
   * shape. Other values enter through `arg`.
   */
  args: Readonly<Record<string, unknown>>;
  /** An argument's value as a statement parameter, taken from each request's variables. */
  arg(name: string, map?: (value: unknown) => unknown): ParamValue;
}

/** How a field is read, relative to its parent (a node, a fact or an evidence). */
export type FieldRead =
  /** Facts around the parent node; with `end`, the field returns that end of each fact instead. */
  | {
      kind: 'facts';
      pattern: FactPattern;
      side: FactSide;
      end?: 'from' | 'to';
      where?: FactFilter;
      limit?: ParamValue;
    }
  /** How many facts match a pattern around the parent node. */
  | { kind: 'count'; pattern: FactPattern; side: FactSide; where?: FactFilter }
  /** Within a partnership: the contributions its CONTRIBUTES edges carry its id for. */
  | { kind: 'contributions' }
  /** Evidence nodes by claim or article. */
  | { kind: 'evidence'; by: 'claimId' | 'articleId'; key: EvidenceKey; limit?: ParamValue }
  | { kind: 'evidenceCount'; by: 'claimId' | 'articleId'; key: EvidenceKey }
  /** One node of a label by an id the parent holds. */
  | { kind: 'node'; label: NodeLabel; idProperty: string }
  /** On an evidence: what its claim is about. */
  | { kind: 'subject' }
  /** On an article: its text. */
  | { kind: 'text' }
  /**
   * On a partnership: what was said about it (`STATED` edges, and the
   * evidence of the claim `key`, what the parties said together), as
   * PartnershipStatement records whose `evidence` and `speaker(s)` fields plan their nodes.
   */
  | { kind: 'statements'; key: EvidenceKey }
  /**
   * Each article's value of a property claim (`key`), as StatedValue records
   * whose `evidence` and `article` fields plan their nodes.
   */
  | { kind: 'statedValues'; key: EvidenceKey }
  /** On an evidence: the relationship whose claim id is its property `property`, as a GraphEdge; null when none. */
  | { kind: 'claimFact'; property: string }
  /** On a fact: one of its ends (`other` is the end it was not reached from). */
  | { kind: 'end'; end: 'from' | 'to' | 'other' }
  /**
   * On a fact reached from either end: the field reads which end is the
   * start (a partner's direction). Without one, the plan does not ask.
   */
  | { kind: 'direction' };

export type FieldPlan = (input: PlanInput) => FieldRead | undefined;

/** Field options' `extensions` declaring how the field is read in a planned statement. */
export function planned(plan: FieldPlan | FieldRead): { plan: FieldPlan } {
  return { plan: typeof plan === 'function' ? plan : () => plan };
}

/** What a scalar field reads of its node: property names, possibly depending on which arguments are given. */
export type FieldProperties = readonly string[] | ((input: PlanInput) => readonly string[]);

/**
 * Field options' `extensions` naming the node properties the field's resolver
 * reads, so a planned statement reads only those. A field that names none and
 * does not expose a property has its node read whole.
 */
export function reads(...properties: string[]): { properties: FieldProperties } {
  return { properties };
}

/**
 * `reads` for a property given per language (`name`, `name_fr`, …): the base
 * alone, with the given `language`'s own when one is, or all of them
 * (`always`) for a resolver that falls back from one language to another.
 */
export function readsLocalized(
  base: string,
  options: { always?: boolean } = {},
): { properties: FieldProperties } {
  const all = [base, ...LANGUAGES.map((language) => `${base}_${language}`)];
  // A resolver that falls back through the languages reads each one's, not the base.
  const everyLanguage = all.slice(1);
  return {
    properties: ({ args }) => {
      if (options.always) return everyLanguage;
      if (args.language == null) return [base];
      // Language is an enum: its value is part of a cached plan's key, so the plan may depend on it.
      return [base, `${base}_${languageCode(String(args.language))}`];
    },
  };
}

/** What the planned statement read for this field, if one did; undefined sends the resolver to its loader. */
export function prefetched<T>(parent: object, info: GraphQLResolveInfo): T | undefined {
  const key = prefetchedKey(String(info.path.key));
  return key in parent ? ((parent as Record<string, unknown>)[key] as T) : undefined;
}
