import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { alefVowelsApart } from '../src/names/alef-vowels.js';

// Hard negatives written for the project: an alef said i against one said ā before the same consonants.

describe('an alef said i (إ) against an alef said ā (آ)', () => {
  it('makes two names of the same letters', () => {
    const m = compareNames('إسكان', 'آسکان');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('alef said i');
    expect(compareNames('إمل', 'آمل').same).toBe(false);
  });

  it('leaves the hamza above, the bare alef and a foreign diphthong to the letters', () => {
    expect(compareNames('أسكان', 'آسکان').same).toBe(true);
    expect(compareNames('اسكان', 'آسکان').same).toBe(true);
    expect(alefVowelsApart('إيرولاند', 'آئرولاند')).toBe(false);
    expect(alefVowelsApart('إسكان', 'آسکان')).toBe(true);
  });
});
