import { Label } from '../graph/vocabulary.js';
import { articlesEvidence, retractionSupport } from '../neo4j/article-retraction.js';
import { lookupBatch } from '../neo4j/entity-lookup.js';
import type { Tx } from '../neo4j/executor.js';
import { contextFromRow, partnershipContext } from '../neo4j/partnership-lookup.js';
import { batchLookups } from './batch-resolution.js';
import { type BatchRead, nodeKey, type OldEvidence } from './batch-state.js';
import { candidates } from './entity-resolution.js';
import type { ArticleSource } from './graph-builder.js';

/**
 * Everything a batch's planning reads, before it writes anything: for the
 * articles it reloads, what they asserted and what else supports it; then, in
 * one statement, the state of every node and alias key the batch's entity
 * resolution and alias withdrawals look at; then what resolving its
 * partnerships needs.
 */
export async function readBatch(
  tx: Tx,
  sources: ArticleSource[],
  reloaded: string[],
): Promise<BatchRead> {
  let retraction: BatchRead['retraction'];
  if (reloaded.length > 0) {
    const evidence: OldEvidence[] = (await tx.run(articlesEvidence(reloaded))).map((r) => ({
      articleId: String(r.articleId),
      claimId: String(r.claimId),
      predicate: String(r.predicate),
      properties: (r.properties as string[] | null) ?? [],
      relationship: (r.relationship as string | null) ?? null,
      subject: r.subjectLabel ? nodeKey(String(r.subjectLabel), String(r.subjectId)) : null,
    }));
    const subjects = new Map<string, { label: string; id: string }>();
    for (const r of evidence) {
      if (!r.subject) continue;
      const at = r.subject.indexOf(':');
      subjects.set(r.subject, { label: r.subject.slice(0, at), id: r.subject.slice(at + 1) });
    }
    const [support] = await tx.run(
      retractionSupport(
        reloaded,
        [...new Set(evidence.map((e) => e.claimId))],
        [...subjects.values()],
      ),
    );
    retraction = {
      evidence,
      claimsElsewhere: (support?.claimsElsewhere as string[] | undefined) ?? [],
      orphanable: (support?.orphanable as NonNullable<BatchRead['retraction']>['orphanable']) ?? [],
      aliasKeys: (support?.aliasKeys as { articleId: string; keys: string[] }[] | undefined) ?? [],
    };
  }
  const { nodes, keys } = batchLookups(sources);
  const withdrawn = retraction?.aliasKeys.flatMap((a) => a.keys) ?? [];
  const [row] = await tx.run(lookupBatch(nodes, [...new Set([...keys, ...withdrawn])]));
  const reportIds = [
    ...new Set(sources.flatMap((s) => s.extraction.partnerships.map((p) => p.id))),
  ];
  let partnerships: BatchRead['partnerships'];
  if (reportIds.length > 0) {
    const companies = sources.flatMap((s) =>
      candidates(s)
        .filter((c) => c.label === Label.Company)
        .map(({ id, keys }) => ({ id, keys })),
    );
    const [context] = await tx.run(partnershipContext(reportIds, companies));
    partnerships = contextFromRow(context ?? {});
  }
  return {
    partnerships,
    nodes: (row?.nodes as BatchRead['nodes'] | undefined) ?? [],
    aliases: (row?.aliases as BatchRead['aliases'] | undefined) ?? [],
    retraction,
  };
}
