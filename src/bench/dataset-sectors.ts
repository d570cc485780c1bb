/**
 * Sectors of the generated dataset, named in French and English. Ids and
 * names of the sectors the seed article uses are the seed's, so a generated
 * folder and seeds/ load into one graph without conflict.
 */
export interface SectorVocab {
  id: string;
  /** Canonical (English) name, as written in English articles. */
  en: string;
  /** French name, as written in French articles. */
  fr: string;
  /** The French name with its article: "la logistique", "l'énergie". */
  frArt: string;
  /** How common the sector is among companies. */
  weight: number;
  /** Words that companies of the sector add to their names. */
  suffixes: readonly string[];
}

const s = (
  id: string,
  en: string,
  fr: string,
  frArt: string,
  weight: number,
  suffixes: readonly string[] = [],
): SectorVocab => ({ id, en, fr, frArt, weight, suffixes });

export const SECTORS: readonly SectorVocab[] = [
  s('logistics', 'logistics', 'logistique', 'la logistique', 5, ['Logistics', 'Freight']),
  s('transport', 'transport', 'transport', 'le transport', 4, ['Transport']),
  s('cloud-computing', 'cloud computing', 'cloud', 'le cloud', 5, ['Cloud']),
  s(
    'artificial-intelligence',
    'artificial intelligence',
    'intelligence artificielle',
    "l'intelligence artificielle",
    5,
    ['AI', 'Analytics'],
  ),
  s('big-data', 'big data', 'big data', 'le big data', 2, ['Data']),
  s('cybersecurity', 'cybersecurity', 'cybersécurité', 'la cybersécurité', 3, ['Security']),
  s('online-retail', 'online retail', 'vente en ligne', 'la vente en ligne', 3, ['Shop']),
  s('telecommunications', 'telecommunications', 'télécommunications', 'les télécommunications', 3, [
    'Telecom',
    'Networks',
  ]),
  s('energy', 'energy', 'énergie', "l'énergie", 4, ['Energy']),
  s(
    'renewable-energy',
    'renewable energy',
    'énergies renouvelables',
    'les énergies renouvelables',
    4,
    ['Solar', 'Wind', 'Renewables'],
  ),
  s(
    'electric-batteries',
    'electric batteries',
    'batterie électrique',
    'la batterie électrique',
    2,
    ['Batteries'],
  ),
  s(
    'electric-transport',
    'electric transport',
    'transports électriques',
    'les transports électriques',
    2,
  ),
  s('automotive', 'automotive', 'automobile', "l'automobile", 4, ['Motors', 'Automotive']),
  s('aerospace', 'aerospace', 'aéronautique', "l'aéronautique", 2, ['Aerospace', 'Aero']),
  s('pharmaceuticals', 'pharmaceuticals', 'pharmacie', 'la pharmacie', 3, ['Pharma']),
  s('biotechnology', 'biotechnology', 'biotechnologies', 'les biotechnologies', 3, [
    'Bio',
    'Therapeutics',
  ]),
  s('medical-devices', 'medical devices', 'dispositifs médicaux', 'les dispositifs médicaux', 2, [
    'Medical',
  ]),
  s('banking', 'banking', 'banque', 'la banque', 3, ['Bank']),
  s('insurance', 'insurance', 'assurance', "l'assurance", 2, ['Assurances']),
  s('fintech', 'fintech', 'fintech', 'la fintech', 3, ['Pay', 'Finance']),
  s('media', 'media', 'médias', 'les médias', 2, ['Media']),
  s('video-games', 'video games', 'jeux vidéo', 'les jeux vidéo', 2, ['Games', 'Studios']),
  s('semiconductors', 'semiconductors', 'semi-conducteurs', 'les semi-conducteurs', 2, [
    'Semiconductors',
  ]),
  s('robotics', 'robotics', 'robotique', 'la robotique', 2, ['Robotics']),
  s('agrifood', 'agrifood', 'agroalimentaire', "l'agroalimentaire", 3, ['Foods']),
  s('agriculture', 'agriculture', 'agriculture', "l'agriculture", 2, ['Agri']),
  s('construction', 'construction', 'construction', 'la construction', 3, ['Construction']),
  s('real-estate', 'real estate', 'immobilier', "l'immobilier", 2, ['Immobilier', 'Properties']),
  s('chemicals', 'chemicals', 'chimie', 'la chimie', 2, ['Chemicals', 'Chimie']),
  s('steel', 'steel', 'sidérurgie', 'la sidérurgie', 1, ['Steel']),
  s('shipping', 'shipping', 'transport maritime', 'le transport maritime', 2, [
    'Shipping',
    'Lines',
  ]),
  s('air-transport', 'air transport', 'transport aérien', 'le transport aérien', 1, ['Airlines']),
  s('tourism', 'tourism', 'tourisme', 'le tourisme', 2, ['Travel']),
  s('luxury-goods', 'luxury goods', 'luxe', 'le luxe', 1, ['Couture']),
  s('retail', 'retail', 'grande distribution', 'la grande distribution', 2, ['Retail']),
  s('water-management', 'water management', "gestion de l'eau", "la gestion de l'eau", 1, [
    'Water',
  ]),
  s('hydrogen', 'hydrogen', 'hydrogène', "l'hydrogène", 1, ['Hydrogen', 'H2']),
  s('space-industry', 'space industry', 'spatial', 'le spatial', 1, ['Space']),
  s('defence', 'defence', 'défense', 'la défense', 1, ['Defence', 'Systems']),
  s(
    'digital-transformation',
    'digital transformation',
    'transformation numérique',
    'la transformation numérique',
    2,
    ['Digital'],
  ),
  s('data-centers', 'data centers', 'centres de données', 'les centres de données', 1, [
    'Datacenters',
  ]),
  s('payments', 'payments', 'paiement', 'le paiement', 2, ['Payments']),
  s('consulting', 'consulting', 'conseil', 'le conseil', 3, ['Consulting', 'Partners']),
  s('nuclear-energy', 'nuclear energy', 'nucléaire', 'le nucléaire', 1, ['Nuclear']),
  s('mobility', 'mobility', 'mobilité', 'la mobilité', 2, ['Mobility']),
  s('car-sharing', 'car sharing', 'autopartage', "l'autopartage", 1, ['Share']),
  s('digital-health', 'digital health', 'e-santé', 'la e-santé', 2, ['Health']),
  s('software', 'software', 'logiciel', 'le logiciel', 4, ['Software', 'Soft']),
];

/** "a logistics", "an energy". */
export function enA(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
