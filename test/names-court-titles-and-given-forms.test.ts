import { describe, expect, it } from 'vitest';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';

describe('a Qajar court title and the family name its bearer took from it', () => {
  it('reads the title, joined, with a joiner or apart, against a name ending in its first word', () => {
    expect(same('صمصام‌السلطنه', 'نجفقلی صمصام')).toContain('title of the Qajar court built on صمصام');
    same('حسن مشیر', 'مشیرالدوله');
    same('مشير الدولة', 'حسن مشير');
  });

  it('keeps the title apart from a name that does not end in its word, and from the older titles on الملک', () => {
    apart('صمصام‌السلطنه', 'احمد قوام');
    apart('صمصام‌السلطنه', 'صمصام علی');
    apart('نظام الملك', 'حسن نظام');
  });
});

describe('given names in the forms of other languages', () => {
  it('reads Michael, William and Joseph in their Russian, German, French and Arabic forms before one family name', () => {
    expect(same('میخائیل گورباچف', 'مایکل گورباچف')).toContain('the Russian and مایکل the English form of the given name Michael');
    expect(same('غليوم أبولينير', 'ويليام أبولينير')).toContain('given name William');
    expect(same('یوسف برودسکی', 'ژوزف برودسکی')).toContain('given name Joseph');
  });

  it('does not read a cognate as the name alone or before a regnal number', () => {
    apart('یوسف', 'ژوزف');
    apart('فيلهلم الثاني', 'ويليام الثاني');
  });
});

describe('a compound given name in الدين called by its first word', () => {
  it('reads the first word as the short form', () => {
    expect(same('جلال همایی', 'جلال‌الدین همایی')).toContain('short form of the given name جلال‌الدین');
  });

  it('keeps a name whose other words differ apart', () => {
    apart('جلال همایی', 'جلال‌الدین فارسی');
  });
});
