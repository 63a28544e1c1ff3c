import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates, extractNumbers, type Language } from '../src/index.js';
import { hardText } from './support/arbitraries.js';
import { spansInOrder } from './support/invariants.js';

/** Spans inside the text, in order, not overlapping, each slicing exactly its text (the fuzzer's invariant). */
function wellPlaced(text: string, found: readonly { text: string; start: number; end: number }[]): boolean {
  spansInOrder('mentions', text, found, { disjoint: true, nonEmpty: true });
  return true;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

// Pieces of dates and numbers, glue, and the invisible characters scraped text carries.
const PIECES = [
  'يناير',
  'كانون',
  'الثاني',
  'آذار',
  'ديسمبر',
  'الماضي',
  'مطلع',
  'أواخر',
  'العام',
  'عام',
  'الأربعاء',
  'يوم',
  'رمضان',
  'هـ',
  'م',
  'قوس',
  'ماه',
  'اوایل',
  'آذر',
  'دلو',
  'سال',
  'گذشته',
  'امسال',
  'چهارشنبه',
  'ه.ش',
  'ذی‌الحجه',
  'میلادی',
  'روز',
  'خمسة',
  'عشر',
  'ألف',
  'آلاف',
  'وخمسمائة',
  'مليون',
  'ونصف',
  'أكثر',
  'من',
  'پنج',
  'هزار',
  'و',
  'نیم',
  'میلیون',
  'تُن',
  'درصد',
  'في',
  'المئة',
  '29',
  '2025',
  '١٤٤٦',
  '۱۴۰۳',
  '1,344',
  '۲٫۵',
  '12',
  '/',
  '-',
  '.',
  '%',
  '(',
  ')',
  '،',
  ' ',
  ' ',
  ' ',
  '\n',
  '\u200c',
  '\u200f',
  '\u202b',
  '\u0640',
  '\u064e',
  '\ufeff',
  '\ud800',
];
const jumble = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const language = fc.constantFrom<Language | undefined>('ar', 'fa', undefined);

describe('extractDates and extractNumbers on any input', () => {
  it('never throw and place every span exactly, on arbitrary Unicode (lone surrogates, controls, bidi)', () => {
    fc.assert(
      fc.property(hardText, language, (text, lang) => {
        const options = lang ? { language: lang } : {};
        return wellPlaced(text, extractDates(text, options)) && wellPlaced(text, extractNumbers(text, options));
      }),
      { numRuns: 500 },
    );
  });

  it('place spans exactly and give well-formed values on jumbles of date and number pieces', () => {
    fc.assert(
      fc.property(
        jumble,
        language,
        fc.option(fc.constantFrom('2025-01-29', '1999-12-31', '2030-06-15'), { nil: undefined }),
        (text, lang, referenceDate) => {
          const dates = extractDates(text, { ...(lang ? { language: lang } : {}), ...(referenceDate ? { referenceDate } : {}) });
          const numbers = extractNumbers(text, lang ? { language: lang } : {});
          for (const d of dates) {
            if (d.interval && !(ISO.test(d.interval.start) && ISO.test(d.interval.end) && d.interval.start <= d.interval.end)) return false;
            if (d.interval && d.yearless) return false;
          }
          for (const n of numbers) if (!/^\d+(\.\d*[1-9])?$/.test(n.value)) return false;
          return wellPlaced(text, dates) && wellPlaced(text, numbers);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('nothing is found where there is nothing', () => {
  // Ordinary words, including those that are month names, numbers or weekdays in other contexts. (العشرين is
  // a number even alone; that القرن الحادي والعشرين is a century is tested in extract-numbers.)
  const ARABIC =
    'قال الوزير إن الحكومة مارس الضغط على حلفاء المنطقة في القصر أحد المصادر إحدى الدول عشرات الآلاف مئات الوفود صلاة الجمعة الكبير السوق الأب رمضان قديروف الفصل الخامس القرن الحادي سنوات أخيرة الشهر'.split(
      ' ',
    );
  const PERSIAN =
    'وزیر گفت که دولت میزان تورم را در منطقه حمل و نقل جدی قوس قزح یک ائتلاف نه تنها صدها هزاران چند نخستین سالهای اخیر ماه‌ها کابل ولایت'.split(
      ' ',
    );
  it.each([
    ['ar', ARABIC],
    ['fa', PERSIAN],
  ] as const)('in %s sentences of ordinary words', (lang, words) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 25 }), (sentence) => {
        // After في a weak month name is the month (في مارس, in March): that is a date, rightly.
        fc.pre(!sentence.some((w, i) => w === 'مارس' && sentence[i - 1] === 'في'));
        const text = `${sentence.join(' ')}.`;
        return extractDates(text, { language: lang }).length === 0 && extractNumbers(text, { language: lang }).length === 0;
      }),
      { numRuns: 500 },
    );
  });
});

describe('long adversarial inputs finish (no backtracking: the grammars read tokens, not regular expressions)', () => {
  it.each([
    ['digits and slashes', '1/'.repeat(50_000)],
    ['a chain of conjunctions', 'ألف و'.repeat(20_000)],
    ['Persian compounds', 'بیست و '.repeat(20_000)],
    ['month names', 'ديسمبر/'.repeat(20_000)],
    ['part words', 'اوایل ماه '.repeat(20_000)],
    ['one long number', '9'.repeat(100_000)],
    ['grouped digits', '1,'.repeat(50_000)],
  ])('%s', (_, text) => {
    expect(wellPlaced(text, extractDates(text))).toBe(true);
    expect(wellPlaced(text, extractNumbers(text))).toBe(true);
  });
});
