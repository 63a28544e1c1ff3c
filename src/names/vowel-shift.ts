// A vowel letter written before a consonant in one spelling and after it in the other (بيغن / بگین, Begin; أوغست /
// آگوست, Auguste): the transliterations place one vowel of a foreign name on either side of its consonant, each after
// its own reading of the syllable. One vowel, not a vowel dropped and another added.

import type { AlignedLetters, SpellingAlignment } from './phonetic.js';
import { VOWEL_COSTS } from './orthography.js';

/** The sound of a step that stands for one vowel letter on either side of a consonant. */
export const SHIFTED_VOWEL = 'one syllable, its vowel letter on either side of the consonant';

/** The vowel letters a shift may move: ا is a word's seat at the start and a long a, not moved so. */
const SHIFTING = new Set(['و', 'ي']);

const isVowelOnly = (step: AlignedLetters | undefined, side: 'a' | 'b'): string | undefined =>
  step?.kind === 'extra' && SHIFTING.has(step[side]) && step[side === 'a' ? 'b' : 'a'] === '' ? step[side] : undefined;

/** A consonant both spellings write, alike or by one convention (غ / گ). */
const isConsonant = (step: AlignedLetters | undefined): boolean =>
  (step?.kind === 'same' || step?.kind === 'variant') && !SHIFTING.has(step.a) && !SHIFTING.has(step.b) && step.a !== 'ا';

/**
 * The alignment with each vowel letter written on one side of a consonant in the first spelling and on the other side
 * in the second merged into one step of the cost of one vowel letter dropped, and how many such steps; the alignment
 * as it was when there are none. Inside a word only: a vowel at either end of it is an ending or a seat.
 */
export function withShiftedVowels(alignment: SpellingAlignment): { readonly alignment: SpellingAlignment; readonly shifts: number } {
  const steps = alignment.steps;
  const out: AlignedLetters[] = [];
  let shifts = 0;
  let refund = 0;
  for (let k = 0; k < steps.length; k++) {
    const [x, c, y] = [steps[k], steps[k + 1], steps[k + 2]];
    const inside = k > 0 && k + 3 < steps.length;
    const before = isVowelOnly(x, 'a') ?? isVowelOnly(x, 'b');
    const side = isVowelOnly(x, 'a') ? 'a' : 'b';
    const other = side === 'a' ? 'b' : 'a';
    if (inside && x && c && y && before && isConsonant(c) && isVowelOnly(y, other) === before) {
      const merged: AlignedLetters = {
        a: side === 'a' ? before + c.a : c.a + before,
        b: side === 'a' ? c.b + before : before + c.b,
        kind: 'variant',
        sound: SHIFTED_VOWEL,
        cost: VOWEL_COSTS.dropped + c.cost,
      };
      out.push(merged);
      refund += x.cost + c.cost + y.cost - merged.cost;
      shifts++;
      k += 2;
    } else if (x) out.push(x);
  }
  return shifts === 0 ? { alignment, shifts } : { alignment: { cost: alignment.cost - refund, steps: out }, shifts };
}
