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
