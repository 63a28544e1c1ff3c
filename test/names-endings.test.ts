import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the ending ة against ى', () => {
  it('makes another word or name', () => {
    for (const [a, b] of [
      ['كسرى', 'كسرة'],
      ['ليلى', 'ليلة'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
    }
    expect(compareNames('سلمى', 'سلمة').reason.detail).toContain('the ending ة against ى');
  });

  it('leaves the alif maqsura against its Persian ی, and ا, a spelling', () => {
    expect(compareNames('بخارى', 'بخارا').same).toBe(true);
    expect(compareNames('مصطفى', 'مصطفی').same).toBe(true);
  });
});

describe('a Gulf chain whose father is written with the article', () => {
  it('names the father without the first given name', () => {
    const m = compareNames('نواف السالم العبدالله الصباح', 'سالم العبدالله الصباح');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain("father's name");
    expect(compareNames('نواف السالم العبدالله الصباح', 'نواف السالم الصباح').same).toBe(true);
  });
});

describe('a Persian family name of nisbas after a given name', () => {
  it('is the person named without the given name, not his father', () => {
    const m = compareNames('عبدالکریم موسوی اردبیلی', 'موسوی اردبیلی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
  });

  it('while an Arabic chain after a given name is still the father', () => {
    expect(compareNames('حسن علی عبد الله', 'علی عبد الله').same).toBe(false);
  });
});

describe('a Gulf chain cut after a father written with the article', () => {
  it('is the same person', () => {
    const m = compareNames('صباح الخالد الحمد الصباح', 'صباح الخالد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('chain of fathers');
  });
});

describe('a Pashtun tribal name at the end of a full name', () => {
  it('may be left out', () => {
    const m = compareNames('عبدالغنی برادر پوپلزی', 'عبدالغنی برادر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Pashtun tribal name');
  });

  it('but a Persian family name in -زی after a vowel letter is the surname', () => {
    expect(compareNames('محمد علی عزیزی', 'محمد علی').same).toBe(false);
  });
});

describe('a final long vowel on one side only', () => {
  it('makes another word: both languages write the last vowel of a foreign name', () => {
    const m = compareNames('تيمبو', 'تيمب');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('final و on one side only');
    expect(compareNames('ساموا', 'سامو').same).toBe(false);
    expect(compareNames('لوندو', 'لند').same).toBe(false);
  });

  it('while the vowel written alike on both stays one name', () => {
    expect(compareNames('تيمبو', 'تیمبو').same).toBe(true);
    expect(compareNames('لوندو', 'لندو').same).toBe(true);
  });
});

describe('the Arabic ending يه for a final e', () => {
  it('is Persian ه alone, even in a name of two consonants', () => {
    const m = compareNames('فيريه', 'فره');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('ريميه', 'رمه').same).toBe(true);
  });

  it('while another vowel letter more in so short a name is still another name', () => {
    expect(compareNames('فيروه', 'فره').same).toBe(false);
  });
});

describe('a final ه on one side only within one language', () => {
  it('makes another word, as ة does', () => {
    const m = compareNames('نیمور', 'نیموره');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('final ه on one side only');
  });

  it('across the two languages, where ه and ة write one ending, it does not', () => {
    expect(compareNames('نيمورة', 'نیموره').same).toBe(true);
  });
});
