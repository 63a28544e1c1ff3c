import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arabicNumbers, spellArabicOrdinal, type ArabicSpellOptions } from '../src/lexicon/number-words/ar.js';
import { parseNumeral, toDecimalString } from '../src/lexicon/number-words/decimal.js';
import { persianNumbers, spellPersianOrdinal, type PersianSpellOptions } from '../src/lexicon/number-words/fa.js';
import type { NumberWordGrammar } from '../src/lexicon/number-words/grammar.js';
import { phraseWords } from '../src/lexicon/phrases.js';

/** Reads a whole phrase with a grammar; undefined unless every word is part of the number. */
function read<O>(grammar: NumberWordGrammar<O>, phrase: string): string | undefined {
  const words = phraseWords(phrase);
  const m = grammar.parse(words, 0);
  return m && m.end === words.length ? toDecimalString(m.value) : undefined;
}

describe('Arabic number words', () => {
  const spelled: [number, ArabicSpellOptions, string][] = [
    [0, {}, 'صفر'],
    [3, {}, 'ثلاثة'],
    [3, { gender: 'feminine' }, 'ثلاث'],
    [8, { gender: 'feminine' }, 'ثماني'],
    [11, {}, 'أحد عشر'],
    [11, { gender: 'feminine' }, 'إحدى عشرة'],
    [12, {}, 'اثنا عشر'],
    [12, { case: 'accusative' }, 'اثني عشر'],
    [12, { gender: 'feminine' }, 'اثنتا عشرة'],
    [15, { gender: 'feminine' }, 'خمس عشرة'],
    [20, { case: 'accusative' }, 'عشرين'],
    [21, {}, 'واحد وعشرون'],
    [21, { gender: 'feminine' }, 'إحدى وعشرون'],
    [25, { case: 'accusative' }, 'خمسة وعشرين'],
    [100, { hundred: 'مئة' }, 'مئة'],
    [200, {}, 'مائتان'],
    [200, { case: 'accusative' }, 'مائتين'],
    [300, {}, 'ثلاثمائة'],
    [300, { hundredsApart: true }, 'ثلاث مائة'],
    [800, {}, 'ثمانمائة'],
    [1000, {}, 'ألف'],
    [2000, {}, 'ألفان'],
    [2000, { case: 'accusative' }, 'ألفين'],
    [3000, {}, 'ثلاثة آلاف'],
    [3500, {}, 'ثلاثة آلاف وخمسمائة'],
    [11000, {}, 'أحد عشر ألفًا'],
    [100000, {}, 'مائة ألف'],
    [101000, {}, 'مائة ألف وألف'],
    [200000, {}, 'مائتا ألف'],
    [1344, {}, 'ألف وثلاثمائة وأربعة وأربعون'],
    [1000000, {}, 'مليون'],
    [3000000, {}, 'ثلاثة ملايين'],
    [15000000, {}, 'خمسة عشر مليونًا'],
    [2000000000, {}, 'ملياران'],
    [1000000000000, {}, 'تريليون'],
  ];
  it.each(spelled)('spells %i (%o) as %s and reads it back', (n, options, words) => {
    expect(arabicNumbers.spell(n, options)).toBe(words);
    expect(read(arabicNumbers, words)).toBe(String(n));
  });

  it.each([
    ['ثمان', '8'],
    ['ثمانٍ', '8'],
    ['ثمانية', '8'],
    ['خمس', '5'],
    ['عشرين ألفاً', '20000'],
    ['مئتي ألف', '200000'],
    ['خمسة ملايين', '5000000'],
    ['مليون ونصف', '1500000'],
    ['15 ألفاً', '15000'],
    ['2.5 مليار', '2500000000'],
    ['ثلاث مئة', '300'],
    ['ثمانمئة', '800'],
    ['ألف مليار', '1000000000000'],
    ['إحدى وعشرين', '21'],
    ['ثلاثة آلاف و خمسمائة', '3500'],
  ])('reads %s as %s', (words, value) => {
    expect(read(arabicNumbers, words)).toBe(value);
  });

  it.each(['آلاف', 'ملايين', 'إحدى', 'أحد', 'الخامس'])('does not read %s alone as a number', (word) => {
    expect(read(arabicNumbers, word)).toBeUndefined();
  });

  it('names days as definite ordinals', () => {
    expect([1, 5, 11, 12, 20, 21, 31].map(spellArabicOrdinal)).toEqual([
      'الأول',
      'الخامس',
      'الحادي عشر',
      'الثاني عشر',
      'العشرين',
      'الحادي والعشرين',
      'الحادي والثلاثين',
    ]);
    expect(arabicNumbers.isOrdinal(phraseWords('والخامس')[0] as string)).toBe(true);
    expect(arabicNumbers.isOrdinal(phraseWords('خمسة')[0] as string)).toBe(false);
  });
});

describe('Persian number words', () => {
  const spelled: [number, PersianSpellOptions, string][] = [
    [0, {}, 'صفر'],
    [5, {}, 'پنج'],
    [6, { colloquial: true }, 'شیش'],
    [15, {}, 'پانزده'],
    [18, { colloquial: true }, 'هیجده'],
    [25, {}, 'بیست و پنج'],
    [25, { glued: true }, 'بیست‌و‌پنج'],
    [100, {}, 'صد'],
    [100, { explicitOne: true }, 'یکصد'],
    [300, {}, 'سیصد'],
    [300, { hundredsApart: true }, 'سه صد'],
    [1000, {}, 'هزار'],
    [1000, { explicitOne: true }, 'یک هزار'],
    [1344, {}, 'هزار و سیصد و چهل و چهار'],
    [3500, {}, 'سه هزار و پانصد'],
    [1000000, {}, 'یک میلیون'],
    [2500000, {}, 'دو میلیون و پانصد هزار'],
    [1000000000000, {}, 'یک تریلیون'],
  ];
  it.each(spelled)('spells %i (%o) as %s and reads it back', (n, options, words) => {
    expect(persianNumbers.spell(n, options)).toBe(words);
    expect(read(persianNumbers, words)).toBe(String(n));
  });

  it.each([
    ['هژده', '18'],
    ['بیست‌وپنج', '25'],
    ['صد‌و‌بیست‌و‌پنج', '125'],
    ['دو و نیم میلیون', '2500000'],
    ['سه صد و بیست', '320'],
    ['۲.۵ میلیون', '2500000'],
    ['۲٫۵ میلیارد', '2500000000'],
    ['هزار میلیارد', '1000000000000'],
    ['یکصد و پنج', '105'],
  ])('reads %s as %s', (words, value) => {
    expect(read(persianNumbers, words)).toBe(value);
  });

  it.each(['هزاران', 'صدها', 'پنجم', 'یکی'])('does not read %s as a number', (word) => {
    expect(read(persianNumbers, word)).toBeUndefined();
  });

  it('writes ordinals with م, سوم and سی‌ام', () => {
    expect([1, 3, 12, 23, 30].map((n) => spellPersianOrdinal(n))).toEqual(['یکم', 'سوم', 'دوازدهم', 'بیست و سوم', 'سی‌ام']);
    expect(persianNumbers.isOrdinal(phraseWords('بیست‌وپنجمین')[0] as string)).toBe(true);
    expect(persianNumbers.isOrdinal(phraseWords('پنج')[0] as string)).toBe(false);
  });
});

describe('round trip: spell then read (the exhaustive run is scripts/check-facts.ts)', () => {
  const arabicOptions = fc.record(
    {
      gender: fc.constantFrom('masculine', 'feminine'),
      case: fc.constantFrom('nominative', 'accusative'),
      hundred: fc.constantFrom('مائة', 'مئة'),
      hundredsApart: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const persianOptions = fc.record({ glued: fc.boolean(), hundredsApart: fc.boolean(), explicitOne: fc.boolean(), colloquial: fc.boolean() }, { requiredKeys: [] });

  it('reads back every number below 3000 in both languages', () => {
    for (let n = 0; n < 3000; n++) {
      expect(read(arabicNumbers, arabicNumbers.spell(n))).toBe(String(n));
      expect(read(persianNumbers, persianNumbers.spell(n))).toBe(String(n));
    }
  });

  it('reads back random numbers up to 10^12 in every Arabic form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), arabicOptions, (n, options) => read(arabicNumbers, arabicNumbers.spell(n, options)) === n.toString()),
      { numRuns: 3000 },
    );
  });

  it('reads back random numbers up to 10^12 in every Persian form', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), persianOptions, (n, options) => read(persianNumbers, persianNumbers.spell(n, options)) === n.toString()),
      { numRuns: 3000 },
    );
  });
});

describe('numerals', () => {
  it.each([
    ['1344', '1344'],
    ['1,344', '1344'],
    ['1,234,567.5', '1234567.5'],
    ['1.234.567', '1234567'],
    ['2.5', '2.5'],
    ['2,5', '2.5'],
    ['007', '7'],
  ])('reads %s as %s', (text, value) => {
    const d = parseNumeral(text);
    expect(d && toDecimalString(d)).toBe(value);
  });
  it.each(['1,2,3', '1.2.3', '12,34,567', '', '.5', '5.'])('refuses %s', (text) => {
    expect(parseNumeral(text)).toBeUndefined();
  });
});
