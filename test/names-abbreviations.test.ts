import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a known body named by its acronym written in Arabic script', () => {
  it('reads the Latin acronym letter by letter', () => {
    const m = compareNames('سازمان همکاری شانگهای', 'اس سی او');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('reads SCO, the acronym of');
  });

  it('takes no three-letter word a letter from a listed name for a reading', () => {
    expect(compareNames('أوبك', 'أبك').same).toBe(false);
  });
});

describe('a name abbreviated by the first letters of its words', () => {
  it('written apart with dots, the article left out', () => {
    const m = compareNames('جمهوری اسلامی ایران', 'ج.ا.ا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('by the first letters of its words');
  });

  it('but not by other letters', () => {
    expect(compareNames('جمهوری اسلامی ایران', 'ج.ا.ع').same).toBe(false);
  });
});
