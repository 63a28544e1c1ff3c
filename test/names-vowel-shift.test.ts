import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe('a foreign vowel written on either side of its consonant', () => {
  it('reads و before غ in Arabic and after گ in Persian as one syllable (Augustin)', () => {
    expectSameName('أوغستين', 'آگوستین', 'وغ and گو write one syllable');
  });

  it('keeps Arabic names whose vowel stands elsewhere apart: the pattern makes another name', () => {
    expectDifferentNames('سليم', 'سیلم');
    expectDifferentNames('كريم', 'کیرم');
  });
});
