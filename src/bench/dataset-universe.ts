import { slugify } from '../graph/text.js';
import type { PersonRole } from '../graph/vocabulary.js';
import { coinedWord, companyName, NameRegistry, personName, uniqueName } from './dataset-names.js';
import { COUNTRIES, COUNTRY_WEIGHTS, PLACES_BY_ID, type PlaceVocab } from './dataset-places.js';
import { Random, ZipfSampler } from './dataset-random.js';
import { SECTORS } from './dataset-sectors.js';

/**
 * The world the articles report on: companies ranked by size (rank 0 is the
 * biggest group), their countries, sectors, parents and people, and the
 * journalists who write. Every entity has one id and one name for the whole
 * dataset, so that articles share them the way real news does.
 */

export interface Title {
  fr: string;
  en: string;
}

export interface Company {
  id: string;
  name: string;
  /** Group names in both languages ("Groupe Novexa", "Novexa Group"), for the biggest groups. */
  names?: { fr: string; en: string };
  /** The coined word the name is built on, which subsidiaries reuse. */
  stem: string;
  country: number;
  /** A headquarters city, for some companies. */
  city?: PlaceVocab;
  sectors: number[];
  offers: number[];
  founded: number;
  employees: number;
  parent?: { company: number; kind: 'SUBSIDIARY' | 'DIVISION' };
  people: number[];
}

export interface Person {
  id: string;
  name: string;
  female: boolean;
  company: number;
  role: PersonRole;
  title: Title;
  /** A seat on another company's board. */
  board?: number;
}

export interface Universe {
  companies: Company[];
  people: Person[];
  authors: string[];
  /** How many of the top ranks are groups with subsidiaries and several executives. */
  groups: number;
}

/**
 * Names no generated company or person may take: those the seed article uses
 * (so seeds/ and a generated folder load together), and every place and
 * sector, whose ids share a file's id space with companies and people (a
 * company named "Paris" would clash with the city).
 */
export const RESERVED_NAMES: readonly string[] = [
  'Bolloré',
  'Groupe Bolloré',
  'Bolloré Group',
  'le groupe Bolloré',
  'Alibaba',
  'Alibaba Group',
  'Alibaba Cloud',
  'Vincent Bolloré',
  'Aglaë Derouen',
  ...[...PLACES_BY_ID.values()].flatMap((p) => [p.id, p.en, p.fr]),
  ...SECTORS.flatMap((s) => [s.id, s.en, s.fr]),
];

const t = (frM: string, frF: string, en: string) => ({ frM, frF, en });
const TITLES: Record<PersonRole, { frM: string; frF: string; en: string }[]> = {
  LEADS: [
    t('directeur général', 'directrice générale', 'chief executive'),
    t('président-directeur général', 'présidente-directrice générale', 'chairman and CEO'),
    t('président', 'présidente', 'chair'),
  ],
  FOUNDED: [
    t('fondateur', 'fondatrice', 'founder'),
    t('cofondateur', 'cofondatrice', 'co-founder'),
  ],
  EMPLOYED_BY: [
    t('directeur financier', 'directrice financière', 'chief financial officer'),
    t('directeur technique', 'directrice technique', 'chief technology officer'),
    t('directeur des achats', 'directrice des achats', 'head of procurement'),
    t('responsable des partenariats', 'responsable des partenariats', 'head of partnerships'),
    t("directeur de l'innovation", "directrice de l'innovation", 'head of innovation'),
    t('directeur commercial', 'directrice commerciale', 'sales director'),
  ],
  BOARD_MEMBER_OF: [t('administrateur', 'administratrice', 'board member')],
};
const SUBSIDIARY_WORDS = ['Services', 'Digital', 'Ventures', 'Solutions', 'International'];

export function buildUniverse(companyCount: number, seed: number): Universe {
  const registry = new NameRegistry(RESERVED_NAMES);
  const groups = Math.max(2, Math.ceil(companyCount / 100));
  const groupSampler = new ZipfSampler(groups, 1);
  const companies: Company[] = [];
  const people: Person[] = [];
  const sectorWeights = SECTORS.map((s) => s.weight);

  for (let i = 0; i < companyCount; i++) {
    const random = new Random(seed, 'company', i);
    const sector = random.weighted(sectorWeights);
    const sectors = random.chance(0.3) ? [sector, random.weighted(sectorWeights)] : [sector];
    const countryIndex = random.weighted(COUNTRY_WEIGHTS);
    const cities = COUNTRIES[countryIndex]?.cities ?? [];
    const company: Company = {
      id: '',
      name: '',
      stem: '',
      country: countryIndex,
      sectors: [...new Set(sectors)],
      offers: random.chance(0.2) ? [random.weighted(sectorWeights)] : [],
      founded: i < groups ? random.between(1850, 1995) : random.between(1960, 2023),
      employees:
        i < groups
          ? random.between(10, 300) * 1000
          : Math.round(5 * 1000 ** random.float() * (1 + random.float())),
      people: [],
    };
    if (cities.length > 0 && random.chance(0.3)) company.city = random.pick(cities);
    const parent = i >= groups && random.chance(0.04) ? groupSampler.sample(random) : undefined;
    if (i < groups) {
      company.stem = uniqueName(
        registry,
        () => coinedWord(random),
        (w) => [w, `Groupe ${w}`, `${w} Group`],
      );
      company.name = company.stem;
      company.names = { fr: `Groupe ${company.stem}`, en: `${company.stem} Group` };
    } else if (parent !== undefined) {
      const stem = companies[parent]?.stem ?? '';
      const words = [...(SECTORS[sector]?.suffixes ?? []), ...SUBSIDIARY_WORDS];
      company.name = uniqueName(
        registry,
        () => `${stem} ${random.pick(words)}${random.chance(0.1) ? ` ${coinedWord(random)}` : ''}`,
        (n) => [n],
      );
      company.stem = stem;
      company.parent = { company: parent, kind: random.chance(0.2) ? 'DIVISION' : 'SUBSIDIARY' };
    } else {
      company.name = uniqueName(
        registry,
        () => companyName(random, SECTORS[sector] ?? (SECTORS[0] as (typeof SECTORS)[0])),
        (n) => [n],
      );
      company.stem = company.name.split(' ')[0] ?? company.name;
    }
    company.id = slugify(company.name);
    companies.push(company);

    const staff = i < groups ? random.between(3, 5) : random.chance(0.3) ? 1 : 0;
    for (let k = 0; k < staff; k++) {
      const role: PersonRole =
        k === 0
          ? company.founded > 1995 && random.chance(0.5)
            ? 'FOUNDED'
            : 'LEADS'
          : random.chance(0.25)
            ? 'BOARD_MEMBER_OF'
            : 'EMPLOYED_BY';
      const drawn = uniqueName(
        registry,
        () => personName(random),
        (p) => [p.name],
      );
      const title = random.pick(TITLES[role]);
      const person: Person = {
        id: slugify(drawn.name),
        name: drawn.name,
        female: drawn.female,
        company: i,
        role,
        title: { fr: drawn.female ? title.frF : title.frM, en: title.en },
      };
      if (i < groups && k > 0 && random.chance(0.3)) {
        const board = groupSampler.sample(random);
        if (board !== i) person.board = board;
      }
      company.people.push(people.length);
      people.push(person);
    }
  }
  const authorRandom = new Random(seed, 'authors');
  const authors = Array.from(
    { length: Math.min(60, Math.max(5, Math.ceil(companyCount / 500))) },
    () =>
      uniqueName(
        registry,
        () => personName(authorRandom),
        (p) => [p.name],
      ).name,
  );
  return { companies, people, authors, groups };
}

/** The title a person's board seat gives them elsewhere. */
export function boardTitle(person: Person): Title {
  return { fr: person.female ? 'administratrice' : 'administrateur', en: 'board member' };
}
