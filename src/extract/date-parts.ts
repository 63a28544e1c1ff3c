// The small pieces the date grammar is built from: the words of a date by role, which years are plausible in
// which calendar, the separators and joins of ranges, parts of a month (اوایل, أواخر) and a range's year.

import { elementAt } from '../contract/element-at.js';
import { dateWords, type DateWord, type PartOfMonth } from '../lexicon/date-words.js';
import { isDigitRun } from '../lexicon/number-words/decimal.js';
import type { Language } from '../text/language.js';
import { normalize } from '../text/normalize.js';
import type { CalendarName, DateReading, RelativeDate } from './date-mention.js';
import { touching, type PreparedText } from './document.js';

export type Role = DateWord['role'];
export type WordOf<R extends Role> = Extract<DateWord, { readonly role: R }>;
/** What the grammar found at a position: the tokens it spans and what they say. */
export interface Found {
  readonly first: number;
  readonly clitic: number;
  readonly end: number;
  readonly reading: DateReading;
}
export interface Month {
  readonly calendar: CalendarName;
  readonly month: number;
  readonly end: number;
  readonly clitic: number;
  /** Whether the month is certainly a month: a strong name, or a weak one with ماه/شهر or its twin beside it. */
  readonly certain: boolean;
}
export interface YearAfterMonth {
  readonly end: number;
  readonly year?: number;
  readonly relative?: RelativeDate;
}
export const SEPARATORS = new Set(['/', '-', '\u2013', '(']);
export const COMMAS = new Set(['،', ',', '-', '\u2013']);
/** Persian words after which دوشنبه names the city: to, in, from, until, city. */
export const PLACE_PREPOSITIONS = new Set(['به', 'در', 'از', 'تا', 'شهر']);
/**
 * Parts of a month that are also common nouns (آغاز "start", پایان "end", نهاية): beside a weak month name
 * (می is also the verb prefix) they do not make it a month; مطلع, اوایل, أواخر do.
 */
export const WEAK_PARTS = new Set(
  ['آغاز', 'پایان', 'ابتدای', 'ابتدا', 'انتهای', 'آخر', 'نیمه', 'میانه', 'وسط', 'بداية', 'نهاية', 'ختام'].map((w) => normalize(w).text),
);
/** Whether a year is one of this era in its calendar, as a weak month name with a year needs to be read as a month. */
export function plausibleYear(year: number, calendar: CalendarName): boolean {
  return calendar === 'gregorian'
    ? year >= 1900 && year <= 2100
    : calendar === 'persian'
      ? year >= 1250 && year <= 1500
      : year >= 1300 && year <= 1500;
}
/** The calendar a year written without a marker is in: a year near 1400 is Solar Hijri in Persian, lunar Hijri in Arabic. */
export function yearCalendar(year: number, language: Language): CalendarName {
  if (language === 'fa' && year >= 1250 && year <= 1500) return 'persian';
  if (language === 'ar' && year >= 1300 && year <= 1500) return 'islamic';
  return 'gregorian';
}
export function eraCalendar(era: WordOf<'era'>, language: Language): CalendarName {
  if (era.calendar !== 'hijri') return era.calendar;
  return language === 'fa' ? 'persian' : 'islamic';
}
/** The words that join the two ends of a range: 1–10 يناير, ۱۰-۱ ژانویه, من 1 إلى 10, از ۵ تا ۱۰ قوس, بين 3 و5 مايو. */
export const RANGE_JOINS = new Set(['-', '\u2013', 'الى', 'حتى', 'و', 'تا', 'الي', 'لغايه'].map((w) => normalize(w).text));
/** At most so many years between the two ends of a range of years (1999-2000, 2000-1999). */
export const MAX_RANGE_YEARS = 30;
export const PRONOUNS = ['ها', 'ه'];
/** A part-of-month word at token `i` (اواسط, منتصف), or with a pronoun for a month named before (أواخره). */
export function partAt(doc: PreparedText, i: number, pronoun = false): { part: PartOfMonth; end: number; clitic: number } | undefined {
  const table = dateWords(doc.language);
  const word = doc.words[i];
  if (word === undefined) return undefined;
  const candidates = pronoun
    ? PRONOUNS.filter((x) => word.endsWith(x) && word.length > x.length + 2).map((x) => word.slice(0, -x.length))
    : [word];
  for (const w of candidates) {
    const m = table.match([w], 0, (x) => x.role === 'part');
    if (m && m.value.role === 'part' && m.end === 1) return { part: m.value.part, end: i + 1, clitic: m.clitic };
  }
  return undefined;
}
/** The other end of a range of years at a year `f`: a four-digit year a dash away, before or after it. */
export function rangeYear(
  doc: PreparedText,
  f: Found,
  previousEnd: number,
  next: Found | undefined,
): { found: Found; before: boolean } | undefined {
  const words = doc.words;
  const year = f.reading.fields.year as number;
  const at = (i: number, before: boolean): { found: Found; before: boolean } | undefined => {
    const w = words[i] ?? '';
    // 2007–08: the later year abbreviated to its last two digits.
    const short = isDigitRun(w, 2, 2) ? Math.floor(year / 100) * 100 + Number(w) : NaN;
    const other = isDigitRun(w, 4, 4) ? Number(w) : short <= year ? short + 100 : short;
    if (!(Math.abs(other - year) <= MAX_RANGE_YEARS && other !== year)) return undefined;
    return { found: { first: i, clitic: 0, end: i + 1, reading: { ...f.reading, fields: { year: other } } }, before };
  };
  // A dash joins the two touching (2000-1999); a word joins them with spaces (عامي 1999 و2000).
  const joined = (i: number): boolean =>
    RANGE_JOINS.has(words[i] ?? '') && (!DASHES.has(elementAt(words, i)) || (touching(doc, i - 1) && touching(doc, i)));
  if (joined(f.end) && (!next || next.first > f.end + 1)) {
    const after = at(f.end + 1, false);
    if (after) return after;
  }
  if (joined(f.first - 1) && f.first - 2 >= previousEnd) return at(f.first - 2, true);
  return undefined;
}
export const DASHES = new Set(['-', '\u2013']);
