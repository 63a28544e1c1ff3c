import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a chain of fathers opened by a given name the lists lack', () => {
  it('reads the word before a known given name as the son’s given name', () => {
    const m = compareNames('نوفل عمر الدوري', 'عمر الدوري');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain("as his father's name");
    expect(compareNames('مهاب يوسف الحربي', 'يوسف الحربی').same).toBe(false);
  });

  it("reads a given name before a father's chain with بن, or before a Gulf chain, as the son's (names written for the project)", () => {
    const m = compareNames('خالد سالم بن الدوري', 'سالم بن الدوري');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain("as his father's name");
    expect(compareNames('محمد مهاب السالم', 'مهاب السالم').same).toBe(false);
    // محمد before a given name and a family name opens a Persian compound given name, and a title is no son.
    expect(compareNames('محمد مهاب کاظمی', 'مهاب کاظمی').same).toBe(true);
    expect(compareNames('الشيخ سالم بن الدوري', 'سالم بن الدوري').same).toBe(true);
  });

  it('leaves a title, a kunya and the honorific سید before the name', () => {
    expect(compareNames('القائد يوسف الحربي', 'يوسف الحربي').same).toBe(true);
    expect(compareNames('ابوالفضل حسن کاظمی', 'حسن کاظمی').same).toBe(true);
    expect(compareNames('سید حسن کاظمی', 'پیر سید حسن کاظمی').same).toBe(true);
  });
});

describe('honorifics of address before a name', () => {
  it('are titles, not a son’s given name', () => {
    const m = compareNames('فخامة عمر الدوري', 'عمر الدوري');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('سماحة يوسف الحربي', 'يوسف الحربي').same).toBe(true);
    expect(compareNames('شهید حسن کاظمی', 'حسن کاظمی').same).toBe(true);
    expect(compareNames('مولانا حسن کاظمی', 'حسن کاظمی').same).toBe(true);
  });

  it('leave Pierre a given name', () => {
    expect(compareNames('پیر ترودو', 'جاستین ترودو').same).toBe(false);
  });
});

describe('a Persian compound family name', () => {
  it('is the person named without his given name, not his father', () => {
    const m = compareNames('رضا صافی گلپایگانی', 'صافی گلپایگانی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
  });

  it('but a given name before the family name, or an Arab chain with the article, is still the father', () => {
    expect(compareNames('حسن بدرالدین حوثی', 'بدرالدین حوثی').same).toBe(false);
    expect(compareNames('مريم الصادق المهدي', 'الصادق المهدي').same).toBe(false);
  });
});

describe('"son of" written in one name only', () => {
  it('takes the name after it for the father, where the other name has a family name: two people', () => {
    const m = compareNames('سالم بن عبد الرحيم', 'سالم عبد الرحيم');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('(son of) stands in');
    expect(compareNames('سالم ولد عبد الرحيم', 'سالم عبد الرحيم').same).toBe(false);
    expect(compareNames('Salem ibn Abd al-Rahim', 'سالم عبدالرحیم').same).toBe(false);
  });

  it('leaves a chain cut after the father one person', () => {
    expect(compareNames('سالم بن عبد الرحيم', 'سالم بن عبد الرحيم بن حمد').same).toBe(true);
    expect(compareNames('Salem bin Abdulrahim', 'سالم بن عبد الرحيم').same).toBe(true);
  });
});
