import { describe, expect, test } from 'vitest';
import { compareNames } from '../src/index.js';

// Two spellings of the same letters: the explanation names how they are written, not "spelled alike".
describe('compareNames names the letter forms of two spellings of the same letters', () => {
  const detail = (a: string, b: string): string => {
    const m = compareNames(a, b);
    expect(m.same).toBe(true);
    return m.reason.detail;
  };

  test('the Arabic and the Persian forms of ي and ك', () => {
    expect(detail('جيمي كارتر', 'جیمی کارتر')).toBe(
      'The same name in other letter forms: ي and ی, ك and ک are one letter each, in its Arabic and its Persian form.',
    );
  });

  test('an alef with and without its hamza or madda, a final ة or ه', () => {
    expect(detail('أحمد شاه مسعود', 'احمد شاه مسعود')).toMatch(/أ and ا are one alef, written with and without its hamza/);
    expect(detail('آرش کمانگیر', 'ارش کمانگیر')).toMatch(/آ and ا are one alef, written with and without its madda/);
    expect(detail('فاطمة الزهراء', 'فاطمه الزهراء')).toMatch(/ة and ه both write the final a/);
  });

  test('a half-space, vowel marks', () => {
    expect(detail('رحیم‌پور', 'رحیمپور')).toMatch(/a half-space \(ZWNJ\) parts the word in the first only/);
    expect(detail('مُحَمَّد مرسي', 'محمد مرسي')).toMatch(/vowel marks are written in the first only/);
  });

  test('an honorific before the name is named as one', () => {
    expect(detail('سید محمد خاتمی', 'محمد خاتمی')).toBe('سید is an honorific, no part of the name; the same name, spelled alike.');
    expect(detail('السيد محمد خاتمي', 'محمد خاتمی')).toMatch(
      /^السيد is an honorific, no part of the name; the same name in other letter forms: ي and ی are one letter, in its Arabic and its Persian form/,
    );
  });

  test('the order of the forms follows the order of the names', () => {
    expect(detail('جیمی کارتر', 'جيمي كارتر')).toMatch(/ی and ي, ک and ك are one letter each/);
  });

  test('one spelling twice is alike; a known place spelled as listed says so', () => {
    expect(detail('محمد مرسي', 'محمد مرسي')).toBe('The same name, spelled alike.');
    expect(detail('بروكسل', 'بروکسل')).not.toMatch(/letter forms/);
  });
});
