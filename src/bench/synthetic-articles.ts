import { stringify } from 'yaml';
import { slugify } from '../graph/text.js';
import type { PartnershipKind } from '../graph/vocabulary.js';

/**
 * Generates articles in the layout of the seed, with extraction files whose
 * quotes are in the text, for load benchmarks. Companies, people, sectors and
 * places are drawn from small pools, so articles share entities the way real
 * news does and the loader's resolution and merging are exercised.
 */

const SECTORS = [
  ['logistics', 'logistique', 'logistics'],
  ['cloud-computing', 'cloud', 'cloud computing'],
  ['online-retail', 'vente en ligne', 'online retail'],
  ['car-sharing', 'autopartage', 'car sharing'],
  ['electric-batteries', 'batterie électrique', 'electric batteries'],
  ['telecommunications', 'télécommunications', 'telecommunications'],
  ['media', 'médias', 'media'],
  ['energy', 'énergie', 'energy'],
] as const;

const PLACES = [
  ['europe', 'européen', 'Europe', 'CONTINENT'],
  ['africa', 'africain', 'Africa', 'CONTINENT'],
  ['china', 'chinois', 'China', 'COUNTRY'],
  ['india', 'indien', 'India', 'COUNTRY'],
  ['brazil', 'brésilien', 'Brazil', 'COUNTRY'],
] as const;

const KINDS: PartnershipKind[] = [
  'MEMORANDUM_OF_UNDERSTANDING',
  'STRATEGIC_ALLIANCE',
  'JOINT_VENTURE',
  'INVESTMENT',
];

/** A small deterministic generator, so runs are comparable. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

export interface SyntheticArticle {
  stem: string;
  text: string;
  extraction: string;
}

export function syntheticArticles(count: number, seed = 42): SyntheticArticle[] {
  const pick = random(seed);
  const companyCount = Math.max(4, Math.ceil(count / 2));
  const company = (i: number) => `Groupe Synthèse ${i}`;
  return Array.from({ length: count }, (_, i) => {
    const a = pick(companyCount);
    const b = (a + 1 + pick(companyCount - 1)) % companyCount;
    const [nameA, nameB] = [company(a), company(b)];
    const [sectorId, sectorFr, sectorEn] = SECTORS[pick(SECTORS.length)] ?? SECTORS[0];
    const [placeId, placeFr, placeEn, placeKind] = PLACES[pick(PLACES.length)] ?? PLACES[0];
    const kind = KINDS[pick(KINDS.length)] ?? 'STRATEGIC_ALLIANCE';
    const leader = `Dirigeant ${a}`;
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const year = 2015 + (i % 10);
    const date = `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const text = [
      `${nameA} et ${nameB} signent un accord (${i})`,
      '',
      `Publié le ${date} par Auteur ${i % 7}`,
      '',
      `${nameA}, spécialisé dans la ${sectorFr}, annonce un accord avec ${nameB} sur le marché ${placeFr}.`,
      '',
      'Les détails',
      '',
      `${nameA} est dirigé par ${leader}. Le montant de l'opération n'a pas été divulgué.`,
    ].join('\n');
    const [idA, idB] = [slugify(nameA), slugify(nameB)];
    const directed = kind === 'INVESTMENT';
    const extraction = {
      article: { id: `synthetic-${i}`, language: 'fr' },
      companies: [
        {
          id: idA,
          name: nameA,
          evidence: `${nameA}, spécialisé`,
          sectors: [{ sector: sectorId, evidence: `spécialisé dans la ${sectorFr}` }],
        },
        { id: idB, name: nameB, evidence: `un accord avec ${nameB}` },
      ],
      people: [
        {
          id: slugify(leader),
          name: leader,
          evidence: leader,
          roles: [{ type: 'LEADS', company: idA, evidence: `${nameA} est dirigé par ${leader}` }],
        },
      ],
      sectors: [
        { id: sectorId, name: sectorEn, names: { fr: sectorFr, en: sectorEn }, evidence: sectorFr },
      ],
      places: [{ id: placeId, kind: placeKind, name: placeEn, evidence: `marché ${placeFr}` }],
      partnerships: [
        {
          id: `synthetic-partnership-${i}`,
          kind,
          name: `${nameA}–${nameB} (${i})`,
          evidence: `annonce un accord avec ${nameB}`,
          signedOn: { date: iso, evidence: `Publié le ${date}` },
          amount: { disclosed: false, evidence: "Le montant de l'opération n'a pas été divulgué" },
          parties: [
            {
              company: idA,
              role: directed ? 'INVESTOR' : 'SIGNATORY',
              evidence: `${nameA}, spécialisé`,
            },
            {
              company: idB,
              role: directed ? 'INVESTEE' : 'SIGNATORY',
              evidence: `un accord avec ${nameB}`,
            },
          ],
          domains: [{ sector: sectorId, focus: 'CORE', evidence: `dans la ${sectorFr}` }],
          markets: [{ place: placeId, evidence: `sur le marché ${placeFr}` }],
        },
      ],
    };
    return {
      stem: `synthetic-${String(i).padStart(5, '0')}`,
      text,
      extraction: stringify(extraction),
    };
  });
}
