import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Heads of storms, viruses, satellites, telescopes and probes, and the Dari and Persian words for a university and a
// desert: translated, the rest compared as a name. Every pair written for these tests.
describe('more generic heads', () => {
  it('translates a storm, a virus and a satellite head, before or after the name', () => {
    for (const [latin, arabicScript] of [
      ['Hurricane Rosalind', 'إعصار روزاليند'],
      ['Typhoon Marlo', 'توفان مارلو'],
      ['Tamarin virus', 'فيروس تامارين'],
      ['Parsa satellite', 'ماهواره پارسا'],
    ] as const) {
      const m = compareNames(latin, arabicScript);
      expect(m.same, `${latin} / ${arabicScript}`).toBe(true);
      expect(m.reason.detail).toMatch(/head is translated/u);
    }
    expect(compareNames('فيروس تامارين', 'ویروس تامارین').same).toBe(true);
    expect(compareNames('القمر الصناعي پارسا', 'ماهواره پارسا').same).toBe(true);
  });

  it('knows the Dari word for a university and the Persian word for a desert', () => {
    expect(compareNames('Herat University', 'پوهنتون هرات').same).toBe(true);
    expect(compareNames('جامعة هرات', 'پوهنتون هرات').same).toBe(true);
    expect(compareNames('Lut Desert', 'بیابان لوت').same).toBe(true);
  });

  it('keeps a storm and a satellite of one name apart, and an operation named a storm or a flood', () => {
    expect(compareNames('إعصار روزاليند', 'القمر الصناعي روزاليند').same).toBe(false);
    // عاصفة and طوفان name military operations as often as storms: not a head that may be left out.
    expect(compareNames('عاصفة الجبل', 'الجبل').same).toBe(false);
    expect(compareNames('طوفان الشمال', 'الشمال').same).toBe(false);
  });
});
