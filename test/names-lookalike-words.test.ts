import { describe, expect, it } from 'vitest';
import { expectDifferentNames, expectSame } from './support/names.js';

describe('a person against the word his surname is made from', () => {
  it('keeps a surname with the nisba ی apart from the word or town without it', () => {
    expect(expectDifferentNames('احمد خوانساری', 'خوانسار')).toContain('ends in ي');
  });

  it('keeps a Persian surname in -یان apart from a plural in -ان of the same word', () => {
    expect(expectDifferentNames('رضا دبیریان', 'دبیران')).toContain('ends in يان');
  });

  it('still reads the surname alone as the person', () => {
    expectSame('احمد خوانساری', 'خوانساری');
    expectSame('رضا دبیریان', 'دبیریان');
  });
});

describe('a head before a word, against the word with the article', () => {
  it('keeps the word with the article apart from the name the head makes of the bare word', () => {
    expect(expectDifferentNames('مدينة نور', 'النور')).toContain('ordinary Arabic word');
  });

  it('still leaves the head out when both write the article', () => {
    expectSame('مدينة النور', 'النور');
  });
});

describe('an Arab town whose Arabic name has the article, against Latin', () => {
  it('keeps the Arabic letters without the article apart when they read as a word', () => {
    expect(expectDifferentNames('Hodeidah', 'حديدة')).toContain('with the article');
  });

  it('still reads the form with the article, a Persian form and a bare form that is no word as the town', () => {
    expectSame('Hodeidah', 'الحديدة');
    expectSame('Kufa', 'كوفه');
    expectSame('Kufa', 'كوفة');
  });
});

describe('the titles of newspapers and channels within one language', () => {
  it('keeps a title apart from another form of its word', () => {
    expect(expectDifferentNames('قناة الغرب', 'قناة الغربية')).toContain('two titles');
  });

  it('still reads one title under two heads of the kind as one', () => {
    expectSame('صحيفة الحياة', 'جريدة الحياة');
  });
});

describe('a hamza inside a word', () => {
  it('keeps a hamza added to a known place spelled without one apart', () => {
    expect(expectDifferentNames('كابل', 'كأبل')).toContain('without a hamza');
  });

  it('keeps a madda against a hamza apart', () => {
    expect(expectDifferentNames('رأفت', 'رآفت')).toContain('another hamza');
  });

  it('still reads a hamza left out, and a madda against a bare alef, as one name', () => {
    expectSame('رأفت', 'رافت');
    expectSame('بوآكيه', 'بواكيه');
  });
});

describe('a head stated against a place listed with a word of another kind', () => {
  it('keeps a district apart from the port the list names with its own head', () => {
    expect(expectDifferentNames('شهرستان عباس', 'بندر عباس')).toContain('heads the name with another word');
  });

  it('still leaves a province head out, and reads Arabic إقليم as a province head', () => {
    expectSame('ولایت بلخ', 'بلخ');
    expectSame('محافظة كردستان', 'إقليم كردستان');
  });
});

describe('a country against a town one final vowel letter off', () => {
  it('keeps Cuba (کوبا) apart from Kobe (کوبه), which Arabic and Persian write with ه', () => {
    expectDifferentNames('کوبا', 'کوبه');
    expectDifferentNames('كوبا', 'کوبه');
    expectSame('كوبا', 'کوبا');
  });
});
