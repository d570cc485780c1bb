import { PARTNERSHIP_KINDS, type PartnershipKind } from './vocabulary.js';

/**
 * When two reports describe one agreement (issue 10): the same parties once
 * each subsidiary is replaced by its parent, compatible kinds, and signing
 * dates within a week (or, when one is missing, the same year). Pure; the
 * loaders feed it what the graph and the file say.
 */

/** What a report (or a known agreement) says that the rule compares. */
export interface AgreementFacts {
  kind: PartnershipKind | string;
  /** Party company ids, as resolved in the graph. */
  parties: readonly string[];
  /** `YYYY-MM-DD`, when stated. */
  signedOn: string | null;
  /** `YYYY-MM-DD` of the article (for a known agreement, its earliest report's). */
  publishedOn: string;
}

/** At most this many days between two signing dates of one agreement. */
export const SIGNING_DAYS_APART = 7;

/** A subsidiary's parent: child id → parent id, for SUBSIDIARY and DIVISION links only. */
export type Parents = ReadonlyMap<string, string>;

/** The top of a company's chain of parents (itself when it has none); stops on a cycle. */
export function rootOf(parents: Parents, id: string): string {
  const seen = new Set([id]);
  let at = id;
  for (
    let parent = parents.get(at);
    parent !== undefined && !seen.has(parent);
    parent = parents.get(at)
  ) {
    seen.add(parent);
    at = parent;
  }
  return at;
}

/** The parties as the rule sees them: each replaced by its root, sorted, without repeats. */
export function rootParties(parents: Parents, parties: readonly string[]): string[] {
  return [...new Set(parties.map((p) => rootOf(parents, p)))].sort();
}

/**
 * rootParties as one string: two reports can be one agreement only when their
 * keys are equal, so an index keyed by it narrows the candidates to compare.
 */
export function rootKey(parents: Parents, parties: readonly string[]): string {
  return rootParties(parents, parties).join('\u0000');
}

const symmetric = (kind: string) =>
  kind in PARTNERSHIP_KINDS && !PARTNERSHIP_KINDS[kind as PartnershipKind].directed;

/** Identical, or both symmetric (a memorandum reported elsewhere as an alliance). */
export function kindsCompatible(a: string, b: string): boolean {
  return a === b || (symmetric(a) && symmetric(b));
}

const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const year = (facts: AgreementFacts) => (facts.signedOn ?? facts.publishedOn).slice(0, 4);

/** Signed within SIGNING_DAYS_APART days, or one date missing and the years equal. */
export function datesCompatible(a: AgreementFacts, b: AgreementFacts): boolean {
  if (a.signedOn && b.signedOn)
    return Math.abs(days(a.signedOn) - days(b.signedOn)) <= SIGNING_DAYS_APART;
  return year(a) === year(b);
}

/** Whether a report describes the known agreement. */
export function sameAgreement(
  parents: Parents,
  report: AgreementFacts,
  known: AgreementFacts,
): boolean {
  const a = rootParties(parents, report.parties);
  const b = rootParties(parents, known.parties);
  return (
    a.length === b.length &&
    a.every((id, i) => id === b[i]) &&
    kindsCompatible(report.kind, known.kind) &&
    datesCompatible(report, known)
  );
}

/** One article's report of an agreement, as stored on its MENTIONS edge. */
export interface StoredReport {
  articleId: string;
  publishedOn: string;
  /** The id the article gave the agreement. */
  reportedAs: string;
}

/**
 * The report whose id is canonical: the earliest published, ties broken by
 * the smaller id (then article id), so the order of loading never matters.
 */
export function canonicalReport<R extends StoredReport>(reports: readonly R[]): R | undefined {
  const key = (r: R) => [r.publishedOn, r.reportedAs, r.articleId] as const;
  return [...reports].sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    for (let i = 0; i < a.length; i++)
      if (a[i] !== b[i]) return (a[i] as string) < (b[i] as string) ? -1 : 1;
    return 0;
  })[0];
}
