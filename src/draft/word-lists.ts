/** Small closed word lists the rules lean on, French and English together. */

/** Legal forms and group words that may end a company's name and are dropped to compare names. */
export const COMPANY_SUFFIXES = [
  'SA',
  'S.A.',
  'SAS',
  'SE',
  'AG',
  'GmbH',
  'Inc',
  'Inc.',
  'Ltd',
  'Ltd.',
  'Limited',
  'plc',
  'PLC',
  'Corp',
  'Corp.',
  'Corporation',
  'Group',
  'Groupe',
  'Holding',
  'Holdings',
  'NV',
  'N.V.',
  'BV',
  'B.V.',
  'SpA',
  'S.p.A.',
  'LLC',
  '& Co',
  'Co.',
];

/** Words in a name that make it a company's (a legal form, or a trade as the last word). */
export const COMPANY_NAME_WORDS =
  /(?:^|\s)(?:SA|SAS|SE|AG|GmbH|Inc\.?|Ltd\.?|Limited|plc|Corp\.?|Corporation|Group|Groupe|Holdings?|NV|BV|LLC|Logistics|Energy|Motors|Mobility|Solar|Solutions|Services|Systems|Technologies|Technology|Airlines|Airways|Bank|Banque|Capital|Partners|Pharma|Telecom|Offshore|Industries|Cloud|Software|Labs|Foods|Resources|Mining|Shipping|Marine|Networks|Media|Automotive|Electric|Power|Ventures)$/u;

/** Nouns that introduce a company's name just before it: "le groupe X", "the carmaker X". */
export const COMPANY_INTRODUCERS =
  /(?:groupe|société|entreprise|firme|filiale|start-up|startup|géant|armateur|constructeur|opérateur|fabricant|équipementier|énergéticien|spécialiste|leader|numéro un|group|company|firm|subsidiary|giant|maker|carmaker|operator|manufacturer|supplier|retailer|rival|baptisée?|nommée?|named|called|dubbed)(?:\s+[\p{Ll}-]+){0,6}\s+$/u;

/** Capitalised words that are not names: sentence openers, days, months, titles. */
export const NOT_NAMES = new Set(
  [
    // French function words and openers
    'le la les l un une des du de d au aux et ou mais donc or ni car ce cet cette ces ceux celui celle',
    'il elle ils elles on nous vous je tu son sa ses leur leurs notre nos votre vos mon ma mes',
    'pour par avec sans sous sur dans en entre vers chez depuis après avant pendant selon malgré',
    'aussi ainsi alors enfin puis dont où que qui quoi quand comme si tous toutes tout toute deux',
    'plusieurs certains certaines chaque autre autres même déjà encore plus moins très bien',
    'fondé fondée basé basée publié mis dans côté du de au en outre par ailleurs',
    'ce matin aujourd hier demain lundi mardi mercredi jeudi vendredi samedi dimanche',
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
    'article fictif écrit tests accord une nous cette sa',
    // English
    'the a an and or but so of in on at to for with by from as into under over about after before',
    'this that these those it its they their our we you he she his her both each all other another',
    'monday tuesday wednesday thursday friday saturday sunday',
    'january february march april may june july august september october november december',
    'published updated fictional article written tests deal agreement under a its',
    'mr mrs ms dr m mme',
    'last next early earlier later meanwhile however today yesterday since while when year week month',
    'dernier dernière hier ensuite cependant toutefois désormais année semaine mois',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Common first names: a capitalised pair starting with one reads as a person. */
export const FIRST_NAMES = new Set(
  [
    'jean pierre paul jacques michel philippe alain bernard patrick nicolas françois louis marc',
    'vincent cyrille yannick thierry olivier christophe laurent stéphane sébastien julien antoine',
    'marie sophie anne isabelle catherine nathalie claire camille julie céline aurélie aglaë',
    'daniel jack ma john james robert michael david richard thomas mark william elon tim',
    'jane anna mary elizabeth sarah emma laura lisa susan karen linda',
    'lars erik anders ingrid hans klaus peter wolfgang javier carlos maria jose luis antonio',
    'giovanni marco luca wang li zhang chen liu yang',
  ]
    .join(' ')
    .split(/\s+/),
);
