import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// A word whose letters are common to Arabic and Persian (no ي, ى, ة against ی, ک, گ …) says no language: against
// a word of one language it is read in that language, so the within-one-language rules apply to the pair.
describe('a word whose letters say no language, against an Arabic one', () => {
  it('keeps the pattern of an Arabic word: a long vowel more makes another word', () => {
    const m = compareNames('قتل', 'قتيل');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('makes another pattern');
    expect(compareNames('السفر', 'السفير').same).toBe(false);
    expect(compareNames('حصن', 'حصين').same).toBe(false);
  });

  it('still lets a foreign name vary its vowel letters', () => {
    expect(compareNames('غرينفيلد', 'غرينفلد').same).toBe(true);
    expect(compareNames('ويلبرفورس', 'ولبرفورس').same).toBe(true);
  });
});

describe('a word whose letters say no language, against a Persian name', () => {
  it('is an ordinary Persian word a letter away from the name, not a spelling of it', () => {
    const m = compareNames('دیرمان', 'درمان');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toBe('درمان is an ordinary Persian word, not a spelling of دیرمان.');
    expect(compareNames('بازیار', 'بازار').same).toBe(false);
    expect(compareNames('سیرما', 'سرما').same).toBe(false);
  });

  it('leaves alone a Persian spelling of a foreign name that is no word', () => {
    expect(compareNames('ویلبرفورس', 'ولبرفورس').same).toBe(true);
  });
});

describe('ق and خ within one language', () => {
  it('are two letters, not two spellings of one sound', () => {
    const m = compareNames('قشتان', 'خشتان');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('within one language ق and خ are two letters');
    expect(compareNames('تاقستان', 'تاخستان').same).toBe(false);
  });
});
