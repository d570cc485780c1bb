import type { AgreementFacts } from '../graph/partnership-match.js';
import type { PartnershipContext, PartnershipReport } from './partnership-resolution.js';

/**
 * The partnerships a batch of articles resolves against, kept up to date as
 * the batch is planned: the graph's (from the batch's one read) and what the
 * articles before in the batch reported, so that each article's reports
 * resolve as they would after those articles were written one by one
 * (loader.ts). A report joins or creates an agreement: its parties are added,
 * its signing date is the last written, and its kind is the earliest
 * report's, as settling the node makes it.
 */
export class BatchAgreements {
  private readonly agreements = new Map<
    string,
    { id: string } & AgreementFacts & { canonicalAs: string }
  >();
  private known: PartnershipContext['known'];
  private readonly parents: [string, string][];

  constructor(context: PartnershipContext | undefined) {
    for (const c of context?.candidates ?? [])
      this.agreements.set(c.id, { ...c, canonicalAs: c.id });
    this.known = [...(context?.known ?? [])];
    this.parents = [...(context?.parents ?? [])];
  }

  /** The context the next article's reports resolve against. */
  context(): PartnershipContext {
    const kindOf = (id: string, kind: string) => this.agreements.get(id)?.kind ?? kind;
    return {
      known: this.known.map((k) => ({ ...k, kind: kindOf(k.id, k.kind) })),
      candidates: [...this.agreements.values()].map(({ canonicalAs: _, ...facts }) => facts),
      parents: this.parents,
    };
  }

  /** Records an article's reports, each joined to its agreement, and its parent claims. */
  apply(
    reports: PartnershipReport[],
    target: ReadonlyMap<string, string>,
    parents: [string, string][],
  ): void {
    for (const r of reports) {
      const id = target.get(r.fileId) ?? r.fileId;
      const seen = this.agreements.get(id);
      if (!seen) {
        const { fileId, path: _path, ...facts } = r;
        this.agreements.set(id, { id, ...facts, canonicalAs: fileId });
      } else {
        const earlier =
          r.publishedOn < seen.publishedOn ||
          (r.publishedOn === seen.publishedOn && r.fileId < seen.canonicalAs);
        this.agreements.set(id, {
          id,
          kind: earlier ? r.kind : seen.kind,
          canonicalAs: earlier ? r.fileId : seen.canonicalAs,
          parties: [...new Set([...seen.parties, ...r.parties])],
          signedOn: r.signedOn ?? seen.signedOn,
          publishedOn: earlier ? r.publishedOn : seen.publishedOn,
        });
      }
      // The id now names this agreement, as the report's MENTIONS edge will say.
      this.known = this.known.filter((k) => k.reportId !== r.fileId);
      this.known.push({
        reportId: r.fileId,
        id,
        kind: seen?.kind ?? r.kind,
        byAlias: r.fileId !== id,
      });
    }
    this.parents.push(...parents);
  }
}
