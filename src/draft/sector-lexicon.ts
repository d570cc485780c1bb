/** A sector the drafter recognises: the seed's id where the seed has it, English and French names and other forms. */
export interface LexiconSector {
  id: string;
  en: string;
  fr: string;
  /** Other surface forms in either language (plurals, synonyms, words for the trade). */
  forms: string[];
}

const sector = (id: string, en: string, fr: string, forms: string[] = []): LexiconSector => ({
  id,
  en,
  fr,
  forms,
});

/**
 * Sectors and the words articles use for them, matched whole-word, accents
 * and case ignored; the longest match wins ("transports électriques" over
 * "transports").
 */
export const SECTOR_LEXICON: readonly LexiconSector[] = [
  sector('transport', 'transport', 'transport', ['transports']),
  sector('logistics', 'logistics', 'logistique', ['logistiques']),
  sector('communication', 'communication', 'communication'),
  sector('online-retail', 'online retail', 'vente en ligne', [
    'e-commerce',
    'commerce en ligne',
    'online shopping',
  ]),
  sector('industry', 'industry', 'industrie', ['industriels', 'industriel', 'industrial']),
  sector('information-technology', 'information technology', 'informatique', ['IT services']),
  sector('cloud-computing', 'cloud computing', 'cloud', ['informatique en nuage']),
  sector('innovation', 'innovation', 'innovation'),
  sector('digital-transformation', 'digital transformation', 'transformation numérique', [
    'transformation digitale',
  ]),
  sector('car-sharing', 'car sharing', 'autopartage', ['car-sharing', 'carsharing']),
  sector('electric-batteries', 'electric batteries', 'batterie électrique', [
    'batteries électriques',
    'batteries',
    'batterie',
    'battery',
    'battery cells',
    'battery maker',
  ]),
  sector('electric-transport', 'electric transport', 'transports électriques', [
    'transport électrique',
    'mobilité électrique',
    'electric mobility',
    'electric vehicles',
    'véhicules électriques',
  ]),
  sector('artificial-intelligence', 'artificial intelligence', 'intelligence artificielle'),
  sector('big-data', 'big data', 'big data'),
  sector('security-solutions', 'security solutions', 'solutions de sécurité', [
    'cybersécurité',
    'cybersecurity',
  ]),
  sector('data-centers', 'data centers', 'centres de données', ['data centres', 'datacenters']),
  sector('freight', 'freight', 'fret'),
  sector(
    'cross-border-e-commerce',
    'cross-border e-commerce',
    'commerce électronique transfrontalier',
  ),
  sector('automotive', 'automotive', 'automobile', [
    'carmaker',
    'car maker',
    'constructeur automobile',
    'automaker',
  ]),
  sector('offshore-wind', 'offshore wind', 'éolien en mer', [
    'éolien offshore',
    'éoliens en mer',
    'offshore wind farms',
  ]),
  sector('wind-energy', 'wind energy', 'énergie éolienne', ['éolien', 'wind power']),
  sector('solar-energy', 'solar energy', 'énergie solaire', ['solaire', 'solar power']),
  sector('renewable-energy', 'renewable energy', 'énergies renouvelables', [
    'renewables',
    'renouvelables',
  ]),
  sector('energy-transition', 'energy transition', 'transition énergétique'),
  sector('energy', 'energy', 'énergie', ['énergéticien']),
  sector('hydrogen', 'hydrogen', 'hydrogène'),
  sector('shipping', 'shipping', 'transport maritime', ['armateur', 'shipowner', 'shipping line']),
  sector('aviation', 'aviation', 'aéronautique', [
    'aerospace',
    'aérospatiale',
    'airline',
    'compagnie aérienne',
  ]),
  sector('rail', 'rail', 'ferroviaire', ['railway', 'railways']),
  sector('telecommunications', 'telecommunications', 'télécommunications', [
    'télécoms',
    'telecoms',
  ]),
  sector('banking', 'banking', 'banque', ['bancaire', 'bank']),
  sector('insurance', 'insurance', 'assurance', ['assureur', 'insurer']),
  sector('payments', 'payments', 'paiement', ['paiements', 'payment']),
  sector('pharmaceuticals', 'pharmaceuticals', 'pharmaceutique', ['pharmaceutical', 'médicaments']),
  sector('healthcare', 'healthcare', 'santé', ['health care']),
  sector('media', 'media', 'médias', ['media group']),
  sector('advertising', 'advertising', 'publicité', ['publicitaire']),
  sector('retail', 'retail', 'grande distribution', ['retailer', 'distributeur']),
  sector('semiconductors', 'semiconductors', 'semi-conducteurs', ['puces', 'chips', 'chipmaker']),
  sector('software', 'software', 'logiciel', ['logiciels']),
  sector('robotics', 'robotics', 'robotique', ['robots', 'robot']),
  sector('agriculture', 'agriculture', 'agriculture', ['agricole', 'agroalimentaire', 'agrifood']),
  sector('construction', 'construction', 'construction', ['BTP']),
  sector('chemicals', 'chemicals', 'chimie', ['chimique']),
  sector('mining', 'mining', 'mines', ['minier', 'minière']),
  sector('oil-and-gas', 'oil and gas', 'pétrole et gaz', ['pétrolier', 'oil major', 'gazier']),
  sector('tourism', 'tourism', 'tourisme', ['touristique']),
];
