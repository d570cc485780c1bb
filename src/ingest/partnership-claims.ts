import { CalendarDate } from '../graph/calendar-date.js';
import { propertyClaimId } from '../graph/claim-id.js';
import type { NodeRef, Props } from '../graph/model.js';
import {
  Label,
  PARTIES_SPEAKER,
  PARTNERSHIP_KINDS,
  PARTY_ROLES,
  Rel,
  STATEMENTS_CLAIM,
} from '../graph/vocabulary.js';
import type { EvidenceInput, LocalizedInput, PartnershipInput } from './extraction-schema.js';
import { type GraphBuilder, localized } from './graph-builder.js';
import type { IssuePath } from './issues.js';

/**
 * What an article says of a partnership: the node with its attributes, its
 * parties, domains, markets, contributions and projects, and the direct edges
 * between its parties.
 */

/** A partnership node, its attributes and edges, and the direct edges between its parties. */
export function addPartnership(b: GraphBuilder, p: PartnershipInput, at: IssuePath): void {
  // Names and kind are this report's: stored on its MENTIONS edge, and given to the
  // node when it is the canonical report (partnership-settle.ts).
  const partnership = b.node(b.partnership(p.id), {});
  b.fact(Rel.MENTIONS, b.article, partnership, p.evidence, [...at, 'evidence'], {
    reportedAs: p.id,
    reportedKind: p.kind,
    reportedName: p.name,
    ...localized('reportedName', p.names),
  });
  const date = (d: { date: string } | undefined) =>
    d ? (CalendarDate.parseIso(d.date) ?? null) : null;
  const attributes: [string, Props, { evidence: EvidenceInput } | undefined][] = [
    ['scope', { scope: p.scope?.value ?? null }, p.scope],
    ['signedOn', { signedOn: date(p.signedOn) }, p.signedOn],
    ['startsOn', { startsOn: date(p.startsOn) }, p.startsOn],
    ['endsOn', { endsOn: date(p.endsOn) }, p.endsOn],
    [
      'amount',
      {
        amountDisclosed: p.amount?.disclosed ?? null,
        amountValue: p.amount?.value ?? null,
        amountCurrency: p.amount?.currency ?? null,
      },
      p.amount,
    ],
    [
      'includesSubsidiaries',
      { includesSubsidiaries: p.includesSubsidiaries?.value ?? null },
      p.includesSubsidiaries,
    ],
  ];
  for (const [name, props, given] of attributes) {
    if (given) b.attribute(partnership, name, props, given.evidence, [...at, name, 'evidence']);
  }
  if (p.objectives.length > 0) {
    const langs = [
      ...new Set(p.objectives.flatMap((o) => Object.keys(o.text))),
    ] as (keyof LocalizedInput)[];
    const props = Object.fromEntries(
      langs.map((lang) => [`objectives_${lang}`, p.objectives.map((o) => o.text[lang] ?? '')]),
    );
    b.node(partnership, props);
    p.objectives.forEach((o, j) => {
      b.cite(o.evidence, [...at, 'objectives', j, 'evidence'], {
        claimId: propertyClaimId(partnership, 'objectives'),
        subject: partnership,
        predicate: 'property',
        properties: Object.keys(props),
        values: props,
      });
    });
  }

  const company = (id: string) => b.ref(Label.Company, id);
  p.parties.forEach((party, j) => {
    b.fact(
      Rel.PARTY_TO,
      company(party.company),
      partnership,
      party.evidence,
      [...at, 'parties', j, 'evidence'],
      { role: party.role },
    );
  });
  addPartnerEdges(b, p, partnership, at);
  p.domains.forEach((d, j) => {
    b.fact(
      Rel.COVERS,
      partnership,
      b.ref(Label.Sector, d.sector),
      d.evidence,
      [...at, 'domains', j, 'evidence'],
      { focus: d.focus },
    );
  });
  p.markets.forEach((m, j) =>
    b.fact(Rel.TARGETS, partnership, b.ref(Label.Place, m.place), m.evidence, [
      ...at,
      'markets',
      j,
      'evidence',
    ]),
  );
  p.contributions.forEach((c, j) => {
    const beneficiary = company(c.beneficiary).id;
    for (const s of c.sectors) {
      b.fact(
        Rel.CONTRIBUTES,
        company(c.company),
        b.ref(Label.Sector, s),
        c.evidence,
        [...at, 'contributions', j, 'evidence'],
        { partnershipId: partnership.id, beneficiaryId: beneficiary },
        `${partnership.id}/${beneficiary}`,
      );
    }
  });
  addStatements(b, p, partnership, at);
  p.projects.forEach((pr, j) => {
    const pat = [...at, 'projects', j];
    const project = b.addEntity(Label.Project, pr, pat, { status: pr.status });
    const ev = [...pat, 'evidence'];
    b.fact(Rel.INCLUDES, partnership, project, pr.evidence, ev);
    if (pr.lead) b.fact(Rel.LEADS_PROJECT, company(pr.lead), project, pr.evidence, ev);
    for (const s of pr.sectors)
      b.fact(Rel.IN_SECTOR, project, b.ref(Label.Sector, s), pr.evidence, ev);
    for (const pl of pr.places)
      b.fact(Rel.LOCATED_IN, project, b.ref(Label.Place, pl), pr.evidence, ev);
  });
}

/**
 * What was said about the deal. A person or company is the speaker of a
 * `STATED` edge to the partnership, one quote of evidence per statement; what
 * the parties said together is evidence about the partnership itself, under
 * the claim `Partnership:<id>#statements`.
 */
function addStatements(
  b: GraphBuilder,
  p: PartnershipInput,
  partnership: NodeRef,
  at: IssuePath,
): void {
  p.statements.forEach((s, j) => {
    const path = [...at, 'statements', j, 'evidence'];
    if (s.by === PARTIES_SPEAKER) {
      b.cite(s.evidence, path, {
        claimId: propertyClaimId(partnership, STATEMENTS_CLAIM),
        subject: partnership,
        predicate: 'property',
      });
      return;
    }
    const declared = b.source.extraction.people.some((person) => person.id === s.by)
      ? Label.Person
      : Label.Company;
    b.fact(Rel.STATED, b.ref(declared, s.by), partnership, s.evidence, path);
  });
}

/**
 * The direct company-to-company edge of the partnership's kind, for fast
 * traversal: one per pair of parties, from source to target for directed
 * kinds, from the smaller id to the larger for symmetric ones.
 */
function addPartnerEdges(
  b: GraphBuilder,
  p: PartnershipInput,
  partnership: NodeRef,
  at: IssuePath,
): void {
  const { edge, directed } = PARTNERSHIP_KINDS[p.kind];
  const parties = p.parties.map((party) => ({
    ...party,
    ref: b.ref(Label.Company, party.company),
  }));
  const props = {
    partnershipId: partnership.id,
    kind: p.kind,
    signedOn: p.signedOn ? (CalendarDate.parseIso(p.signedOn.date) ?? null) : null,
  };
  for (const from of parties) {
    for (const to of parties) {
      const linked = directed
        ? PARTY_ROLES[from.role] === 'source' && PARTY_ROLES[to.role] === 'target'
        : from.ref.id < to.ref.id;
      if (!linked) continue;
      b.fact(edge, from.ref, to.ref, p.evidence, [...at, 'evidence'], props, partnership.id);
    }
  }
}
