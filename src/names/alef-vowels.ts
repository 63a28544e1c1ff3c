// The alef with hamza below (إ) says i, the alef with madda (آ) says ā: a writer who writes either writes the vowel he
// hears, and puts one for the other no more than any other two letters (إبادان, Ibadan, against آبادان, Abadan; إب,
// the Yemeni town, against آب, water). Folding them into one bare alef, as the comparison does for the hamza a
// writer may leave out, makes one name of two.

import { isArabicLetter } from '../text/chars.js';
import { entityKey } from './gazetteer.js';

/** The Arabic letters of a name as written, its alefs with their hamza or madda. */
function writtenLetters(name: string): string[] {
  return [...name].filter((c) => isArabicLetter(c.charCodeAt(0)));
}

/**
 * Whether two spellings of the same folded letters write an alef said i (إ) in one where the other writes an alef said
 * ā (آ), at the same place and before a consonant: two names, not two spellings.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('إبادان', 'آبادان').same; // => false
 * // A foreign diphthong each language writes its own way:
 * compareNames('إيروفلوت', 'آئروفلوت').same; // => true
 * ```
 */
export function alefVowelsApart(a: string, b: string): boolean {
  return alefsApart(a, b, 'إ', 'آ');
}

/**
 * Whether two spellings of the same folded letters write the alef `one` in one where the other writes `other`, at the
 * same place and before a consonant. Before a vowel letter the alef opens a long vowel or a diphthong of a foreign
 * name, which each language renders its own way (إيروفلوت / آئروفلوت, Aeroflot); before a consonant its own vowel is
 * all it says.
 */
function alefsApart(a: string, b: string, one: string, other: string): boolean {
  if ((!a.includes(one) && !a.includes(other)) || (!b.includes(one) && !b.includes(other))) return false;
  const [x, y] = [writtenLetters(a), writtenLetters(b)];
  if (x.length !== y.length || entityKey(a) !== entityKey(b)) return false;
  const vowel = (c: string | undefined): boolean => c !== undefined && 'اويىءئؤ'.includes(c);
  return x.some((c, i) => ((c === one && y[i] === other) || (c === other && y[i] === one)) && !vowel(x[i + 1]) && !vowel(y[i + 1]));
}

/**
 * Whether two one-word spellings of the same folded letters write an alef said a or u (أ) in one where the other writes
 * one said i (إ), at the same place and before a consonant: within Arabic two words (إب, the Yemeni town, against أب,
 * father; إبل, camels, against أبل). A foreign name's e is written either way (أردوغان / إردوغان), which only a name of
 * several words, a person's, shows often enough to be read so.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('إنس', 'أنس').same; // => false
 * ```
 */
export function hamzaVowelsApart(a: string, b: string): boolean {
  return !/\s/u.test(a.trim()) && !/\s/u.test(b.trim()) && alefsApart(a, b, 'إ', 'أ');
}

// Alefs that write their hamza or madda: a bare alef may stand for أ or إ, whose hamza a writer leaves out.
const MARKED_ALEFS = 'أإآ';

/**
 * Whether two spellings of the same folded letters write an alef with two different marks at the same place (أمل /
 * آمل, إفران / أفران): the same letters to the comparison, which folds the forms, but not the same word as written. A
 * bare alef, the hamza left out, differs from أ and إ, not from آ.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * // Amal is listed as حركة أمل; آمل, with a madda, is the Iranian town.
 * compareNames('Amal Movement', 'آمل').same; // => false
 * compareNames('Amal Movement', 'أمل').same; // => true
 * ```
 */
export function alefFormsDiffer(a: string, b: string): boolean {
  const [x, y] = [writtenLetters(a), writtenLetters(b)];
  if (x.length !== y.length || entityKey(a) !== entityKey(b)) return false;
  return x.some((c, i) => {
    const d = y[i] ?? '';
    if (c === d) return false;
    // Persian writes آ as a letter of its own, never as a bare alef (آمل, the town, against امل).
    return (MARKED_ALEFS.includes(c) && MARKED_ALEFS.includes(d)) || (c === 'آ' && d === 'ا') || (c === 'ا' && d === 'آ');
  });
}
