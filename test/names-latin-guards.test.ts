import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a Latin name read loosely into another word', () => {
  it('is not an ordinary word that needs a letter the Latin lacks', () => {
    const m = compareNames('Amer', 'عامر');
    expect(m.same, m.reason.detail).toBe(true);
    const w = compareNames('Adel', 'عادل');
    expect(w.same, w.reason.detail).toBe(true);
    const n = compareNames('Alem', 'عالم');
    expect(n.same, n.reason.detail).toBe(false);
    expect(n.reason.detail).toContain('added, which the Latin does not have');
  });

  it("is not a known place's spelling with a vowel of another sound", () => {
    const m = compareNames('Tabraz', 'تبریز');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('the vowel a written ي');
    expect(compareNames('Tabriz', 'تبریز').same).toBe(true);
  });

  it('is not a word of the lexicon the Latin fits only approximately', () => {
    const m = compareNames('Canon', 'قانون');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('ordinary Arabic word');
    expect(compareNames('Keran', 'قرن').same).toBe(false);
    // A close reading of a word is still the name (Noor / نور), and so is a known name (Amal / أمل).
    expect(compareNames('Noor', 'نور').same).toBe(true);
    expect(compareNames('Amal', 'أمل').same).toBe(true);
  });

  it('is no acronym read as a word with a vowel beside another left unwritten', () => {
    expect(compareNames('OIPEC', 'أوبك').same).toBe(false);
    expect(compareNames('OPEC', 'اوپک').same).toBe(true);
    expect(compareNames('NATO', 'ناتو').same).toBe(true);
  });
});

describe('a Latin final -a against the Arabic ending ية', () => {
  it('is another word; ا or ة are its spellings', () => {
    const m = compareNames('Vespa', 'فسبية');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('ends in ية');
    expect(compareNames('Vespa', 'فيسبا').same).toBe(true);
  });
});

describe('a y before a vowel in a romanised name', () => {
  it('is a consonant, and the short vowel after it goes unwritten (Maryam / مریم)', () => {
    const m = compareNames('Maryam Rajavi', 'مریم رجوی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('Ghiyath', 'غیث').same).toBe(true);
  });

  it('while the vowel after an i read as ی is still written (Fiona is no فين)', () => {
    expect(compareNames('Fiona', 'فين').same).toBe(false);
  });
});

describe('a final o or u in a Latin name', () => {
  it('is written و, never an alef after it (Bamako is باماكو)', () => {
    expect(compareNames('Bamako', 'باماكو').same).toBe(true);
    const m = compareNames('Gashu', 'غاشوا');
    expect(m.same).toBe(false);
  });
});

describe('an o or u before a written a in a Latin name', () => {
  it('is a syllable of its own, which the spelling writes', () => {
    expect(compareNames('Kaloa', 'كالوا').same).toBe(true);
    expect(compareNames('Kaloa', 'كلاء').same).toBe(false);
  });
});

describe('a known place in Latin letters against an ordinary word', () => {
  it('is not the word a letter away from the place’s own spelling', () => {
    const m = compareNames('Gorgan', 'گروگان');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('ordinary word');
    expect(compareNames('Kairouan', 'کاروان').same).toBe(false);
    expect(compareNames('Gorgan', 'گرگان').same).toBe(true);
  });
});
