// The Russian ending -ov / -ev of a Central Asian family name built on an Arabic or Persian name, which many have
// dropped since independence (Rahmonov → Rahmon, the Tajik president's decree of 2007) and news writes either way:
// امامعلی رحمانوف / امامعلی رحمان.

import { elementAt } from '../contract/element-at.js';
import { isNativeName } from './native-names.js';
import { lettersOf } from './phonetic.js';
import { tokensOf } from './name-words.js';

/** The Russian endings as Arabic script writes them (-ov, -ev), longest first. */
const RUSSIAN_ENDINGS: readonly string[] = ['وف', 'اف', 'يف', 'ف'];

/**
 * Two names of two words or more whose words but the last are the same (the given name, written alike, together or
 * apart), the last of
 * one being the other's last with a Russian ending -ov / -ev, on a native name or what is one but for its vowel letters
 * (رحمون / رحمانوف). Returns the two last words (the one with the ending cut), the ending and the two whole names with
 * it cut, or undefined. A given
 * name alone against a family name made of it (ميخائيل / ميخائيلوف) is not this.
 */
export function russianEndingLeftOut(
  a: string,
  b: string,
):
  | {
      readonly a: string;
      readonly b: string;
      readonly ending: string;
      readonly withEnding: string;
      /** The two whole names, the ending cut: the last words compared in the name's context (امام علي رحمون / امامعلي رحمان). */
      readonly names: readonly [string, string];
    }
  | undefined {
  const [ta, tb] = [tokensOf(a), tokensOf(b)];
  // The words before the last alike, written together or apart (إمام علي / امامعلی).
  const before = (t: readonly string[]): string => lettersOf(t.slice(0, -1).join(''));
  if (ta.length < 2 || tb.length < 2 || before(ta) !== before(tb)) return undefined;
  const [la, lb] = [lettersOf(elementAt(ta, ta.length - 1)), lettersOf(elementAt(tb, tb.length - 1))];
  for (const [long, short, aLong] of [
    [la, lb, true],
    [lb, la, false],
  ] as const) {
    if (RUSSIAN_ENDINGS.some((e) => short.endsWith(e))) continue;
    const ending = RUSSIAN_ENDINGS.find((e) => long.endsWith(e) && long.length - e.length >= 3);
    if (!ending) continue;
    const stem = long.slice(0, -ending.length);
    // The stem is an Arabic or Persian name (رحمان, رسول), as the name without the ending is.
    if (!isNativeName(stem) && !isNativeName(short)) continue;
    const cut = (t: readonly string[], last: string): string => [...t.slice(0, -1), last].join(' ');
    return aLong
      ? { a: stem, b: short, ending, withEnding: long, names: [cut(ta, stem), cut(tb, short)] }
      : { a: short, b: stem, ending, withEnding: long, names: [cut(ta, short), cut(tb, stem)] };
  }
  return undefined;
}
