/**
 * The inputs the fuzzer feeds the public functions: arbitrary Unicode, bare UTF-16 code units (lone
 * surrogates, NUL), bidi overrides and other invisible controls, and text that looks like news (words of
 * the project's example reports, month names, numbers in digits and words, punctuation, line breaks), so
 * that the date, number and name grammars and the aligner go deep and not only reject noise.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hardText } from '../../test/support/arbitraries.js';

const root = join(import.meta.dirname, '../..');

/** Bidi embeddings, overrides, isolates and marks, and other invisible or control characters. */
const BIDI_AND_CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0000',
  '\u0001',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\r',
  '\n',
  '\t',
  '\ufffd',
  '\ufffe',
];

/** Any UTF-16 code unit: lone high and low surrogates, NUL and the rest. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

function words(file: string): string[] {
  return readFileSync(join(root, 'examples/reports', file), 'utf8')
    .split(/\s+/u)
    .filter(Boolean);
}

/** Month names of every calendar and locale the library reads, from Intl (as the library itself gets them). */
function monthNames(): string[] {
  const out = new Set<string>();
  for (const locale of ['ar-EG', 'ar-SY', 'fa-IR', 'fa-AF', 'fa-IR-u-ca-persian', 'fa-AF-u-ca-persian', 'ar-u-ca-islamic-umalqura']) {
    const format = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) out.add(format.format(new Date(Date.UTC(2025, m, 15))));
  }
  return [...out];
}

const NEWS_PIECES = [
  ...new Set([...words('bishkek.ar.txt'), ...words('bishkek.fa-AF.txt')]),
  ...monthNames(),
  'الماضي',
  'المقبل',
  'گذشته',
  'آینده',
  'العام',
  'سال',
  'ماه',
  'يوم',
  'روز',
  'مطلع',
  'أواخر',
  'اوایل',
  'اواخر',
  'منتصف',
  'اواسط',
  'هـ',
  'م',
  'ش',
  'خورشیدی',
  'میلادی',
  'قمری',
  'الأربعاء',
  'دوشنبه',
  'في المئة',
  'درصد',
  'ألف',
  'هزار',
  'مليون',
  'میلیون',
  'خمسة',
  'عشرين',
  'پنج',
  'بیست',
  'و',
  'أكثر من',
  'بیش از',
  'الرئيس',
  'وزیر',
  'قال',
  'گفت',
  'آقای',
  'الصين',
  'چین',
  '2025',
  '١٤٤٦',
  '۱۴۰۴',
  '12',
  '۱۴',
  '3.5',
  '٣٫٥',
  '1,344',
  '۲٫۵',
  '15%',
  '/',
  '-',
  '–',
  '.',
  '.',
  '،',
  '؟',
  '!',
  ':',
  '«',
  '»',
  '(',
  ')',
  '\n',
  '\n\n',
  '؛',
];

/** News-like text: pieces from the example reports, calendars and number grammars, joined by spaces. */
export const newsText = fc.array(fc.constantFrom(...NEWS_PIECES), { maxLength: 60 }).map((pieces) => pieces.join(' '));

/** Any text the fuzzer uses: each kind of hostile string, and news-like text. */
export const anyText = fc.oneof(
  hardText,
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: codeUnit, maxLength: 120 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...BIDI_AND_CONTROLS), fc.constantFrom(...'بپ ا.۱١1«»')), maxLength: 120 }),
  newsText,
  newsText
    .chain((text) => fc.tuple(fc.constant(text), fc.string({ unit: codeUnit, maxLength: 8 }), fc.nat(text.length)))
    .map(([text, noise, at]) => text.slice(0, at) + noise + text.slice(at)),
);

/** Shorter texts, for the functions where one call is expensive (the aligner, compare). */
export const shortText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 40 }),
  hardText.map((t) => t.slice(0, 120)),
  newsText.map((t) => t.slice(0, 200)),
);

/** Sentences for the aligner. */
export const sentences = fc.array(shortText, { maxLength: 8 });

/** A date written YYYY-MM-DD, or a string that is not one. */
export const referenceDate = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2025-02-30', '2025-13-01', '2025-1-1', '', '0000-00-00', '۲۰۲۵-۰۱-۰۱', '2025-01-01T00:00') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Values of the wrong type or outside every option's allowed ones, as a careless or hostile caller passes them. */
const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    -1,
    1.5,
    1e9,
    Infinity,
    '',
    'x',
    'warnings',
    'dates',
    'paralel',
    'en',
    'FA-ir',
    'prs',
    '2025-02-30',
    true,
    false,
  ),
  fc.constantFrom([], {}, ['name', 'dates'], [1, 2], { a: 1 }, () => 0, Symbol('option'), new Set(['x']), new Map([['a', 'b']])),
  fc.integer(),
  fc.double(),
  shortText,
  fc.array(shortText, { maxLength: 3 }),
);

/** Something that is no object of options at all. */
const notAnObject: fc.Arbitrary<unknown> = fc.constantFrom(null, undefined, 42, 'options', ['minSeverity'], true, () => ({}));

/**
 * Option objects as callers write them: mostly the valid ones, else one option set to a value of the wrong
 * type or outside those allowed, an option the function does not have (a known one misspelled, or any name),
 * or no object at all. `keys` are the function's options.
 */
export function hostile<T>(valid: fc.Arbitrary<T>, keys: readonly string[]): fc.Arbitrary<T> {
  const misspelled = fc.tuple(fc.constantFrom(...keys), fc.nat(), fc.constantFrom('', 's', '_', 'X')).map(([key, at, extra]) => {
    const i = at % (key.length + 1);
    return key.slice(0, i) + extra + key.slice(i + 1);
  });
  const withObject = (arbitrary: fc.Arbitrary<[T, string, unknown]>): fc.Arbitrary<T> =>
    arbitrary.map(([options, key, value]) => ({ ...(typeof options === 'object' && options !== null ? options : {}), [key]: value }) as T);
  return fc.oneof(
    { weight: 20, arbitrary: valid },
    { weight: 3, arbitrary: withObject(fc.tuple(valid, fc.constantFrom(...keys), wrongValue)) },
    { weight: 1, arbitrary: withObject(fc.tuple(valid, fc.oneof(misspelled, fc.string({ maxLength: 8 })), wrongValue)) },
    { weight: 1, arbitrary: notAnObject as fc.Arbitrary<T> },
  );
}

/** An argument that is mostly what the function takes, and sometimes a value of another type. */
export function orNot<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: wrongValue as fc.Arbitrary<T> });
}
