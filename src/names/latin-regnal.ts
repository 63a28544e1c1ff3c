// A regnal number in a name in Latin letters, written in Roman numerals, against the ordinal words Arabic and
// Persian translate it into (Louis XIV / لويس الرابع عشر / لویی چهاردهم, Charles III / تشارلز الثالث).

import { ordinalAtEnd } from './regnal.js';
import { different, type NameMatch } from './name-match.js';
import { lowerFirst } from './name-words.js';

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral of a regnal number (I to LXXXIX), or undefined for any other word. */
export function romanValue(word: string): number | undefined {
  if (!/^(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(word) || word.length === 0) return undefined;
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const v = ROMAN[word.charAt(i)] ?? 0;
    const next = ROMAN[word.charAt(i + 1)] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * A Latin name ending in a Roman regnal number against an Arabic-script name ending in ordinal words: the same
 * number and the rests one name, or two numbers (two kings). Undefined when either has no such number.
 */
export function compareLatinRegnal(
  latin: string,
  other: string,
  compareRest: (latinRest: string, otherRest: string) => NameMatch,
): NameMatch | undefined {
  const lw = latin.trim().split(/\s+/u);
  const numeral = lw[lw.length - 1] ?? '';
  const roman = lw.length > 1 ? romanValue(numeral) : undefined;
  if (roman === undefined) return undefined;
  const ow = other.trim().split(/\s+/u);
  const ordinal = ordinalAtEnd(ow);
  if (!ordinal) return undefined;
  const words = ow.slice(ordinal.from).join(' ');
  if (ordinal.value !== String(roman))
    return different(
      `${latin.trim()} and ${other.trim()} carry two regnal numbers (${numeral}, ${roman}, against ${words}, ${ordinal.value}).`,
    );
  const rest = compareRest(lw.slice(0, -1).join(' '), ow.slice(0, ordinal.from).join(' '));
  if (!rest.same) return undefined;
  return {
    ...rest,
    reason: {
      ...rest.reason,
      detail: `The regnal number ${numeral} is translated (${words}, the ordinal ${roman}); ${lowerFirst(rest.reason.detail)}`,
    },
  };
}
