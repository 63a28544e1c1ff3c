import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a final ة against a final ا within Arabic', () => {
  it.each([
    ['نخلا', 'نخلة'],
    ['ربوة', 'ربوا'],
  ])('%s and %s are two names: ة ends an Arabic word', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('a final ة ends an Arabic word or name');
    expect(compareNames(b, a).same).toBe(false);
  });

  it('says so of an ordinary word by name', () => {
    const m = compareNames('ساحا', 'ساحة');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toBe('ساحة is an ordinary Arabic word, not a spelling of ساحا.');
  });

  it.each([
    ['أسمرة', 'أسمرا'],
    ['كريات شمونة', 'كريات شمونا'],
    ['عدوة', 'عدوا'],
  ])('%s and %s stay one known place, whose final a the old convention writes ة', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.entity).toBeDefined();
  });
});

describe('two words that both end in ة, a long vowel written in one only', () => {
  it.each([
    ['جابة', 'جبة'],
    ['راحة', 'رحة'],
    ['لبة', 'لابة'],
  ])('%s and %s are two Arabic words', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('both end in ة');
    expect(compareNames(b, a).same).toBe(false);
  });

  it('leaves a foreign name with its own vowel letters alone', () => {
    // No ة: a transliteration writes or leaves out a foreign name's vowels (Manchester).
    expect(compareNames('مانشستر', 'مانشيستر').same).toBe(true);
  });
});

describe('a short vowel inside an Afghan place name, written ا or ی or left out', () => {
  it.each([
    ['اجرستان', 'اجیرستان'],
    ['چپرهار', 'چپارهار'],
  ])('%s and %s name one district', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('an Afghan place name');
  });

  it('not in a name of three consonants, where the vowel letter makes another word', () => {
    expect(compareNames('شتل', 'شیتل').same).toBe(false);
  });
});

describe('أ against إ at one place within one Arabic word', () => {
  it.each([
    ['إنس', 'أنس'],
    ['أمارة', 'إمارة'],
  ])('%s and %s are two words: the seat writes the vowel', (a, b) => {
    const m = compareNames(a, b);
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('within Arabic two words');
  });

  it('leaves a foreign e in a person’s name, written either way, alone', () => {
    expect(compareNames('أرهان تشيليك', 'إرهان تشيليك').same).toBe(true);
  });

  it('leaves a place the list knows by both seats alone', () => {
    expect(compareNames('إستونيا', 'أستونيا').same).toBe(true);
  });
});
