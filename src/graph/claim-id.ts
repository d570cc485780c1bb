import type { NodeRef } from './model.js';
import { FACT_REL_TYPES, type FactRelType } from './vocabulary.js';

/** Claim ids: the stable identity of what an article states, shared by its relationship and its Evidence. */

/** `LEADS:vincent-bollore->bollore`, or `...@partnership` when the same pair can be linked per partnership. */
export function relClaimId(type: FactRelType, from: string, to: string, scope?: string): string {
  return `${type}:${from}->${to}${scope ? `@${scope}` : ''}`;
}

/** `Company:bollore#founded`: a claim about one or more properties of a node. */
export function propertyClaimId(subject: NodeRef, property: string): string {
  return `${subject.label}:${subject.id}#${property}`;
}

/**
 * What a relationship's claim id names: its type and the id of its start
 * node (`LEADS` and `vincent-bollore` for `LEADS:vincent-bollore->bollore`);
 * undefined for a property claim of a node or anything that is not a claim
 * id of a fact relationship. A claim about a relationship's properties
 * (`…#ranking`) names that relationship.
 */
export function relationshipOfClaim(
  claimId: string,
): { type: FactRelType; fromId: string } | undefined {
  const match = /^([A-Z_]+):([a-z0-9-]+?)->/.exec(claimId);
  const type = match?.[1] as FactRelType | undefined;
  if (!match || !type || !FACT_REL_TYPES.includes(type)) return undefined;
  return { type, fromId: match[2] as string };
}
