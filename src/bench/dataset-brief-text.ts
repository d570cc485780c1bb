import type { Paragraph } from './dataset-draft.js';
import {
  addRole,
  declared,
  describeCompany,
  nameCompany,
  namePerson,
  nameSector,
  type Writer,
} from './dataset-extraction.js';
import { count } from './dataset-phrases.js';
import { SECTORS } from './dataset-sectors.js';
import { boardTitle, type Person } from './dataset-universe.js';

/**
 * Writes one item of a news brief about a company: who it is, when it was
 * founded and how many people it employs, what it offers, and its people
 * (appointments, founders, board seats). Every company without a deal, and
 * every company with people or a parent, gets one, so that each entity of the
 * universe appears in at least one article.
 */

const elide = (written: string) => (/^[AEIOUYÉÈÊÂÎÔH]/i.test(written) ? "d'" : 'de ');

export function writeBrief(w: Writer, index: number): void {
  const c = w.universe.companies[index];
  if (!c) throw new Error(`no company ${index}`);
  const fr = w.lang === 'fr';
  const heading = fr ? `Du nouveau chez ${c.name}` : `News from ${c.name}`;
  if (heading.length <= 95) w.draft.paragraph().add(heading);
  const p = w.draft.paragraph();
  describeCompany(w, p, index);
  const out = declared(w, index);
  const r = w.random;

  if (r.chance(0.5)) {
    p.sentence();
    const founded = p.mark(fr ? `Fondé en ${c.founded}` : `Founded in ${c.founded}`);
    p.add(', ');
    const start = p.begin();
    nameCompany(w, p, index);
    const exact = c.employees < 1000;
    const shown = exact ? c.employees : Number(c.employees.toPrecision(2));
    const staff = count(w.lang, shown);
    p.add(
      fr
        ? exact
          ? ` emploie ${staff} personnes`
          : ` emploie plus de ${staff} salariés`
        : exact
          ? ` employs ${staff} people`
          : ` employs more than ${staff} staff`,
    );
    const employees = p.end(start);
    p.add('.');
    out.founded ??= { year: c.founded, evidence: founded };
    out.employees ??= exact
      ? { exact: shown, evidence: employees }
      : { atLeast: shown, evidence: employees };
  }
  for (const s of c.offers) {
    p.sentence();
    const start = p.begin();
    p.add(fr ? 'Son offre couvre ' : 'Its offering covers ');
    nameSector(w, p, s, 'art');
    const said = p.end(start);
    p.add('.');
    const sector = SECTORS[s]?.id ?? '';
    if (!out.offers.some((o) => o.sector === sector)) out.offers.push({ sector, evidence: said });
  }
  for (const i of c.people) {
    const person = w.universe.people[i];
    if (person) writePerson(w, p, i, person);
  }
}

function writePerson(w: Writer, p: Paragraph, i: number, person: Person): void {
  const fr = w.lang === 'fr';
  const company = person.company;
  const title = person.title;
  const ofCompany = () => nameCompany(w, p, company, fr ? elide : undefined);
  p.sentence();
  const start = p.begin();
  namePerson(w, p, i);
  let asOf: typeof w.date | undefined;
  switch (person.role) {
    case 'LEADS':
      p.add(
        fr
          ? ` a été nommé${person.female ? 'e' : ''} ${title.fr} `
          : ` has been appointed ${title.en} of `,
      );
      ofCompany();
      asOf = w.date;
      break;
    case 'FOUNDED':
      p.add(fr ? `, ${title.fr} ` : `, ${title.en} of `);
      ofCompany();
      break;
    case 'EMPLOYED_BY':
      p.add(fr ? ' rejoint ' : ' joins ');
      nameCompany(w, p, company);
      p.add(fr ? ` en tant que ${title.fr}` : ` as ${title.en}`);
      asOf = w.date;
      break;
    case 'BOARD_MEMBER_OF':
      p.add(fr ? " entre au conseil d'administration " : ' joins the board of ');
      ofCompany();
      break;
  }
  const role = p.end(start);
  if (person.role === 'FOUNDED')
    p.add(fr ? ", reste à la tête de l'entreprise." : ', remains at the helm.');
  else p.add('.');
  addRole(w, i, person.role, company, title, role, asOf);

  if (person.board !== undefined) {
    p.sentence();
    const from = p.begin();
    namePerson(w, p, i);
    p.add(fr ? " siège également au conseil d'administration " : ' also sits on the board of ');
    nameCompany(w, p, person.board, fr ? elide : undefined);
    const seat = p.end(from);
    p.add('.');
    addRole(w, i, 'BOARD_MEMBER_OF', person.board, boardTitle(person), seat);
  }
}
