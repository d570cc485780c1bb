import { createHash } from 'node:crypto';
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
 * The type of the relationship a claim id names (`LEADS` for
 * `LEADS:vincent-bollore->bollore`, and for `ACTIVE_IN:alibaba->online-retail#ranking`,
 * a claim about that relationship's properties); undefined for a claim about
 * a node's properties or anything that is not a claim id of a fact relationship.
 */
export function relTypeOfClaim(claimId: string): FactRelType | undefined {
  // Any id before the arrow: a byline's author id is slugified from the name
  // and may hold letters NFKD does not take to ASCII (`søren-skou`).
  const type = /^([A-Z_]+):[^:]+->/u.exec(claimId)?.[1] as FactRelType | undefined;
  return type && FACT_REL_TYPES.includes(type) ? type : undefined;
}

/** An Evidence node's id: one quote of one article for one claim. */
export function evidenceId(articleId: string, claimId: string, start: number, end: number): string {
  return createHash('sha256')
    .update([articleId, claimId, start, end].join('|'))
    .digest('hex')
    .slice(0, 24);
}
