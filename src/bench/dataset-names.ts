import { foldText } from '../graph/text.js';
import type { Random } from './dataset-random.js';
import type { SectorVocab } from './dataset-sectors.js';

/**
 * Names for generated companies, people and projects. Every name is unique
 * once folded (accents and case ignored), as entity resolution requires: two
 * companies that shared a name would be merged into one node by the loader.
 */

/** Lists written as lines of space-separated words. */
function words(lines: string[]): string[] {
  return lines.join(' ').split(' ');
}

/** Syllables that open a word; later ones start with a consonant, so vowels never pile up. */
const OPENINGS = ['al', 'an', 'ar', 'el', 'in', 'or', 'ul', 'e', 'o', 'a'];
const SYLLABLES = words([
  'ba bel bri ca cor da del dor fa fer ga gen gra ka kel la lan lex li lu ma mar mer mi mon',
  'na nor no nov pa pri qua ra ren ri ro sa sen sil so sta ta tec ter tra tri va vel ver vi',
  'vo xa ze zo ly ny dy ste pho',
]);
/** Endings after a vowel, and after a consonant. */
const AFTER_VOWEL = ['', '', '', 'n', 's', 'x', 'l', 'r', 'ne', 'ra', 'lis', 'ria', 'va', 'nis'];
const AFTER_CONSONANT = ['', '', '', 'a', 'ia', 'is', 'ix', 'on', 'us', 'o', 'ex', 'en', 'al', 'e'];
const GENERIC_SUFFIXES = words([
  'Group Technologies Systems Industries Solutions Holding International Labs Services',
  'Ventures SA SAS AG GmbH Inc Ltd',
]);

const FEMALE_FIRST_NAMES = words([
  'Claire Sophie Camille Julie Hélène Nathalie Isabelle Céline Aurélie Émilie Léa Chloé Manon',
  'Inès Sarah Laura Anne Marie Agnès Valérie Sandrine Amina Fatou Yasmine Mei Yuki Priya Anna',
  'Elena Maria Sofia Ingrid Emma Olivia Grace Laila Noura Ana Lucía Jin',
]);
const MALE_FIRST_NAMES = words([
  'Thomas Nicolas Julien Pierre François Laurent Olivier Stéphane Christophe Antoine Mathieu',
  'Guillaume Benoît Jérôme Hugo Louis Karim Mehdi Moussa Ousmane Wei Hiroshi Rahul Arjun Lars',
  'Jan Marco Luca Carlos Diego João James David Michael Daniel Ahmed Omar Tomasz Klaus Sven',
]);

const SURNAMES = words([
  'Martin Bernard Dubois Durand Lefebvre Moreau Laurent Simon Michel Garnier Rousseau',
  'Fontaine Chevalier Lambert Girard Bonnet Mercier Blanchard Faure André Renaud Perrin Morel',
  'Guérin Marchand Barbier Diallo Ndiaye Traoré Benali Haddad Mansouri Chen Wang Li Zhang',
  'Tanaka Sato Suzuki Kim Park Sharma Patel Müller Schmidt Weber Fischer Rossi Bianchi',
  'Ferrari García Fernández López Silva Santos Smith Johnson Brown Taylor Wilson Evans',
  'Nielsen Larsen Johansson Kowalski Nowak Cohen Levi Okafor Mensah Kariuki',
]);

/** A set of folded names: `claim` reserves a name, or says it is taken. */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(foldText(name));
  }

  /** Reserves every name, or none if one is already taken. */
  claim(...names: string[]): boolean {
    const keys = names.map(foldText);
    if (keys.some((k) => k.length === 0 || this.taken.has(k)) || new Set(keys).size < keys.length)
      return false;
    for (const k of keys) this.taken.add(k);
    return true;
  }
}

/** A made-up word such as "Novexa" or "Terralis". */
export function coinedWord(random: Random): string {
  const count = random.chance(0.55) ? 2 : 3;
  let word = random.chance(0.2) ? random.pick(OPENINGS) : random.pick(SYLLABLES);
  for (let i = 1; i < count; i++) word += random.pick(SYLLABLES);
  word += random.pick(/[aeiouy]$/.test(word) ? AFTER_VOWEL : AFTER_CONSONANT);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A company name: a coined word, often followed by a generic or sector word. */
export function companyName(random: Random, sector: SectorVocab): string {
  const word = coinedWord(random);
  const roll = random.float();
  if (roll < 0.45) return word;
  if (roll < 0.75 && sector.suffixes.length > 0) return `${word} ${random.pick(sector.suffixes)}`;
  return `${word} ${random.pick(GENERIC_SUFFIXES)}`;
}

/** A person's name: a first name and a surname, real or made up. */
export function personName(random: Random): { name: string; female: boolean } {
  const female = random.chance(0.5);
  const first = random.pick(female ? FEMALE_FIRST_NAMES : MALE_FIRST_NAMES);
  const last = random.chance(0.5) ? random.pick(SURNAMES) : coinedWord(random);
  const double = random.chance(0.08) ? `-${random.pick(SURNAMES)}` : '';
  return { name: `${first} ${last}${double}`, female };
}

/** Draws names until one is free, and reserves it. */
export function uniqueName<T>(
  registry: NameRegistry,
  draw: () => T,
  namesOf: (drawn: T) => string[],
): T {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const drawn = draw();
    if (registry.claim(...namesOf(drawn))) return drawn;
  }
  throw new Error('could not find a free name in 1000 draws');
}
