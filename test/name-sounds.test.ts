import { describe, expect, it } from 'vitest';
import { letterSteps, spellingChange } from '../src/compare/name-sounds.js';

const change = (a: string, b: string): string => spellingChange(letterSteps(a, b));

describe('how two spellings a comparison holds apart differ', () => {
  it('a consonant of a neighbouring sound or written on one side: one name by ear', () => {
    expect(change('روزنشتاين', 'رزنستاین')).toBe('close');
    expect(change('كافارداركوف', 'کاوارداکو')).toBe('close');
  });

  it('one consonant of another sound: a respelling into another name', () => {
    expect(change('بيلوسوف', 'بيلوكوف')).toBe('respelled');
  });

  it('consonants written on one side, more than half the shorter word has: another name', () => {
    expect(change('فليك', 'بلينكوف')).toBe('unrelated');
    expect(change('كيم', 'كريمسون')).toBe('unrelated');
  });
});
