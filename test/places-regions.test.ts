import { describe, expect, it } from 'vitest';
import { isCountryCode, TWO_LETTER_REGIONS } from '../src/lexicon/places.js';

// allPlaces reads the countries of CLDR from a list of two-letter codes rather than from all of AA–ZZ: the list must
// be what the scan of AA–ZZ gives, in the same order, or a country would be missing (or out of its place).
describe('the two-letter codes the places are read from', () => {
  it('are the codes of AA–ZZ that CLDR names as a country or territory, in order', () => {
    const arabic = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'code' });
    const scanned: string[] = [];
    for (let a = 65; a <= 90; a++)
      for (let b = 65; b <= 90; b++) if (isCountryCode(String.fromCharCode(a, b), arabic)) scanned.push(String.fromCharCode(a, b));
    expect(TWO_LETTER_REGIONS.split(' ')).toEqual(scanned);
  });
});
