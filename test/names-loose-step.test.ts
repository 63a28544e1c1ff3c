import { describe, expect, test } from 'vitest';
import { looseStep } from '../src/names/latin-word-guard.js';
import type { LatinStep } from '../src/names/latin.js';

// A vowel of a Latin name spelled as a letter of another sound is a loose reading (Amol / عامل); a vowel digraph is a
// vowel like a single one, whichever two vowels make it.
const reading = (step: LatinStep) => ({ score: 0.8, how: 'sounds' as const, steps: [{ latin: 'k', arabic: 'ك', cost: 0 }, step] });

describe('looseStep', () => {
  test.each(['a', 'ou', 'au', 'ai', 'oi', 'ee'])('the vowel %s spelled as a letter of another sound is loose', (latin) => {
    const step = { latin, arabic: 'ي', cost: 0.3 };
    expect(looseStep(reading(step))).toEqual(step);
  });

  test('a consonant spelled at the same cost is not a loose vowel', () => {
    expect(looseStep(reading({ latin: 'st', arabic: 'ي', cost: 0.3 }))).toBeUndefined();
  });

  test('a vowel written with ع is how romanisations write that letter', () => {
    expect(looseStep(reading({ latin: 'a', arabic: 'ع', cost: 0.3 }))).toBeUndefined();
  });
});
