import type { PersonRole } from '../graph/vocabulary.js';

/** A job title the drafter recognises, with the role it gives and its English name. */
export interface RoleTitle {
  /** Surface forms, matched case-insensitively; the longest wins. */
  forms: string[];
  type: PersonRole;
  en: string;
}

/** Job titles in French and English, from the most specific. */
export const ROLE_TITLES: readonly RoleTitle[] = [
  {
    forms: ['directeur général délégué', 'directrice générale déléguée'],
    type: 'LEADS',
    en: 'deputy chief executive',
  },
  {
    forms: ['président-directeur général', 'présidente-directrice générale', 'PDG'],
    type: 'LEADS',
    en: 'chairman and chief executive',
  },
  {
    forms: [
      'directeur général',
      'directrice générale',
      'chief executive officer',
      'chief executive',
      'CEO',
      'managing director',
    ],
    type: 'LEADS',
    en: 'chief executive',
  },
  {
    forms: [
      'président du conseil de surveillance',
      "président du conseil d'administration",
      'chairman',
      'chairwoman',
      'chair',
    ],
    type: 'BOARD_MEMBER_OF',
    en: 'chair of the board',
  },
  { forms: ['président', 'présidente', 'president'], type: 'LEADS', en: 'chair' },
  {
    forms: ['cofondateur', 'cofondatrice', 'co-founder', 'fondateur', 'fondatrice', 'founder'],
    type: 'FOUNDED',
    en: 'founder',
  },
  {
    forms: ['administrateur', 'administratrice', 'board member', 'director on the board'],
    type: 'BOARD_MEMBER_OF',
    en: 'board member',
  },
  {
    forms: ['directeur financier', 'directrice financière', 'chief financial officer', 'CFO'],
    type: 'EMPLOYED_BY',
    en: 'chief financial officer',
  },
  {
    forms: ['directeur technique', 'directrice technique', 'chief technology officer', 'CTO'],
    type: 'EMPLOYED_BY',
    en: 'chief technology officer',
  },
  {
    forms: ['vice-président', 'vice-présidente', 'vice president', 'vice-president'],
    type: 'EMPLOYED_BY',
    en: 'vice president',
  },
  { forms: ['directeur', 'directrice', 'head', 'director'], type: 'EMPLOYED_BY', en: 'director' },
  {
    forms: ['porte-parole', 'spokesperson', 'spokesman', 'spokeswoman'],
    type: 'EMPLOYED_BY',
    en: 'spokesperson',
  },
];

/** Words that say a person leads a company without a title: "dirigé par", "led by". */
export const LED_BY = /(?:dirigée?s? par|présidée?s? par|led by|headed by|run by)\s+$/iu;

/** Words that introduce what a person said. */
export const SAID =
  /(?<![\p{L}])(?:a déclaré|a dit|a affirmé|a expliqué|a souligné|a ajouté|a indiqué|a précisé|estime|déclare|explique|souligne|selon|d'après|said|says|added|explained|stated|noted|according to|told)(?![\p{L}])/iu;
