import {
  type AgreementFacts,
  kindsCompatible,
  type Parents,
  sameAgreement,
} from '../graph/partnership-match.js';
import { Label } from '../graph/vocabulary.js';
import { EntityResolutionError } from './entity-resolution.js';
import type { ArticleSource, Resolution } from './graph-builder.js';

/**
 * Which known agreement each partnership of a file reports (issue 10). An id
 * that is a known partnership id, or the id another article gave a known
 * partnership (an alias), is that partnership. Otherwise the report is matched
 * by the rule of graph/partnership-match.ts against the agreements that share
 * its parties' parents: one match is that agreement, none a new one, several
 * a refusal naming them. Pure: the loaders read the context (partnership-lookup.ts).
 */

/** One partnership of the file, with its parties as resolved in the graph. */
export interface PartnershipReport extends AgreementFacts {
  fileId: string;
  /** `partnerships[i]`, for messages. */
  path: string;
}

/** What the graph knows that resolving the file's partnerships needs. */
export interface PartnershipContext {
  /** Partnerships that a report's id names: its id, or an id another article gave it. */
  known: { reportId: string; id: string; kind: string; byAlias: boolean; articles?: string[] }[];
  /** Agreements whose parties share a parent with the file's companies (with the articles reporting each). */
  candidates: ({ id: string; articles?: string[] } & AgreementFacts)[];
  /** SUBSIDIARY_OF links (child, parent) of SUBSIDIARY or DIVISION kind. */
  parents: [string, string][];
}

/** The file's partnerships, parties resolved. */
export function partnershipReports(
  source: ArticleSource,
  resolution: Resolution,
): PartnershipReport[] {
  const publishedOn = source.parsed.publishedOn.toString();
  return source.extraction.partnerships.map((p, i) => ({
    fileId: p.id,
    path: `partnerships[${i}]`,
    kind: p.kind,
    parties: [...new Set(p.parties.map((party) => resolution.id(Label.Company, party.company)))],
    signedOn: p.signedOn?.date ?? null,
    publishedOn,
  }));
}

/** The file's own parent claims (SUBSIDIARY or DIVISION), resolved. */
export function fileParents(source: ArticleSource, resolution: Resolution): [string, string][] {
  return source.extraction.companies.flatMap((c) =>
    c.parent && c.parent.kind !== 'JOINT_VENTURE'
      ? [
          [resolution.id(Label.Company, c.id), resolution.id(Label.Company, c.parent.company)] as [
            string,
            string,
          ],
        ]
      : [],
  );
}

export interface PartnershipResolution {
  /** File id → graph id. */
  target: Map<string, string>;
  /** Reports that joined an agreement known by another id. */
  merged: { label: typeof Label.Partnership; from: string; to: string }[];
}

/** Decides each report's agreement; conflicts are errors naming what to write, never guesses. */
export function resolvePartnerships(
  file: string,
  reports: PartnershipReport[],
  context: PartnershipContext,
  ownParents: [string, string][],
): PartnershipResolution {
  const parents: Parents = new Map([...context.parents, ...ownParents]);
  const target = new Map<string, string>();
  const merged: PartnershipResolution['merged'] = [];
  const problems: string[] = [];
  for (const r of reports) {
    const named = context.known.filter((k) => k.reportId === r.fileId);
    const byId = named.find((k) => !k.byAlias);
    const ids = [...new Set(named.map((k) => k.id))];
    let to = r.fileId;
    if (byId || ids.length === 1) {
      const k = byId ?? (named[0] as PartnershipContext['known'][number]);
      to = k.id;
      if (!kindsCompatible(r.kind, k.kind))
        problems.push(
          `${r.path}: "${r.fileId}" names partnership "${k.id}", a ${k.kind}; this file says ${r.kind}, which is neither that kind nor, with it, symmetric`,
        );
    } else if (ids.length > 1) {
      problems.push(
        `${r.path}: "${r.fileId}" is an id other articles gave several partnerships (${ids.join(', ')}); give one of their ids`,
      );
    } else {
      const matches = context.candidates
        .filter((c) => sameAgreement(parents, r, c))
        .map((c) => c.id);
      if (matches.length > 1)
        problems.push(
          `${r.path}: "${r.fileId}" matches several known agreements (${[...new Set(matches)].sort().join(', ')}): same parties, compatible kinds and dates; give the id of the one it reports`,
        );
      else if (matches.length === 1) to = matches[0] as string;
    }
    const twin = reports.find((o) => o !== r && target.get(o.fileId) === to);
    if (twin)
      problems.push(
        `${r.path}: reports partnership "${to}", as ${twin.path} does; merge them in the file or tell them apart`,
      );
    target.set(r.fileId, to);
    if (to !== r.fileId) merged.push({ label: Label.Partnership, from: r.fileId, to });
  }
  if (problems.length > 0)
    throw new EntityResolutionError(
      `${file}: partnerships conflict with the graph\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  return { target, merged };
}

/** The entities' resolution, with the file's partnerships mapped to their agreements. */
export function withPartnerships(
  resolution: Resolution,
  partnerships: PartnershipResolution,
): Resolution {
  return {
    ...resolution,
    id: (label, id) =>
      label === Label.Partnership ? (partnerships.target.get(id) ?? id) : resolution.id(label, id),
  };
}
