import { evidenceId, relClaimId } from '../graph/claim-id.js';
import { canonicalReport } from '../graph/partnership-match.js';
import { assertRelType, LANGUAGES, Label, Rel } from '../graph/vocabulary.js';
import { setRelationshipProps } from './batch-writes.js';
import type { Statement, Tx } from './executor.js';

/**
 * A merged partnership takes its id, names, kind and `namedBy` from its
 * canonical report, the earliest published (graph/partnership-match.ts); the
 * other reports' ids and names are its `aliases`. Each report keeps what it
 * said on its article's MENTIONS edge (`reportedAs`, `reportedKind`,
 * `reportedName`, `reportedName_<lang>`), so settling is a function of the
 * reports present: run after every write and removal, it leaves the graph the
 * order of loading would not change. When the canonical id changes, every
 * claim id, `partnershipId` and Evidence id that embeds it is rewritten.
 */

/** The reports of each partnership, as their MENTIONS edges hold them. */
export function partnershipReportsOf(ids: string[]): Statement {
  return {
    cypher: `
UNWIND $ids AS id
MATCH (p:${Label.Partnership} {id: id})
RETURN id, COLLECT {
  MATCH (a:${Label.Article})-[m:${Rel.MENTIONS}]->(p)
  RETURN {articleId: a.id, publishedOn: a.publishedOn, props: properties(m)} AS report
} AS reports`,
    params: { ids },
  };
}

export function setPartnershipProps(
  rows: { id: string; props: Record<string, unknown> }[],
): Statement {
  return {
    cypher: `UNWIND $rows AS row MATCH (p:${Label.Partnership} {id: row.id}) SET p += row.props`,
    params: { rows },
  };
}

interface Report {
  articleId: string;
  publishedOn: string;
  reportedAs: string;
  props: Record<string, unknown>;
}

/** The node's id and the properties its reports give it. */
export function settledState(
  id: string,
  rows: { articleId: string; publishedOn: string; props: Record<string, unknown> }[],
) {
  const reports: Report[] = rows.map((r) => ({
    ...r,
    reportedAs: typeof r.props.reportedAs === 'string' ? r.props.reportedAs : id,
  }));
  const canonical = canonicalReport(reports);
  if (!canonical || typeof canonical.props.reportedKind !== 'string') return undefined;
  const name = (canonical.props.reportedName as string | undefined) ?? null;
  const aliases = [
    ...new Set(reports.flatMap((r) => [r.reportedAs, r.props.reportedName as string | undefined])),
  ]
    .filter((a): a is string => typeof a === 'string' && a !== canonical.reportedAs && a !== name)
    .sort();
  const localizedNames = LANGUAGES.map(
    (lang) => [lang, canonical.props[`reportedName_${lang}`] as string | undefined] as const,
  );
  const props: Record<string, unknown> = {
    name,
    ...Object.fromEntries(localizedNames.map(([lang, n]) => [`name_${lang}`, n ?? null])),
    // Every name of the canonical report, once each: what the full-text index
    // `partnership_names` (suggest) covers; migration 003 computes the same.
    names: [...new Set([name, ...localizedNames.map(([, n]) => n)].filter((n) => !!n))],
    kind: canonical.props.reportedKind,
    namedBy: canonical.articleId,
    aliases,
  };
  return { id: canonical.reportedAs, props };
}

/** Settles the partnerships (those absent are skipped): ids, names, kind and aliases from their reports. */
export async function settlePartnerships(tx: Tx, ids: Iterable<string>): Promise<number> {
  const list = [...new Set(ids)];
  if (list.length === 0) return 0;
  const rows = await tx.run(partnershipReportsOf(list));
  const updates: { id: string; props: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const id = String(row.id);
    const state = settledState(
      id,
      row.reports as { articleId: string; publishedOn: string; props: Record<string, unknown> }[],
    );
    if (!state) continue;
    if (state.id !== id) await renamePartnership(tx, id, state.id);
    updates.push({ id: state.id, props: state.props });
  }
  if (updates.length > 0) await tx.run(setPartnershipProps(updates));
  return updates.length;
}

/** The relationships whose claim id embeds the partnership's id: its own, and the direct and CONTRIBUTES edges that name it. */
function claimsNaming(from: string): Statement {
  return {
    cypher: `
MATCH (p:${Label.Partnership} {id: $from})
CALL (p) {
  MATCH (p)-[r]-() WHERE r.claimId IS NOT NULL RETURN r
  UNION
  MATCH (:${Label.Company})-[:${Rel.PARTY_TO}]->(p)
  MATCH (:${Label.Company})-[r]->(:${Label.Company}) WHERE r.partnershipId = $from RETURN r
  UNION
  MATCH ()-[r:${Rel.CONTRIBUTES} {partnershipId: $from}]->() RETURN r
}
WITH DISTINCT r
RETURN elementId(r) AS element, type(r) AS type, startNode(r).id AS start, endNode(r).id AS end,
       r.claimId AS claimId, r.partnershipId AS partnershipId, r.beneficiaryId AS beneficiaryId`,
    params: { from },
  };
}

function evidenceOfClaims(bases: string[]): Statement {
  return {
    cypher: `
UNWIND $bases AS base
MATCH (e:${Label.Evidence}) WHERE e.claimId = base OR e.claimId STARTS WITH base + '#'
RETURN e.id AS id, e.articleId AS articleId, e.claimId AS claimId, e.relationship AS relationship,
       e.subjectLabel AS subjectLabel, e.subjectId AS subjectId, e.start AS start, e.end AS end`,
    params: { bases },
  };
}

/**
 * Gives a partnership a new id: the node, the claim ids and `partnershipId`s
 * that embed it, and its evidence (whose ids hash the claim id), exactly as a
 * fresh load under the new id would have written them.
 */
export async function renamePartnership(tx: Tx, from: string, to: string): Promise<void> {
  const [taken] = await tx.run({
    cypher: `MATCH (p:${Label.Partnership} {id: $to}) RETURN p.id AS id`,
    params: { to },
  });
  if (taken)
    throw new Error(
      `partnership "${from}" should take the id "${to}" of its earliest report, but another partnership has it`,
    );
  const rels = await tx.run(claimsNaming(from));
  const swap = (id: unknown) => (id === from ? to : String(id));
  const renamed = new Map<string, string>();
  const relRows = rels.map((r) => {
    const type = assertRelType(r.type);
    const scope =
      r.partnershipId == null
        ? undefined
        : type === Rel.CONTRIBUTES
          ? `${to}/${String(r.beneficiaryId)}`
          : to;
    const claimId = relClaimId(type, swap(r.start), swap(r.end), scope);
    renamed.set(String(r.claimId), claimId);
    return {
      element: String(r.element),
      props: { claimId, ...(r.partnershipId == null ? {} : { partnershipId: to }) },
    };
  });
  const nodeClaim = `${Label.Partnership}:${from}`;
  renamed.set(nodeClaim, `${Label.Partnership}:${to}`);
  const rename = (claimId: string) => {
    const hash = claimId.indexOf('#', claimId.indexOf('->') + 1);
    const [base, rest] = hash < 0 ? [claimId, ''] : [claimId.slice(0, hash), claimId.slice(hash)];
    return `${renamed.get(base) ?? base}${rest}`;
  };
  const evidence = (await tx.run(evidenceOfClaims([...renamed.keys()]))).map((e) => {
    const claimId = rename(String(e.claimId));
    return {
      id: String(e.id),
      props: {
        id: evidenceId(String(e.articleId), claimId, Number(e.start), Number(e.end)),
        claimId,
        relationship: e.relationship == null ? null : rename(String(e.relationship)),
        subjectId: e.subjectLabel === Label.Partnership ? swap(e.subjectId) : String(e.subjectId),
      },
    };
  });
  await tx.run({
    cypher: `MATCH (p:${Label.Partnership} {id: $from}) SET p.id = $to`,
    params: { from, to },
  });
  await tx.run(setRelationshipProps(relRows));
  await tx.run({
    cypher: `UNWIND $rows AS row MATCH (e:${Label.Evidence} {id: row.id}) SET e += row.props`,
    params: { rows: evidence },
  });
}
