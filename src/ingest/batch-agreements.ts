import { type AgreementFacts, rootKey } from '../graph/partnership-match.js';
import type { PartnershipContext, PartnershipReport } from './partnership-resolution.js';

/**
 * The partnerships a batch of articles resolves against, kept up to date as
 * the batch is planned: the graph's (from the batch's one read) and what the
 * articles before in the batch reported, so that each article's reports
 * resolve as they would after those articles were written one by one
 * (loader.ts). A report joins or creates an agreement: its parties are added,
 * its signing date is the last written, and its kind is the earliest
 * report's, as settling the node makes it.
 *
 * A batch that mentions a hub reads thousands of its agreements, and each of
 * the batch's articles resolves against them. Comparing every report with
 * every agreement made planning most of a load's time at size M, so the
 * agreements are kept indexed by their root parties (rootKey): an article is
 * given only those that share a key with one of its reports, the only ones
 * the rule could match. The answer is the same as scanning them all.
 */

type Agreement = { id: string; articles: string[] } & AgreementFacts & { canonicalAs: string };

export class BatchAgreements {
  private readonly agreements = new Map<string, Agreement>();
  /** Articles the batch reloads, withdrawn so far: what only they report is gone. */
  private readonly withdrawn = new Set<string>();
  private known: PartnershipContext['known'];
  /** The parent claims in the order they were read and made; a later claim of a child wins. */
  private readonly parents: [string, string][] = [];
  private readonly parentOf = new Map<string, string>();
  /** Agreement ids by rootKey under parentOf; undefined until needed, and after parentOf changes. */
  private byRoots: Map<string, Set<string>> | undefined;
  /** Each indexed agreement's key, to move it when its parties change. */
  private readonly keyOf = new Map<string, string>();

  constructor(context: PartnershipContext | undefined) {
    for (const c of context?.candidates ?? [])
      this.agreements.set(c.id, { ...c, articles: c.articles ?? [], canonicalAs: c.id });
    this.known = [...(context?.known ?? [])];
    this.addParents(context?.parents ?? []);
  }

  /**
   * A reloaded article is withdrawn before it resolves: an agreement or an id
   * that only withdrawn articles report is gone, as retractArticle leaves it.
   */
  withdraw(articleId: string): void {
    this.withdrawn.add(articleId);
  }

  /**
   * The context an article's reports resolve against (resolvePartnerships,
   * with the article's own parent claims): the ids its reports name, and the
   * agreements that share root parties with one of them under the batch's
   * parents and the article's.
   */
  context(
    reports: readonly PartnershipReport[],
    ownParents: [string, string][],
  ): PartnershipContext {
    const alive = (articles: string[] | undefined) =>
      articles === undefined || articles.some((a) => !this.withdrawn.has(a));
    const kindOf = (id: string, kind: string) => this.agreements.get(id)?.kind ?? kind;
    const named = new Set(reports.map((r) => r.fileId));
    return {
      known: this.known
        .filter((k) => named.has(k.reportId) && alive(k.articles))
        .map((k) => ({ ...k, kind: kindOf(k.id, k.kind) })),
      candidates: this.sharingRoots(reports, ownParents)
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
        this.set({ id, ...facts, articles: [articleId], canonicalAs: fileId });
      } else {
        const earlier =
          r.publishedOn < seen.publishedOn ||
          (r.publishedOn === seen.publishedOn && r.fileId < seen.canonicalAs);
        this.set({
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
    this.addParents(parents);
  }

  /** Appends parent claims; the index is rebuilt on next use if a child's parent changed. */
  private addParents(parents: [string, string][]): void {
    for (const [child, parent] of parents) {
      this.parents.push([child, parent]);
      if (this.parentOf.get(child) === parent) continue;
      this.parentOf.set(child, parent);
      this.byRoots = undefined;
    }
  }

  private set(agreement: Agreement): void {
    this.agreements.set(agreement.id, agreement);
    if (!this.byRoots) return;
    this.unindex(agreement.id);
    this.index(this.byRoots, agreement);
  }

  private index(byRoots: Map<string, Set<string>>, agreement: Agreement): void {
    const key = rootKey(this.parentOf, agreement.parties);
    this.keyOf.set(agreement.id, key);
    const ids = byRoots.get(key) ?? new Set<string>();
    ids.add(agreement.id);
    byRoots.set(key, ids);
  }

  private unindex(id: string): void {
    const key = this.keyOf.get(id);
    if (key === undefined) return;
    this.byRoots?.get(key)?.delete(id);
    this.keyOf.delete(id);
  }

  /** The agreements whose rootKey is a report's, under the batch's parents and then the article's. */
  private sharingRoots(
    reports: readonly PartnershipReport[],
    ownParents: [string, string][],
  ): Agreement[] {
    // resolvePartnerships applies the article's claims after the batch's: when
    // they change no child's parent, the batch's index holds.
    if (ownParents.every(([child, parent]) => this.parentOf.get(child) === parent)) {
      const byRoots = this.indexed();
      const ids = new Set(
        reports.flatMap((r) => [...(byRoots.get(rootKey(this.parentOf, r.parties)) ?? [])]),
      );
      return [...ids].map((id) => this.agreements.get(id) as Agreement);
    }
    const parentOf = new Map([...this.parentOf, ...ownParents]);
    const keys = new Set(reports.map((r) => rootKey(parentOf, r.parties)));
    return [...this.agreements.values()].filter((a) => keys.has(rootKey(parentOf, a.parties)));
  }

  private indexed(): Map<string, Set<string>> {
    if (this.byRoots) return this.byRoots;
    const byRoots = new Map<string, Set<string>>();
    this.keyOf.clear();
    for (const agreement of this.agreements.values()) this.index(byRoots, agreement);
    this.byRoots = byRoots;
    return byRoots;
  }
}
