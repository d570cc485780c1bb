import type { PlaceKind } from '../graph/vocabulary.js';

/**
 * Places of the generated dataset: the world, continents and regions,
 * countries and a few cities, named in French and English with the phrase
 * that says "in" (en France, au Japon, aux États-Unis). Ids and names of the
 * places the seed article uses are the seed's. No city shares a name with a
 * country (no Singapore, Luxembourg or Mexico City), so names stay unambiguous.
 */
export interface PlaceVocab {
  id: string;
  kind: PlaceKind;
  en: string;
  fr: string;
  /** "en France", "au Japon", "aux États-Unis": what an article writes, and quotes. */
  frIn: string;
  /** "in France", "in the United States", "around the world". */
  enIn: string;
}

export interface CountryVocab extends PlaceVocab {
  /** The continent or region the country is in. */
  region: string;
  /** How common the country is among companies. */
  weight: number;
  cities: readonly PlaceVocab[];
}

const region = (id: string, kind: PlaceKind, en: string, fr: string, frIn: string): PlaceVocab => ({
  id,
  kind,
  en,
  fr,
  frIn,
  enIn: `in ${en.startsWith('Middle') ? 'the ' : ''}${en}`,
});

export const REGIONS: readonly PlaceVocab[] = [
  {
    id: 'world',
    kind: 'WORLD',
    en: 'World',
    fr: 'monde',
    frIn: 'dans le monde entier',
    enIn: 'around the world',
  },
  region('europe', 'CONTINENT', 'Europe', 'Europe', 'en Europe'),
  region('africa', 'CONTINENT', 'Africa', 'Afrique', 'en Afrique'),
  region('asia', 'CONTINENT', 'Asia', 'Asie', 'en Asie'),
  region('north-america', 'CONTINENT', 'North America', 'Amérique du Nord', 'en Amérique du Nord'),
  region('oceania', 'CONTINENT', 'Oceania', 'Océanie', 'en Océanie'),
  region('latin-america', 'REGION', 'Latin America', 'Amérique latine', 'en Amérique latine'),
  region('middle-east', 'REGION', 'Middle East', 'Moyen-Orient', 'au Moyen-Orient'),
];

const city = (id: string, en: string, fr = en): PlaceVocab => ({
  id,
  kind: 'CITY',
  en,
  fr,
  frIn: `à ${fr}`,
  enIn: `in ${en}`,
});

function country(
  id: string,
  en: string,
  fr: string,
  frPrep: 'en' | 'au' | 'aux' | 'à',
  regionId: string,
  weight: number,
  cities: PlaceVocab[] = [],
): CountryVocab {
  const the = /^(United|Netherlands|Philippines)/.test(en) ? 'the ' : '';
  return {
    id,
    kind: 'COUNTRY',
    en,
    fr,
    frIn: `${frPrep} ${fr}`,
    enIn: `in ${the}${en}`,
    region: regionId,
    weight,
    cities,
  };
}

export const COUNTRIES: readonly CountryVocab[] = [
  country('france', 'France', 'France', 'en', 'europe', 22, [
    city('paris', 'Paris'),
    city('lyon', 'Lyon'),
    city('toulouse', 'Toulouse'),
    city('bordeaux', 'Bordeaux'),
    city('nantes', 'Nantes'),
    city('lille', 'Lille'),
  ]),
  country('united-states', 'United States', 'États-Unis', 'aux', 'north-america', 14, [
    city('new-york', 'New York'),
    city('san-francisco', 'San Francisco'),
    city('boston', 'Boston'),
    city('chicago', 'Chicago'),
  ]),
  country('germany', 'Germany', 'Allemagne', 'en', 'europe', 8, [
    city('berlin', 'Berlin'),
    city('munich', 'Munich'),
    city('hamburg', 'Hamburg', 'Hambourg'),
  ]),
  country('united-kingdom', 'United Kingdom', 'Royaume-Uni', 'au', 'europe', 6, [
    city('london', 'London', 'Londres'),
  ]),
  country('china', 'China', 'Chine', 'en', 'asia', 7, [
    city('shanghai', 'Shanghai'),
    city('shenzhen', 'Shenzhen'),
    city('beijing', 'Beijing', 'Pékin'),
  ]),
  country('japan', 'Japan', 'Japon', 'au', 'asia', 4, [city('tokyo', 'Tokyo')]),
  country('south-korea', 'South Korea', 'Corée du Sud', 'en', 'asia', 2, [
    city('seoul', 'Seoul', 'Séoul'),
  ]),
  country('india', 'India', 'Inde', 'en', 'asia', 3, [city('bangalore', 'Bangalore')]),
  country('italy', 'Italy', 'Italie', 'en', 'europe', 3, [city('milan', 'Milan')]),
  country('spain', 'Spain', 'Espagne', 'en', 'europe', 3, [
    city('madrid', 'Madrid'),
    city('barcelona', 'Barcelona', 'Barcelone'),
  ]),
  country('netherlands', 'Netherlands', 'Pays-Bas', 'aux', 'europe', 2, [
    city('amsterdam', 'Amsterdam'),
  ]),
  country('belgium', 'Belgium', 'Belgique', 'en', 'europe', 2, [
    city('brussels', 'Brussels', 'Bruxelles'),
  ]),
  country('switzerland', 'Switzerland', 'Suisse', 'en', 'europe', 2, [
    city('geneva', 'Geneva', 'Genève'),
    city('zurich', 'Zurich'),
  ]),
  country('sweden', 'Sweden', 'Suède', 'en', 'europe', 1, [city('stockholm', 'Stockholm')]),
  country('norway', 'Norway', 'Norvège', 'en', 'europe', 1, [city('oslo', 'Oslo')]),
  country('denmark', 'Denmark', 'Danemark', 'au', 'europe', 1, [
    city('copenhagen', 'Copenhagen', 'Copenhague'),
  ]),
  country('finland', 'Finland', 'Finlande', 'en', 'europe', 1, [city('helsinki', 'Helsinki')]),
  country('poland', 'Poland', 'Pologne', 'en', 'europe', 1, [city('warsaw', 'Warsaw', 'Varsovie')]),
  country('portugal', 'Portugal', 'Portugal', 'au', 'europe', 1, [
    city('lisbon', 'Lisbon', 'Lisbonne'),
  ]),
  country('ireland', 'Ireland', 'Irlande', 'en', 'europe', 1, [city('dublin', 'Dublin')]),
  country('luxembourg', 'Luxembourg', 'Luxembourg', 'au', 'europe', 1),
  country('turkey', 'Turkey', 'Turquie', 'en', 'europe', 1, [city('istanbul', 'Istanbul')]),
  country('canada', 'Canada', 'Canada', 'au', 'north-america', 2, [
    city('montreal', 'Montreal', 'Montréal'),
    city('toronto', 'Toronto'),
  ]),
  country('mexico', 'Mexico', 'Mexique', 'au', 'latin-america', 1),
  country('brazil', 'Brazil', 'Brésil', 'au', 'latin-america', 2, [city('sao-paulo', 'São Paulo')]),
  country('argentina', 'Argentina', 'Argentine', 'en', 'latin-america', 0.5),
  country('chile', 'Chile', 'Chili', 'au', 'latin-america', 0.5),
  country('colombia', 'Colombia', 'Colombie', 'en', 'latin-america', 0.5),
  country('morocco', 'Morocco', 'Maroc', 'au', 'africa', 1.5, [city('casablanca', 'Casablanca')]),
  country('senegal', 'Senegal', 'Sénégal', 'au', 'africa', 1, [city('dakar', 'Dakar')]),
  country('ivory-coast', 'Ivory Coast', "Côte d'Ivoire", 'en', 'africa', 1, [
    city('abidjan', 'Abidjan'),
  ]),
  country('nigeria', 'Nigeria', 'Nigeria', 'au', 'africa', 1, [city('lagos', 'Lagos')]),
  country('south-africa', 'South Africa', 'Afrique du Sud', 'en', 'africa', 1, [
    city('johannesburg', 'Johannesburg'),
  ]),
  country('kenya', 'Kenya', 'Kenya', 'au', 'africa', 0.5, [city('nairobi', 'Nairobi')]),
  country('egypt', 'Egypt', 'Égypte', 'en', 'africa', 0.5),
  country('israel', 'Israel', 'Israël', 'en', 'middle-east', 1, [city('tel-aviv', 'Tel Aviv')]),
  country(
    'united-arab-emirates',
    'United Arab Emirates',
    'Émirats arabes unis',
    'aux',
    'middle-east',
    1,
    [city('dubai', 'Dubai', 'Dubaï')],
  ),
  country('saudi-arabia', 'Saudi Arabia', 'Arabie saoudite', 'en', 'middle-east', 0.5),
  country('singapore', 'Singapore', 'Singapour', 'à', 'asia', 1.5),
  country('taiwan', 'Taiwan', 'Taïwan', 'à', 'asia', 1),
  country('vietnam', 'Vietnam', 'Vietnam', 'au', 'asia', 0.5),
  country('indonesia', 'Indonesia', 'Indonésie', 'en', 'asia', 0.5),
  country('australia', 'Australia', 'Australie', 'en', 'oceania', 1, [city('sydney', 'Sydney')]),
];

/** Every place by id: regions, countries and cities. */
export const PLACES_BY_ID: ReadonlyMap<string, PlaceVocab> = new Map(
  [...REGIONS, ...COUNTRIES, ...COUNTRIES.flatMap((c) => c.cities)].map((p) => [p.id, p]),
);

export const COUNTRY_WEIGHTS = COUNTRIES.map((c) => c.weight);
