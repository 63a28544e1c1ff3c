import fc from 'fast-check';

/** Characters that make Arabic-script text hard: letters of both languages, marks, joiners, digits, controls. */
const HARD_CHARS = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويپچژگکیىةأإآٱؤئءـًٌٍَُِّْٰ',
  '\u200c',
  '\u200d',
  '\u200b',
  '\ufeff',
  '\u00ad',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u200f',
  '\u061c',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789٫٬٪',
  ...'.!?؟؛،…«»“”"\'()[]-•*:/ ',
  '\n',
  '\r',
  '\t',
  '\u2028',
  '\u00a0',
  '\u0000',
  '\u0085',
  'ﻻ',
  'ﷲ',
  'ﷺ',
  'ﺃ',
  'ﻙ',
  'Ａ',
  '\ud800',
  '\udfff',
  '😀',
  'A',
  'b',
  'Z',
  'é',
  'Ж',
];

/** Arbitrary text biased towards Arabic and Persian with the characters that break naive code. */
export const hardText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...HARD_CHARS), maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);
