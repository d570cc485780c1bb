import { CalendarDate } from '../graph/calendar-date.js';
import { Label, Rel } from '../graph/vocabulary.js';
import type { CompanyInput, PersonInput } from './extraction-schema.js';
import { type GraphBuilder, given, localized } from './graph-builder.js';
import type { IssuePath } from './issues.js';

/** What an article says of companies (country, seat, founding, staff, sectors, rank, parent) and of people's roles. */

/** A company, and each fact the article states about it. */
export function addCompany(b: GraphBuilder, c: CompanyInput, at: IssuePath): void {
  const company = b.addEntity(Label.Company, c, at, {});
  const place = (id: string) => b.ref(Label.Place, id);
  const sector = (id: string) => b.ref(Label.Sector, id);
  if (c.country)
    b.fact(Rel.BASED_IN_COUNTRY, company, place(c.country.place), c.country.evidence, [
      ...at,
      'country',
      'evidence',
    ]);
  if (c.headquarters) {
    b.fact(Rel.HEADQUARTERED_IN, company, place(c.headquarters.place), c.headquarters.evidence, [
      ...at,
      'headquarters',
      'evidence',
    ]);
  }
  if (c.founded)
    b.attribute(company, 'founded', { foundedYear: c.founded.year }, c.founded.evidence, [
      ...at,
      'founded',
      'evidence',
    ]);
  if (c.employees) {
    const e = c.employees;
    const asOf = e.asOf ? CalendarDate.parseIso(e.asOf) : b.source.parsed.publishedOn;
    const props = {
      employeesExact: e.exact ?? null,
      employeesAtLeast: e.atLeast ?? null,
      employeesAtMost: e.atMost ?? null,
      employeesAsOf: asOf ?? null,
    };
    b.attribute(company, 'employees', props, e.evidence, [...at, 'employees', 'evidence']);
  }
  c.sectors.forEach((s, j) =>
    b.fact(Rel.ACTIVE_IN, company, sector(s.sector), s.evidence, [...at, 'sectors', j, 'evidence']),
  );
  c.offers.forEach((s, j) =>
    b.fact(Rel.OFFERS, company, sector(s.sector), s.evidence, [...at, 'offers', j, 'evidence']),
  );
  c.rankings.forEach((r, j) => {
    const props = {
      rank: r.rank ?? null,
      rankAtMost: r.rankAtMost ?? null,
      rankWithin: r.within ? place(r.within).id : null,
    };
    // The quote supports both that the company is in the sector and its rank there.
    const path = [...at, 'rankings', j, 'evidence'];
    const claimId = b.fact(Rel.ACTIVE_IN, company, sector(r.sector), r.evidence, path, props);
    b.cite(r.evidence, path, {
      claimId: `${claimId}#ranking`,
      relationship: claimId,
      subject: company,
      predicate: Rel.ACTIVE_IN,
      properties: Object.keys(props),
      values: given(props),
    });
  });
  if (c.parent) {
    const parent = b.ref(Label.Company, c.parent.company);
    b.fact(Rel.SUBSIDIARY_OF, company, parent, c.parent.evidence, [...at, 'parent', 'evidence'], {
      kind: c.parent.kind,
      ...localized('note', c.parent.note),
    });
  }
}

/** A person, and the roles the article gives them. */
export function addPerson(b: GraphBuilder, p: PersonInput, at: IssuePath): void {
  const person = b.addEntity(Label.Person, p, at, {});
  p.roles.forEach((role, j) => {
    const asOf = role.asOf ? CalendarDate.parseIso(role.asOf) : undefined;
    b.fact(
      role.type,
      person,
      b.ref(Label.Company, role.company),
      role.evidence,
      [...at, 'roles', j, 'evidence'],
      {
        ...localized('title', role.title),
        asOf: asOf ?? null,
      },
    );
  });
}
