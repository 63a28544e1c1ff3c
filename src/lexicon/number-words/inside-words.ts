import { normalize } from '../../text/normalize.js';
import { persianNumbers } from './fa.js';

const fold = (w: string): string => normalize(w).text;

/**
 * Arabic adjectives made from numbers (ثنائي "twofold, bilateral", ثلاثي, رباعي "four-party", خماسي …
 * عشاري), with their feminine and plural endings: a number said inside a word.
 */
const ARABIC_MULTIPLICATIVE_STEMS: ReadonlyMap<string, number> = new Map(
  (
    [
      ['ثنائ', 2],
      ['ثلاث', 3],
      ['رباع', 4],
      ['خماس', 5],
      ['سداس', 6],
      ['سباع', 7],
      ['ثمان', 8],
      ['تساع', 9],
      ['عشار', 10],
    ] as const
  ).map(([w, n]) => [fold(w), n]),
);
const ARABIC_ADJECTIVE_ENDINGS = ['ي', 'يه', 'يين', 'يات', 'يتين', 'يتان'].map(fold);

/**
 * Persian compounds of a number and a noun (سه‌جانبه "trilateral", چهارنفره "four-person", دوگانه "double",
 * پنج‌ساله "five-year"), which lose their ZWNJ when folded: what may follow the number inside the word.
 */
const PERSIAN_COMPOUND_TAILS = [
  'جانبه',
  'گانه',
  'نفره',
  'توپی',
  'ساله',
  'روزه',
  'ماهه',
  'هفته‌ای',
  'بعدی',
  'ضلعی',
  'رقمی',
  'ستاره',
  'تایی',
  'مرحله‌ای',
  'درصدی',
].map(fold);

/** English number words, as Latin titles and names inside Arabic and Persian text write them (Five Lives). */
const ENGLISH: ReadonlyMap<string, number> = new Map([
  ...[
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
  ].map((w, i) => [w, i] as const),
  ...['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i) => [w, 20 + 10 * i] as const),
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1e6],
  ['billion', 1e9],
  ['dozen', 12],
]);

const stripArticle = (w: string): string => {
  const bare = w.replace(/^(?:[وفبل]|وب|ول)?ال/u, '');
  return bare === w ? w.replace(/^[وفبل]/u, '') : bare;
};

/**
 * A number said inside a word that no number grammar reads as one: an Arabic adjective made from a
 * number (الرباعية, ثلاثي), a Persian compound (سه‌جانبه, چهارتوپی), an English number word (Five), or the
 * digits of a Latin code (IL6, ACE2, 1860s). The word is folded (see `normalize`); empty when it holds none.
 */
export function numbersInsideWord(word: string): number[] {
  const out: number[] = [];
  if (/[A-Za-z]/u.test(word)) {
    const english = ENGLISH.get(word.toLowerCase());
    if (english !== undefined) out.push(english);
    for (const digits of word.match(/\d+/gu) ?? []) out.push(Number(digits));
    return out;
  }
  const bare = stripArticle(word);
  for (const [stem, n] of ARABIC_MULTIPLICATIVE_STEMS) {
    if (bare.startsWith(stem) && ARABIC_ADJECTIVE_ENDINGS.includes(bare.slice(stem.length))) out.push(n);
  }
  for (const tail of PERSIAN_COMPOUND_TAILS) {
    if (!word.endsWith(tail) || word.length === tail.length) continue;
    const head = word.slice(0, -tail.length);
    const m = persianNumbers.isNumberWord(head) ? persianNumbers.parse([head], 0) : undefined;
    if (m && m.end === 1) out.push(Number(m.value.units) / 10 ** m.value.scale);
  }
  return out;
}
