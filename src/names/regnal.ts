// Regnal and dynastic numbers in Arabic-script names (فيصل الثاني, عبدالله دوم): ordinal words at a name's end,
// which tell two kings, popes or imams of one name apart.

import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { toDecimalString } from '../lexicon/number-words/decimal.js';
import { different, type NameMatch } from './name-match.js';
import { tokensOf } from './name-words.js';

// The longest ordinal a regnal number is written with (الحادي والعشرون: three words).
const MAX_ORDINAL_WORDS = 4;

/** The ordinal words at the end of an Arabic-script name and their value, or undefined. */
export function ordinalAtEnd(words: readonly string[]): { value: string; from: number } | undefined {
  for (let k = Math.min(MAX_ORDINAL_WORDS, words.length - 1); k >= 1; k--) {
    const from = words.length - k;
    const m = arabicNumbers.ordinal(words, from) ?? persianNumbers.ordinal(words, from);
    if (m && m.end === words.length) return { value: toDecimalString(m.value), from };
  }
  return undefined;
}

/** A name's regnal number, read from its words as written or folded (الأول as الاول). */
function regnalNumber(name: string): { value: string; words: string } | undefined {
  const written = name.trim().split(/\s+/u);
  for (const words of [written, tokensOf(name)]) {
    const found = ordinalAtEnd(words);
    if (found) return { value: found.value, words: written.slice(written.length - (words.length - found.from)).join(' ') };
  }
  return undefined;
}

/**
 * Two names that end in ordinals of different values name two people or things however alike the rest is (فيصل
 * الأول / فيصل الثاني: two kings; a regnal number is translated, never respelled into another). Returns the
 * finding, or undefined when either name has no ordinal at its end or both have the same.
 */
export function differentOrdinals(a: string, b: string): NameMatch | undefined {
  const [x, y] = [regnalNumber(a), regnalNumber(b)];
  if (!x || !y || x.value === y.value) return undefined;
  return different(`${a.trim()} and ${b.trim()} carry two regnal numbers (${x.words}, ${x.value}, against ${y.words}, ${y.value}).`);
}
