import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { isDigitRun, parseNumeral, startsWithDigit, toDecimalString } from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import { ARABIC_CLITICS, PhraseTable } from '../lexicon/phrases.js';
import { quantityWords } from '../lexicon/quantity-words.js';
import { isLatinLetter } from '../text/chars.js';
import type { Language } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import { touching, type PreparedText } from './document.js';
import { elementAt } from '../contract/element-at.js';

/**
 * What a number is when it counts or measures nothing: a fraction of a whole (الخمس, دو سوم), a place in
 * a series (the 17th district, الحادي والعشرين, ماده ۵, الدقيقة 25), part of a code or name (COVID-19,
 * SARS-CoV-2, Radio 4, a telephone number) or a time of day (3:35, ساعت ۱۱ صبح). A number without a role
 * counts or measures something.
 */
export type NumberRole = 'fraction' | 'ordinal' | 'identifier' | 'time';

/** A number that labels rather than counts, found at a token. */
export interface LabelAt {
  readonly role: 'ordinal' | 'identifier' | 'time';
  /** The value: digits as a decimal string; for a time, `H:MM`. */
  readonly value: string;
  /** The first token of the label (a phone number's `+`, the article of الـ 10). */
  readonly first: number;
  /** One past its last token. */
  readonly end: number;
}

const fold = (w: string): string => normalize(w).text;

/**
 * Nouns that name a thing by a number after them, as a label (ماده ۵ "article 5", الدقيقة 25 "the 25th
 * minute", شارع 125, منطقه ۱۷, القرار 2231): the number is its place in a series, not a count. A number
 * before the noun counts (۲۵ دقیقه, 25 دقيقة). No dictionary has this class; each word is one whose
 * number-after reading is its common one, and a unit after the number (بخش ۵ درصد) makes it a quantity again.
 */
const LABEL_NOUNS: Readonly<Record<Language, string>> = {
  ar: [
    'رقم',
    'الرقم',
    'المادة',
    'مادة',
    'الفقرة',
    'فقرة',
    'البند',
    'بند',
    'الفصل',
    'الشكل',
    'شكل',
    'الجدول',
    'جدول',
    'الصفحة',
    'صفحة',
    'النوع',
    'نوع',
    'الدقيقة',
    'الدورة',
    'الجولة',
    'المرحلة',
    'الموسم',
    'القرار',
    'الطريق',
    'شارع',
    'الشارع',
    'المنطقة',
    'الحي',
    'القناة',
    'قناة',
    'الرحلة',
    'رحلة',
    'الغرفة',
    'الطابق',
    'الفئة',
    'المستوى',
    'الصف',
    'الإصدار',
    'الجيل',
    'الملحق',
    'المركز',
    'الحلقة',
    'الجزء',
    'الخط',
    'البوابة',
    'المجموعة',
    'المقعد',
    'سلسلة',
    'السلسلة',
    'الطراز',
    'طراز',
  ].join('|'),
  fa: [
    'شماره',
    'ماده',
    'بند',
    'بخش',
    'فصل',
    'شکل',
    'جدول',
    'صفحه',
    'نوع',
    'دقیقه',
    'دور',
    'مرحله',
    'فاز',
    'قطعنامه',
    'خیابان',
    'جاده',
    'منطقه',
    'ناحیه',
    'کانال',
    'شبکه',
    'پرواز',
    'اتاق',
    'طبقه',
    'رده',
    'کلاس',
    'نسخه',
    'نسل',
    'پیوست',
    'اصل',
    'قسمت',
    'خط',
    'دروازه',
    'کد',
    'پلاک',
    'ایستگاه',
    'سوره',
    'آیه',
    'تبصره',
    'مقام',
    'سری',
    'مدل',
  ].join('|'),
};

// الساعة 4.40, ساعت ۶, الساعة الخامسة: the number after "the hour" is a time of day.
const HOUR = new Set(['الساعة', 'ساعت'].map(fold));

/** Whether a (folded) word is "the hour" that makes the number after it a time of day. */
export function isHourWord(word: string | undefined): boolean {
  return word !== undefined && HOUR.has(word);
}
/** Words after a number that make it a time of day (۱۱ صبح, 3 عصرا), and whether they are after noon. */
const DAY_PARTS: ReadonlyMap<string, boolean> = new Map(
  [
    ...['صباحا', 'صباح', 'فجرا', 'صبح', 'بامداد', 'am'].map((w) => [w, false] as const),
    ...['مساء', 'مساءا', 'عصرا', 'عصر', 'ليلا', 'شب', 'بعدازظهر', 'pm'].map((w) => [w, true] as const),
  ].map(([w, pm]) => [fold(w), pm]),
);
// ظهرا / ظهر (noon): 12 ظهرا is noon, 1 ظهرا one in the afternoon.
const NOON = new Set(['ظهرا', 'ظهر'].map(fold));
/** The endings of a Persian ordinal written apart from its figure or glued to it (۲۵ام, ۱۲ امین), folded. */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['م', 'ام', 'مین', 'امین'].map(fold));
const HYPHENS = new Set(['-', '\u2010', '\u2011', '\u2013']);
const PLUS = '+';
/** What joins the parts of a code: ARCoV.2, HCoV - 229, Hipposideros/19. */
const CODE_JOINS = new Set(['.', '/', '_', ...HYPHENS]);
/** Markup and formula signs glued to a number: R<sub>0</sub>, 10<sup>9</sup>, 4×10, 10^9. */
const MARKUP = new Set(['<', '>', '×', '^']);
const QUOTES = new Set(['"', "'"]);
/** Codes that put an amount after them (USD 5) rather than a label. */
const CURRENCY_CODES = new Set(['usd', 'eur', 'gbp', 'us', 'afn', 'irr', 'rub']);

const tables = new Map<Language, PhraseTable<true>>();
function labelNouns(language: Language): PhraseTable<true> {
  let table = tables.get(language);
  if (!table) {
    table = new PhraseTable<true>(language === 'ar' ? ARABIC_CLITICS : []);
    for (const w of LABEL_NOUNS[language].split('|')) table.add(w, true);
    tables.set(language, table);
  }
  return table;
}

/** Whether a (folded) word is a scale word: ألف, مليون, هزار, میلیون. */
function isScaleWord(language: Language, word: string | undefined): boolean {
  if (word === undefined) return false;
  const grammar = language === 'fa' ? persianNumbers : arabicNumbers;
  const m = grammar.isNumberWord(word) ? grammar.parse([word], 0) : undefined;
  return m !== undefined && m.value.units >= 1000n && /^10+$/u.test(m.value.units.toString());
}

const isLatinWord = (w: string | undefined): boolean => w !== undefined && w.length > 0 && isLatinLetter(w.charCodeAt(0));
const isLetterWord = (w: string | undefined): boolean => w !== undefined && w.length > 0 && !startsWithDigit(w) && /\p{L}/u.test(w);

/** A time of day at a digit token `i` (4:40, ۱۲:۳۰:۰۰, الساعة 4.40, ساعت ۶, ۱۱ صبح), with its end. */
function timeAt(doc: PreparedText, i: number): LabelAt | undefined {
  const words = doc.words;
  const word = elementAt(words, i);
  let end = i + 1;
  let minutes = '00';
  if (words[end] === ':' && touching(doc, end - 1) && touching(doc, end) && isDigitRun(words[end + 1] ?? '', 2, 2)) {
    minutes = elementAt(words, end + 1);
    end += 2;
    // Seconds.
    while (words[end] === ':' && touching(doc, end - 1) && touching(doc, end) && isDigitRun(words[end + 1] ?? '', 2, 2)) end += 2;
  }
  const colon = end > i + 1;
  const afterHour = HOUR.has(words[i - 1] ?? '');
  let hours: number;
  if (isDigitRun(word, 1, 2)) hours = Number(word);
  else if (afterHour && /^\d{1,2}\.\d{2}$/u.test(word)) {
    // الساعة 4.40: a dot between hours and minutes.
    [hours, minutes] = [Number(word.split('.')[0]), elementAt(word.split('.'), 1)];
  } else return undefined;
  const part = words[end];
  const pm = part === undefined ? undefined : NOON.has(part) ? hours >= 1 && hours <= 6 : DAY_PARTS.get(part);
  if (!colon && !afterHour && pm === undefined) return undefined;
  if (hours > 24 || Number(minutes) > 59) return undefined;
  if (pm !== undefined) end++;
  const h = pm && hours < 12 ? hours + 12 : hours;
  return { role: 'time', value: `${h}:${minutes}`, first: i, end };
}

/** A telephone number: +98 21 …, 0799 123 456, or a long run starting with 0. */
function phoneAt(doc: PreparedText, i: number): LabelAt | undefined {
  const words = doc.words;
  const plus = words[i - 1] === PLUS && touching(doc, i - 1);
  let end = i;
  let digits = 0;
  let groups = 0;
  while (isDigitRun(words[end] ?? '', 1, 5) && (end === i || !touching(doc, end - 1) || HYPHENS.has(words[end - 1] ?? ''))) {
    digits += elementAt(words, end).length;
    groups++;
    end++;
    // Groups joined by a hyphen: 555-0100.
    if (HYPHENS.has(words[end] ?? '') && touching(doc, end - 1) && touching(doc, end) && isDigitRun(words[end + 1] ?? '', 2, 5)) end++;
  }
  const word = elementAt(words, i);
  const zeroLed = isDigitRun(word, 7, 15) && word.startsWith('0');
  if ((plus && digits >= 7) || zeroLed || (groups >= 3 && digits >= 8 && word.startsWith('0'))) {
    const last = zeroLed && !plus ? i + 1 : end;
    const value = words
      .slice(i, last)
      .filter((w) => isDigitRun(w))
      .join('');
    return { role: 'identifier', value, first: plus ? i - 1 : i, end: last };
  }
  return undefined;
}

/**
 * A number that labels rather than counts, at a token of digits: a time of day, a telephone number, a
 * number glued by a hyphen to a word (COVID-19, SARS-CoV-2, کووید-۱۹, 2019-nCoV) or after a Latin word
 * (Radio 4, S&P 500), a Persian ordinal in digits (۲۵ام, ۱۲ امین), or a number after a
 * noun that names by number (ماده ۵, الدقيقة 25, منطقه ۱۷). `undefined` for a number that may count.
 */
export function labelAt(doc: PreparedText, i: number): LabelAt | undefined {
  const words = doc.words;
  const word = words[i];
  if (word === undefined || !startsWithDigit(word)) return undefined;
  const time = timeAt(doc, i);
  if (time) return time;
  const phone = phoneAt(doc, i);
  if (phone) return phone;
  const value = parseNumeral(word);
  if (!value) return undefined;
  const digits = toDecimalString(value);
  const label = (role: LabelAt['role'], first = i, end = i + 1): LabelAt => ({ role, value: digits, first, end });
  // Glued by a hyphen to letters, on either side; joined to a Latin code by any separator (ARCoV.2,
  // HCoV - 229 E); inside markup or a formula (R<sub>0</sub>, 4×10^9).
  if (HYPHENS.has(words[i - 1] ?? '') && touching(doc, i - 1) && touching(doc, i - 2) && isLetterWord(words[i - 2]))
    return label('identifier');
  if (HYPHENS.has(words[i + 1] ?? '') && touching(doc, i) && touching(doc, i + 1) && isLetterWord(words[i + 2])) return label('identifier');
  if (CODE_JOINS.has(words[i - 1] ?? '') && isLatinWord(words[i - 2]) && (touching(doc, i - 1) || HYPHENS.has(elementAt(words, i - 1))))
    return label('identifier');
  if (/^[A-Z]$/u.test(words[i + 1] ?? '')) return label('identifier');
  if ((MARKUP.has(words[i - 1] ?? '') && touching(doc, i - 1)) || (MARKUP.has(words[i + 1] ?? '') && touching(doc, i)))
    return label('identifier');
  // <seg id="6">: the value of a markup attribute.
  if (words[i - 1] === '=' || (QUOTES.has(words[i - 1] ?? '') && words[i - 2] === '=')) return label('identifier');
  const before = words[i - 1];
  // Radio 4, S&P 500, iPhone 11: a whole number after a Latin word, unless it goes on to count (Gordon ۳.۱۶
  // ملیون ماسک: the name ends a phrase and the number starts the next).
  const counts =
    value.scale > 0 ||
    quantityWords(doc.language).match(words, i + 1, (w) => w.role === 'unit') !== undefined ||
    isScaleWord(doc.language, words[i + 1]);
  if (isLatinWord(before) && !CURRENCY_CODES.has((before as string).toLowerCase()) && !counts) return label('identifier');
  const suffix = words[i + 1] ?? '';
  if (doc.language === 'fa' && ORDINAL_SUFFIXES.has(suffix) && (suffix !== 'م' || touching(doc, i))) return label('ordinal', i, i + 2);
  if (
    before !== undefined &&
    labelNouns(doc.language).match(words, i - 1)?.end === i &&
    !quantityWords(doc.language).match(words, i + 1, (w) => w.role === 'unit')
  ) {
    return label('ordinal');
  }
  return undefined;
}
