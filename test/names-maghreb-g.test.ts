import { describe, expect, it } from 'vitest';
import { expectDifferentNames, expectSame } from './support/names.js';

describe('the g of the Maghreb, written ڨ or ڤ (Algeria, Tunisia) or ڭ (Morocco)', () => {
  it.each([
    ['بن قردان', 'بن ڤردان'],
    ['أكادير', 'أڭادير'],
    ['منزل بورقيبة', 'منزل بورڤيبة'],
  ])('reads %s and %s as one Maghreb place, and says why', (a, b) => {
    expect(expectSame(a, b)).toMatch(/the Maghreb writes the g of its place names ڨ or ڤ .* or ڭ/u);
  });

  it('reads ڤ against ق as one g in a name no list holds', () => {
    expect(expectSame('ڤرمبالية', 'قرمبالية')).toContain('ڤ and ق both write g, which the Maghreb writes ڨ, ڤ or ڭ');
  });

  it('reads the qaf with three dots, ڨ, as the same g, and a Latin g as it', () => {
    expect(expectSame('ڨرمبالية', 'قرمبالية')).toContain('ڨ and ق both write g');
    expect(expectSame('ڨرمبالية', 'ڤرمبالية')).toContain('both write g');
    expectSame('Guelma', 'ڨالمة');
    expectDifferentNames('كمال', 'ڨمال');
  });

  it('keeps ڤ for v: not a g against ف, and no licence for a place outside the Maghreb', () => {
    expect(expectSame('فيينا', 'ڤيينا')).toContain('ف and ڤ both write v');
    expectDifferentNames('غزة', 'ڤزة');
  });

  it('keeps a native name apart from the same letters with ڭ', () => {
    expectDifferentNames('كمال', 'ڭمال');
  });
});

describe('the vowel letters of Maghreb and Sahel towns, whose Arabic spellings come from Berber or French forms', () => {
  it('reads an ا written or left out inside the name as one town, and says why', () => {
    expect(expectSame('تارودانت', 'ترودانت')).toContain('Maghreb and Sahel towns');
    expect(expectSame('بسكرة', 'باسكرة')).toContain('write a vowel letter inside the name or leave it out');
  });

  it('keeps a vowel letter that makes a word of the language, or an Arabic diminutive with ي, another word', () => {
    expectDifferentNames('عنابة', 'عنبة');
    expectDifferentNames('القنيطرة', 'القنطرة');
  });
});
