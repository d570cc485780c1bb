import type { CalendarDate } from '../graph/calendar-date.js';
import type { PersonRole } from '../graph/vocabulary.js';
import type { Draft, Mark, Paragraph } from './dataset-draft.js';
import { type Lang, type SectorForm, writeSector } from './dataset-phrases.js';
import { COUNTRIES, type PlaceVocab } from './dataset-places.js';
import type { Random } from './dataset-random.js';
import { SECTORS } from './dataset-sectors.js';
import type { Title, Universe } from './dataset-universe.js';

/**
 * What an article being written declares: each entity once, with the words
 * that first name it, and each fact with the words that state it. Writers call
 * these helpers as they write, so nothing is declared that the text does not
 * say, and nothing said goes undeclared.
 */

type Ev = { evidence: Mark };
interface CompanyOut {
  id: string;
  name: string;
  names?: { fr: string; en: string };
  evidence: Mark;
  country?: { place: string } & Ev;
  headquarters?: { place: string } & Ev;
  founded?: { year: number } & Ev;
  employees?: { exact?: number; atLeast?: number } & Ev;
  sectors: ({ sector: string } & Ev)[];
  offers: ({ sector: string } & Ev)[];
  parent?: { company: string; kind: string } & Ev;
}
interface PersonOut {
  id: string;
  name: string;
  evidence: Mark;
  roles: ({ type: PersonRole; company: string; title: Title; asOf?: string } & Ev)[];
}

/** Everything one article declares, keyed by the universe's indices. */
export class Declarations {
  readonly companies = new Map<number, CompanyOut>();
  readonly people = new Map<number, PersonOut>();
  readonly sectors = new Map<number, { id: string; name: string; names: Title; evidence: Mark }>();
  readonly places = new Map<string, Record<string, unknown>>();
  readonly partnerships: Record<string, unknown>[] = [];
}

/** The article being written: its language, text, declarations and the world it reports on. */
export interface Writer {
  lang: Lang;
  date: CalendarDate;
  draft: Draft;
  decl: Declarations;
  universe: Universe;
  random: Random;
  /** Companies whose country and sector an earlier article already stated. */
  described: Uint8Array;
}

/**
 * Writes a company's name (a group's sometimes as "Groupe Novexa") and
 * declares the company, named there. `lead` gives what goes before the name
 * as written ("de " or "d'").
 */
export function nameCompany(
  w: Writer,
  p: Paragraph,
  index: number,
  lead?: (written: string) => string,
): Mark {
  const c = w.universe.companies[index];
  if (!c) throw new Error(`no company ${index}`);
  const written = (c.names && w.random.chance(0.25) ? c.names[w.lang] : undefined) ?? c.name;
  if (lead) p.add(lead(written));
  const mark = p.mark(written);
  if (!w.decl.companies.has(index)) {
    w.decl.companies.set(index, {
      id: c.id,
      name: c.name,
      ...(c.names ? { names: c.names } : {}),
      evidence: mark,
      sectors: [],
      offers: [],
    });
  }
  return mark;
}

/** The declaration of a company the article has already named. */
export function declared(w: Writer, index: number): CompanyOut {
  const c = w.decl.companies.get(index);
  if (!c) throw new Error(`company ${index} is not named in this article`);
  return c;
}

/** Writes a place ("en France", "in the United States") and declares it. */
export function namePlace(w: Writer, p: Paragraph, place: PlaceVocab): Mark {
  const mark = p.mark(w.lang === 'fr' ? place.frIn : place.enIn);
  if (!w.decl.places.has(place.id)) {
    w.decl.places.set(place.id, {
      id: place.id,
      kind: place.kind,
      name: place.en,
      names: { fr: place.fr, en: place.en },
      evidence: mark,
    });
  }
  return mark;
}

/** Writes a sector and declares it; returns a mark on the whole phrase. */
export function nameSector(w: Writer, p: Paragraph, index: number, form: SectorForm): Mark {
  const sector = SECTORS[index];
  if (!sector) throw new Error(`no sector ${index}`);
  const { phrase, name } = writeSector(p, w.lang, sector, form);
  if (!w.decl.sectors.has(index)) {
    w.decl.sectors.set(index, {
      id: sector.id,
      name: sector.en,
      names: { fr: sector.fr, en: sector.en },
      evidence: name,
    });
  }
  return phrase;
}

/** Writes a person's name and declares them. */
export function namePerson(w: Writer, p: Paragraph, index: number): Mark {
  const person = w.universe.people[index];
  if (!person) throw new Error(`no person ${index}`);
  const mark = p.mark(person.name);
  if (!w.decl.people.has(index))
    w.decl.people.set(index, { id: person.id, name: person.name, evidence: mark, roles: [] });
  return mark;
}

/** Records a role the text gives a person at a company both already named. */
export function addRole(
  w: Writer,
  person: number,
  type: PersonRole,
  company: number,
  title: Title,
  evidence: Mark,
  asOf?: CalendarDate,
): void {
  const out = w.decl.people.get(person);
  const companyId = declared(w, company).id;
  if (!out || out.roles.some((r) => r.type === type && r.company === companyId)) return;
  out.roles.push({
    type,
    company: companyId,
    title,
    ...(asOf ? { asOf: asOf.toString() } : {}),
    evidence,
  });
}

/**
 * Writes the sentence that presents a company: parent, country, seat and
 * sectors ("Novexa, filiale de Terralis, basé en France, est spécialisé dans
 * la logistique."), declaring each fact. The company is named here.
 */
export function describeCompany(w: Writer, p: Paragraph, index: number): void {
  const c = w.universe.companies[index];
  if (!c) throw new Error(`no company ${index}`);
  const fr = w.lang === 'fr';
  p.sentence();
  const start = p.begin();
  nameCompany(w, p, index);
  const out = declared(w, index);
  const parent = c.parent && w.universe.companies[c.parent.company];
  if (c.parent && parent) {
    const division = c.parent.kind === 'DIVISION';
    const words = fr ? ['division de ', 'filiale de '] : ['a division of ', 'a subsidiary of '];
    p.add(`, ${words[division ? 0 : 1]}`);
    nameCompany(w, p, c.parent.company);
    out.parent ??= { company: parent.id, kind: c.parent.kind, evidence: p.end(start) };
  }
  p.add(fr ? ', basé ' : ', based ');
  const country = COUNTRIES[c.country];
  if (country) {
    const place = namePlace(w, p, country);
    out.country ??= { place: country.id, evidence: p.range(start, place.to) };
  }
  if (c.city) {
    p.add(fr ? ', ' : ' and ');
    const from = p.begin();
    p.add(fr ? 'dont le siège est ' : 'headquartered ');
    namePlace(w, p, c.city);
    out.headquarters ??= { place: c.city.id, evidence: p.end(from) };
  }
  p.add(fr ? ', est ' : ', ');
  const from = p.begin();
  p.add(fr ? 'spécialisé ' : 'specialises in ');
  c.sectors.forEach((s, i) => {
    if (i > 0) p.add(fr ? ' et ' : ' and ');
    nameSector(w, p, s, 'dans');
  });
  const sectorsMark = p.end(from);
  for (const s of c.sectors) {
    const id = SECTORS[s]?.id ?? '';
    if (!out.sectors.some((x) => x.sector === id))
      out.sectors.push({ sector: id, evidence: sectorsMark });
  }
  p.add('.');
  w.described[index] = 1;
}
