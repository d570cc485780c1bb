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
    { id: string; articles: string[] } & AgreementFacts & { canonicalAs: string }
  >();
  /** Articles the batch reloads, withdrawn so far: what only they report is gone. */
  private readonly withdrawn = new Set<string>();
  private known: PartnershipContext['known'];
  private readonly parents: [string, string][];

  constructor(context: PartnershipContext | undefined) {
    for (const c of context?.candidates ?? [])
      this.agreements.set(c.id, { ...c, articles: c.articles ?? [], canonicalAs: c.id });
    this.known = [...(context?.known ?? [])];
    this.parents = [...(context?.parents ?? [])];
  }

  /**
   * A reloaded article is withdrawn before it resolves: an agreement or an id
   * that only withdrawn articles report is gone, as retractArticle leaves it.
   */
  withdraw(articleId: string): void {
    this.withdrawn.add(articleId);
  }

  /** The context the next article's reports resolve against. */
  context(): PartnershipContext {
    const alive = (articles: string[] | undefined) =>
      articles === undefined || articles.some((a) => !this.withdrawn.has(a));
    const kindOf = (id: string, kind: string) => this.agreements.get(id)?.kind ?? kind;
    return {
      known: this.known
        .filter((k) => alive(k.articles))
        .map((k) => ({ ...k, kind: kindOf(k.id, k.kind) })),
      candidates: [...this.agreements.values()]
        .filter((a) => alive(a.articles))
        .map(({ canonicalAs: _, ...facts }) => facts),
      parents: this.parents,
    };
  }

  /** Records an article's reports, each joined to its agreement, and its parent claims. */
  apply(
    articleId: string,
    reports: PartnershipReport[],
    target: ReadonlyMap<string, string>,
    parents: [string, string][],
  ): void {
    for (const r of reports) {
      const id = target.get(r.fileId) ?? r.fileId;
      const seen = this.agreements.get(id);
      if (!seen) {
        const { fileId, path: _path, ...facts } = r;
        this.agreements.set(id, { id, ...facts, articles: [articleId], canonicalAs: fileId });
      } else {
        const earlier =
          r.publishedOn < seen.publishedOn ||
          (r.publishedOn === seen.publishedOn && r.fileId < seen.canonicalAs);
        this.agreements.set(id, {
          id,
          articles: [...seen.articles, articleId],
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
