import { describe, expect, it } from 'vitest';
import { expectDifferentNames, expectSame, expectSameName } from './support/names.js';

describe('the Polish ł, said w', () => {
  it('reads the Arabic و of the sound against the Persian ل of the letter', () => {
    expectSameName('ياروسواف', 'یاروسلاو', 'Polish ł (said w)');
  });

  it('leaves a short name alone: one letter is too much of it', () => {
    expectDifferentNames('كاوي', 'کالی');
  });

  it('does not read a Persian ل so within Arabic alone', () => {
    expectDifferentNames('ياروسواف', 'ياروسلاف');
  });
});

describe('the article inside a compound is no Polish ł', () => {
  it('leaves the ل of عبدال… as it is, and reads the article instead', () => {
    expect(expectSame('عبد رب النبي كريمي', 'عبدالرب نبی کریمی')).not.toContain('Polish');
  });
});
