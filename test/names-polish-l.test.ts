import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

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
