// Regnal and dynastic numbers in Arabic-script names (فيصل الثاني, عبدالله دوم): ordinal words at a name's end,
// which tell two kings, popes or imams of one name apart.

import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { toDecimalString } from '../lexicon/number-words/decimal.js';
import { different, type NameMatch } from './name-match.js';
import { foldName } from './phonetic.js';
import { foldText } from '../text/normalize.js';
import { memoize } from '../text/memo.js';

// The longest ordinal a regnal number is written with (الحادي والعشرون: three words).
const MAX_ORDINAL_WORDS = 4;

/** The ordinal words at the end of an Arabic-script name's words and their value, or undefined. */
function ordinalAtEndOf(words: readonly string[]): { value: string; from: number } | undefined {
  for (let k = Math.min(MAX_ORDINAL_WORDS, words.length - 1); k >= 1; k--) {
    const from = words.length - k;
    const m = arabicNumbers.ordinal(words, from) ?? persianNumbers.ordinal(words, from);
    if (m && m.end === words.length) return { value: toDecimalString(m.value), from };
  }
  return undefined;
}

/**
 * The ordinal words at the end of a name's words as written (one word each) and their value, or undefined. Read
 * as written and folded both ways: the number grammar reads الاول, not الأول with its hamza, and the feminine
 * الاولى, الثانية only as its own folding writes them (the name folding keeps ى and ة).
 */
export function ordinalAtEnd(written: readonly string[]): { value: string; from: number } | undefined {
  return ordinalAtEndOf(written) ?? ordinalAtEndOf(written.map((w) => foldName(w))) ?? ordinalAtEndOf(written.map((w) => foldText(w)));
}

/** A name's regnal number, read from its words (see {@link ordinalAtEnd}); remembered, as every comparison asks it. */
const regnalNumber: (name: string) => { readonly value: string; readonly words: string } | undefined =
  /* @__PURE__ */ memoize(regnalNumberOnce);

function regnalNumberOnce(name: string): { value: string; words: string } | undefined {
  const written = name.trim().split(/\s+/u);
  const found = ordinalAtEnd(written);
  return found ? { value: found.value, words: written.slice(found.from).join(' ') } : undefined;
}

/** Whether a name ends in a regnal number (فيليبي السادس, فیلیپ ششم). */
export function carriesOrdinal(name: string): boolean {
  return regnalNumber(name) !== undefined;
}

/**
 * Two names that end in ordinals of different values name two people or things however alike the rest is (فيصل
 * الأول / فيصل الثاني: two kings; a regnal number is translated, never respelled into another). Returns the
 * finding, or undefined when either name has no ordinal at its end or both have the same.
 */
export function differentOrdinals(a: string, b: string): NameMatch | undefined {
  const x = regnalNumber(a);
  const y = x && regnalNumber(b);
  if (!x || !y || x.value === y.value) return undefined;
  return different(`${a.trim()} and ${b.trim()} carry two regnal numbers (${x.words}, ${x.value}, against ${y.words}, ${y.value}).`);
}
