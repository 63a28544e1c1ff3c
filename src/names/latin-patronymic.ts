// The particle of a patronymic chain in a romanised Arabic name (Hunayn ibn Ishaq, Muhammad bin Salman).
// Arabic writes ابن at the head of a name (ابن سينا) and بن between a man's name and his father's (حنين بن
// إسحاق), while romanisations write ibn, bin or ben in either place: the i of ibn is no letter of بن, so a
// letter-by-letter reading of the chain fails on the one word every such name has.

import { foldName, lettersOf } from './phonetic.js';
import type { LatinReading } from './latin.js';

// Latin spellings of "son of" and "daughter of", and the Arabic-script words that say it (folded).
const SON = new Set(['ibn', 'bin', 'ben', 'ebn', 'ebne', 'ibnu']);
const DAUGHTER = new Set(['bint', 'binti', 'bent']);
const SON_ARABIC = new Set(['بن', 'ابن'].map((w) => lettersOf(foldName(w))));
const DAUGHTER_ARABIC = new Set(['بنت'].map((w) => lettersOf(foldName(w))));

/**
 * A Latin patronymic particle against an Arabic-script one of the same meaning, in either of the forms Arabic
 * writes (ibn / بن, bin / ابن, bint / بنت): a reading of score 1 whose one step is the particle, or undefined.
 */
export function readPatronymic(latin: string, arabic: string): LatinReading | undefined {
  const l = latin.toLowerCase();
  const a = lettersOf(foldName(arabic));
  const same = (SON.has(l) && SON_ARABIC.has(a)) || (DAUGHTER.has(l) && DAUGHTER_ARABIC.has(a));
  return same ? { score: 1, steps: [{ latin, arabic, cost: 0 }], how: 'patronymic' } : undefined;
}

/**
 * A Maghrebi family name that joins "son of" to the name after it in Latin letters and writes it apart in Arabic
 * script (Benkirane / بن كيران, Bennacer / بن ناصر, Benflis / بن فليس): the rest of the Latin word read against the
 * word after بن (`read` is the caller's reader), so that a name whose rest opens with n keeps both ن. Returns the
 * reading, or undefined.
 */
export function joinedSonOf(
  latin: string,
  arabic: readonly string[],
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const [particle, name] = arabic;
  const lower = latin.toLowerCase();
  if (arabic.length !== 2 || particle === undefined || name === undefined || latin.length < 6) return undefined;
  if (!SON_ARABIC.has(lettersOf(foldName(particle))) || !(lower.startsWith('ben') || lower.startsWith('bin'))) return undefined;
  const rest = read(latin.slice(3), name);
  if (!rest || (rest.how !== 'sounds' && rest.how !== 'french')) return undefined;
  const step = {
    latin: latin.slice(0, 3),
    arabic: particle,
    cost: 0,
    note: `${latin.slice(0, 3)} (son of) joined to the family name, ${particle} written apart`,
  };
  return { ...rest, steps: [step, ...rest.steps] };
}

/** Mauritanian "son of", romanised (Mohamed Ould Ghazouani) and in Arabic letters (ولد). */
const OULD = new Set(['ould', 'old']);
const OULD_ARABIC = lettersOf(foldName('ولد'));

/**
 * Whether a Latin particle and an Arabic-script one say "son of" and "daughter of", one each (bint / بن, bin / بنت):
 * two people's chains, which no reading of the letters may join (bint read as French, its t silent, is بن).
 */
export function particlesDiffer(latin: string, arabic: string): boolean {
  const l = latin.toLowerCase();
  const a = lettersOf(foldName(arabic));
  const son = (SON.has(l) || OULD.has(l)) && DAUGHTER_ARABIC.has(a);
  return son || (DAUGHTER.has(l) && (SON_ARABIC.has(a) || a === OULD_ARABIC));
}

/** Whether a word of a Latin or an Arabic-script name says "son of" or "daughter of" (bin, ibn, bint, ould, بن, ولد). */
export function isFatherParticle(word: string): boolean {
  const l = word.toLowerCase();
  if (SON.has(l) || DAUGHTER.has(l) || OULD.has(l)) return true;
  const a = lettersOf(foldName(word));
  return SON_ARABIC.has(a) || DAUGHTER_ARABIC.has(a) || a === OULD_ARABIC;
}

/**
 * Why two names are two people when "son of" stands in the longer only, between names both write (محمد بن عبد الوهاب /
 * محمد عبد الوهاب, Muhammad ibn Abd al-Wahhab): there the name after it is the father's, in the other a family name.
 */
export function sonOfInOneOnly(particles: string, longer: string): string {
  return `${particles} (son of) stands in ${longer} only: there the name after it is the father's, in the other a family name: two people.`;
}
