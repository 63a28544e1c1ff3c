// A number inside a name written in words on one side and in figures on the other (شبکه سه / شبکه ۳, الفرقة
// السابعة عشرة / الفرقة 17): one name, the number read by the number grammars, a cardinal or an ordinal.

import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { toDecimalString } from '../lexicon/number-words/decimal.js';
import type { NumberWordsMatch } from '../lexicon/number-words/grammar.js';
import { foldText } from '../text/normalize.js';
import { digitGroups } from './latin-words.js';

/** The name in words rewritten with its numbers in figures, and what was read, for the explanation. */
export interface NumberInWords {
  /** The two names, the one in words now in figures. */
  readonly a: string;
  readonly b: string;
  /** The number words as written, and the figures of the other name. */
  readonly words: string;
  readonly figures: string;
}

/**
 * Two names of which one writes its numbers in figures and the other in words, the same numbers in the same order
 * (کارته چهار / کارته ۴, بیست و سه / ۲۳). Returns the names with the words put in figures, or undefined when only one
 * side has numbers in neither form, both have figures, or the numbers differ.
 */
export function numberInWords(a: string, b: string): NumberInWords | undefined {
  const [da, db] = [digitGroups(a), digitGroups(b)];
  if (da.length > 0 === db.length > 0) return undefined;
  const [words, figures, wordsFirst] = da.length > 0 ? [b, da, false] : [a, db, true];
  const { out, read, values } = readNumberWords(words);
  if (values.length !== figures.length || values.some((v, k) => v !== figures[k])) return undefined;
  const rewritten = out.join(' ');
  const other = wordsFirst ? b : a;
  const figuresWritten = other.match(/[0-9\u0660-\u0669\u06f0-\u06f9]+/gu)?.join(' ') ?? figures.join(' ');
  return {
    a: wordsFirst ? rewritten : a,
    b: wordsFirst ? b : rewritten,
    words: read.join(', '),
    figures: figuresWritten,
  };
}

/** A number in figures that one of two names carries and the other lacks. */
export interface NumberOnOneSide {
  /** The number as written, and the name that carries it. */
  readonly figures: string;
  readonly name: string;
  /** That name without the number, and the other name. */
  readonly rest: string;
  readonly other: string;
}

/**
 * Two Arabic-script names of which one carries a number in figures and the other none, in figures or in words
 * (شهرداری منطقه ۱ مشهد / شهرداری مشهد, اللواء 8 / اللواء): the number picks out one of several districts, units,
 * models or clubs that bear the rest of the name, so the two are not one. Returns the number as written and the name that
 * carries it, or undefined.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('شهرداری منطقه ۲ تبریز', 'شهرداری تبریز').same; // => false
 * compareNames('شهرداری منطقه دو تبریز', 'شهرداری منطقه ۲ تبریز').same; // => true
 * ```
 */
export function numberOnOneSide(a: string, b: string): NumberOnOneSide | undefined {
  if (/[A-Za-z]/u.test(a) || /[A-Za-z]/u.test(b)) return undefined;
  const [da, db] = [digitGroups(a), digitGroups(b)];
  if (da.length > 0 === db.length > 0) return undefined;
  const [name, other] = da.length > 0 ? [a, b] : [b, a];
  // A number joined to a word (كوفيد-19, ميغ-29) is part of a designation that news shortens to the word; one
  // written apart names a unit of what the words name.
  const words = name.trim().split(/\s+/u);
  const apart = words.filter((w) => /^[0-9\u0660-\u0669\u06f0-\u06f9]+$/u.test(w));
  if (apart.length === 0 || readNumberWords(other).values.length > 0) return undefined;
  const rest = words.filter((w) => !apart.includes(w)).join(' ');
  return { figures: apart.join(' '), name: name.trim(), rest, other: other.trim() };
}

/** A name's words with the numbers written in words read as figures: the words, what was read, and the values. */
function readNumberWords(words: string): { out: string[]; read: string[]; values: string[] } {
  const written = words.trim().split(/\s+/u);
  const folded = written.map((w) => foldText(w));
  const out: string[] = [];
  const read: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < written.length;) {
    // The longest reading: بیست و دوم is one ordinal, not the cardinal بیست and then دوم.
    let m: NumberWordsMatch | undefined;
    for (const r of [
      arabicNumbers.parse(folded, i),
      persianNumbers.parse(folded, i),
      arabicNumbers.ordinal(folded, i),
      persianNumbers.ordinal(folded, i),
    ]) {
      if (r && (!m || r.end > m.end)) m = r;
    }
    if (m && !m.digits && m.end > i) {
      values.push(toDecimalString(m.value));
      read.push(written.slice(i, m.end).join(' '));
      out.push(toDecimalString(m.value));
      i = m.end;
    } else {
      out.push(written[i] ?? '');
      i++;
    }
  }
  return { out, read, values };
}
