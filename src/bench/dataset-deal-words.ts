import type { PartnershipKind } from '../graph/vocabulary.js';
import type { Lang } from './dataset-phrases.js';

/**
 * How articles word each kind of deal, in French and English. A sentence is a
 * list of tokens: text, the parties on one side (`source`: investors,
 * acquirers, suppliers…, `target`: the other side, `all`: every party, for
 * symmetric kinds), and the date the deal was signed.
 */

/** The parties' names for a partnership's name: all of them, and each side. */
export interface PartyNames {
  all: string;
  source: string;
  target: string;
}

export type Token =
  | string
  | { side: 'source' | 'target' | 'all'; de?: true; possessive?: true }
  | { date: true };

interface KindWords {
  /** The statement of the deal; `many` when there are several sources (investors). */
  clause: Record<Lang, Token[]>;
  many?: Record<Lang, Token[]>;
  /** The intertitle above the deal, and above it when there are several sources. */
  heading: Record<Lang, Token[]>;
  manyHeading?: Record<Lang, Token[]>;
  /** "le protocole d'accord", "memorandum of understanding", for follow-ups. */
  noun: Record<Lang, string>;
  /** "Protocole d'accord entre …", "… memorandum of understanding", from the parties' names. */
  name: Record<Lang, (names: PartyNames) => string>;
  /** A short word for partnership ids. */
  slug: string;
}

const ALL = { side: 'all' } as const;
const S = { side: 'source' } as const;
const T = { side: 'target' } as const;
const DATE = { date: true } as const;

function symmetric(
  frVerb: string,
  frNoun: string,
  enVerb: string,
  enNoun: string,
  frHeading: string,
  enHeading: string,
  frName: string,
  slug: string,
): KindWords {
  return {
    clause: { fr: [ALL, ` ${frVerb} `, DATE, ` ${frNoun}`], en: [ALL, ` ${enVerb} `, DATE] },
    heading: { fr: [ALL, ` ${frHeading}`], en: [ALL, ` ${enHeading}`] },
    noun: {
      fr: frNoun
        .replace(/^(un|une) /, (_, a) => (a === 'un' ? 'le ' : 'la '))
        .replace(/^(le|la) ([aeéiou])/, "l'$2"),
      en: enNoun,
    },
    name: { fr: (p) => `${frName} entre ${p.all}`, en: (p) => `${p.all} ${enNoun}` },
    slug,
  };
}

export const KIND_WORDS: Record<PartnershipKind, KindWords> = {
  MEMORANDUM_OF_UNDERSTANDING: symmetric(
    'ont signé',
    "un protocole d'accord",
    'signed a memorandum of understanding',
    'memorandum of understanding',
    "signent un protocole d'accord",
    'sign a memorandum of understanding',
    "Protocole d'accord",
    'mou',
  ),
  STRATEGIC_ALLIANCE: symmetric(
    'ont noué',
    'une alliance stratégique',
    'formed a strategic alliance',
    'strategic alliance',
    "s'allient",
    'form an alliance',
    'Alliance stratégique',
    'alliance',
  ),
  JOINT_VENTURE: symmetric(
    'ont annoncé',
    "la création d'une coentreprise",
    'announced a joint venture',
    'joint venture',
    'créent une coentreprise',
    'set up a joint venture',
    'Coentreprise',
    'jv',
  ),
  COMMERCIAL_AGREEMENT: symmetric(
    'ont conclu',
    'un accord commercial',
    'signed a commercial agreement',
    'commercial agreement',
    'concluent un accord commercial',
    'strike a commercial deal',
    'Accord commercial',
    'agreement',
  ),
  RESEARCH_COLLABORATION: symmetric(
    'ont lancé',
    'un programme de recherche commun',
    'launched a joint research programme',
    'research collaboration',
    'unissent leurs efforts de recherche',
    'team up on research',
    'Programme de recherche commun',
    'research',
  ),
  MERGER: symmetric(
    'ont annoncé',
    'leur fusion',
    'announced their merger',
    'merger',
    'vont fusionner',
    'to merge',
    'Fusion',
    'merger',
  ),
  SUPPLY_AGREEMENT: {
    clause: {
      fr: [S, ' fournira ', T, " dans le cadre d'un contrat signé ", DATE],
      en: [S, ' will supply ', T, ' under a contract signed ', DATE],
    },
    heading: { fr: [S, ' fournira ', T], en: [S, ' to supply ', T] },
    noun: { fr: "le contrat d'approvisionnement", en: 'supply agreement' },
    name: {
      fr: (p) => `Contrat d'approvisionnement entre ${p.all}`,
      en: (p) => `${p.all} supply agreement`,
    },
    slug: 'supply',
  },
  LICENSING_AGREEMENT: {
    clause: {
      fr: [S, ' a accordé ', DATE, ' une licence sur ses technologies à ', T],
      en: [S, ' granted ', T, ' a licence to its technology ', DATE],
    },
    heading: { fr: [S, ' accorde une licence à ', T], en: [S, ' licenses its technology to ', T] },
    noun: { fr: "l'accord de licence", en: 'licensing agreement' },
    name: {
      fr: (p) => `Licence accordée par ${p.source} à ${p.target}`,
      en: (p) => `${p.source} licence to ${p.target}`,
    },
    slug: 'licence',
  },
  DISTRIBUTION_AGREEMENT: {
    clause: {
      fr: [
        S,
        ' distribuera les produits ',
        { side: 'target', de: true },
        " dans le cadre d'un accord signé ",
        DATE,
      ],
      en: [
        S,
        ' will distribute ',
        { side: 'target', possessive: true },
        ' products under an agreement signed ',
        DATE,
      ],
    },
    heading: { fr: [S, ' distribuera ', T], en: [S, ' to distribute ', T] },
    noun: { fr: "l'accord de distribution", en: 'distribution agreement' },
    name: {
      fr: (p) => `Accord de distribution entre ${p.all}`,
      en: (p) => `${p.all} distribution agreement`,
    },
    slug: 'distribution',
  },
  INVESTMENT: {
    clause: {
      fr: [S, ' a annoncé ', DATE, ' une prise de participation dans ', T],
      en: [S, ' took a stake in ', T, ' ', DATE],
    },
    many: {
      fr: [T, ' a annoncé ', DATE, ' une levée de fonds auprès ', { side: 'source', de: true }],
      en: [T, ' raised funds from ', S, ' ', DATE],
    },
    heading: { fr: [S, ' investit dans ', T], en: [S, ' invests in ', T] },
    manyHeading: { fr: [T, ' lève des fonds'], en: [T, ' raises funds'] },
    noun: { fr: 'la prise de participation', en: 'investment' },
    name: {
      fr: (p) => `Investissement de ${p.source} dans ${p.target}`,
      en: (p) => `${p.source} investment in ${p.target}`,
    },
    slug: 'investment',
  },
  ACQUISITION: {
    clause: {
      fr: [S, ' a annoncé ', DATE, ' le rachat ', { side: 'target', de: true }],
      en: [S, ' agreed to acquire ', T, ' ', DATE],
    },
    heading: { fr: [S, ' rachète ', T], en: [S, ' to buy ', T] },
    noun: { fr: 'le rachat', en: 'acquisition' },
    name: {
      fr: (p) => `Rachat de ${p.target} par ${p.source}`,
      en: (p) => `${p.source} acquisition of ${p.target}`,
    },
    slug: 'acquisition',
  },
};

/** What the partners mean to do, in both languages. */
export const OBJECTIVES: readonly { fr: string; en: string }[] = [
  { fr: 'accélérer leur développement international', en: 'accelerate their international growth' },
  { fr: 'réduire leurs coûts', en: 'cut their costs' },
  { fr: 'développer de nouvelles offres communes', en: 'develop new joint offerings' },
  { fr: 'partager leurs expertises', en: 'share their expertise' },
  { fr: 'conquérir de nouveaux marchés', en: 'win new markets' },
  { fr: 'mutualiser leurs investissements en recherche', en: 'pool their research spending' },
  { fr: 'réduire leur empreinte carbone', en: 'reduce their carbon footprint' },
  { fr: 'sécuriser leurs approvisionnements', en: 'secure their supplies' },
];

/** What an executive says of the deal. */
export const STATEMENTS: Record<Lang, readonly string[]> = {
  fr: [
    'Cet accord marque une étape importante pour notre groupe',
    'Nous partageons la même vision du marché',
    'Ce partenariat va accélérer notre croissance',
    'Nos équipes travaillent ensemble depuis plusieurs mois',
  ],
  en: [
    'This agreement is a milestone for our company',
    'We share the same vision of the market',
    'This partnership will accelerate our growth',
    'Our teams have been working together for months',
  ],
};
