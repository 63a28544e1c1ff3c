import type { CalendarName } from '../calendars/index.js';
import { spellArabicOrdinal } from './number-words/ar.js';
import { spellPersianOrdinal } from './number-words/fa.js';
import { monthNames } from './months.js';
import { ARABIC_CLITICS, PhraseTable } from './phrases.js';

/** The part of a month a word names: early = days 1–10, middle = 11–20, late = 21 to the end. */
export type PartOfMonth = 'early' | 'middle' | 'late';

/** What a time unit word counts in relative expressions (العام الماضي, هفته گذشته, أمس). */
export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** The role a word or phrase plays in a date. A word can have several (ماه is "month" before a name and the unit in ماه گذشته). */
export type DateWord =
  | { readonly role: 'month'; readonly calendar: CalendarName; readonly month: number; readonly weak: boolean }
  /** شهر / ماه before a month name, ماه after one (آذر ماه). */
  | { readonly role: 'month-word' }
  | { readonly role: 'part'; readonly part: PartOfMonth }
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  | { readonly role: 'weekday'; readonly weekday: number }
  /** يوم, اليوم, روز, امروز before a weekday. */
  | { readonly role: 'day-word' }
  /** عام, سنة, سال before a year number. */
  | { readonly role: 'year-word' }
  /** A unit that a relative word can follow: العام الماضي, الشهر الجاري, هفته گذشته. */
  | { readonly role: 'unit'; readonly unit: TimeUnit }
  /** الماضي, الجاري, المقبل, گذشته, جاری, آینده: -1, 0, +1. */
  | { readonly role: 'relative'; readonly offset: number }
  /** One word that is a whole relative date: أمس, دیروز, امسال, پارسال. */
  | { readonly role: 'deictic'; readonly unit: TimeUnit; readonly offset: number }
  /** هذا, هذه, این: "this" before a unit. */
  | { readonly role: 'this' }
  /** A calendar marker after a year (م, هـ, ه.ش, میلادی, خورشیدی); `hijri` when it does not say solar or lunar. */
  | { readonly role: 'era'; readonly calendar: CalendarName | 'hijri' }
  /** A day of the month as an ordinal word: Persian دوازدهم آذر, Arabic الثاني عشر من ديسمبر (which needs من). */
  | { readonly role: 'ordinal-day'; readonly day: number; readonly needsOf: boolean }
  /** من in الخامس من ديسمبر and ديسمبر من العام الماضي. */
  | { readonly role: 'of' }
  /** الموافق, برابر با: joins a weekday or another calendar's date to a date. */
  | { readonly role: 'corresponding' }
  /** في, منذ, حتى, در, از, تا: before a bare four-digit number, they make it a year (في 2016, از ۱۴۰۰). */
  | { readonly role: 'before-year' };

type Language = 'ar' | 'fa';

function weekdayNames(locale: string): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2024, 0, 1 + i))));
}

const WORDS: Readonly<Record<Language, readonly (readonly [string, DateWord])[]>> = {
  ar: [
    ...['شهر'].map((w) => [w, { role: 'month-word' }] as const),
    ...['مطلع', 'أوائل', 'بداية', 'بدايات', 'مستهل'].map((w) => [w, { role: 'part', part: 'early' }] as const),
    ...['منتصف', 'أواسط', 'وسط'].map((w) => [w, { role: 'part', part: 'middle' }] as const),
    ...['أواخر', 'نهاية', 'نهايات', 'آخر', 'ختام', 'خواتيم'].map((w) => [w, { role: 'part', part: 'late' }] as const),
    ...['يوم', 'اليوم'].map((w) => [w, { role: 'day-word' }] as const),
    // عامي and سنتي, the years of a range: بين عامي 1999 و2000.
    ...['عام', 'العام', 'سنة', 'السنة', 'عامي', 'سنتي'].map((w) => [w, { role: 'year-word' }] as const),
    ...['العام', 'السنة'].map((w) => [w, { role: 'unit', unit: 'year' }] as const),
    ['الشهر', { role: 'unit', unit: 'month' }],
    ['الأسبوع', { role: 'unit', unit: 'week' }],
    ...['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق', 'السابقة', 'المنقضي', 'المنقضية'].map(
      (w) => [w, { role: 'relative', offset: -1 }] as const,
    ),
    ...['قبل الماضي', 'قبل الماضية'].map((w) => [w, { role: 'relative', offset: -2 }] as const),
    ...['الحالي', 'الحالية', 'الجاري', 'الجارية'].map((w) => [w, { role: 'relative', offset: 0 }] as const),
    ...['المقبل', 'المقبلة', 'القادم', 'القادمة'].map((w) => [w, { role: 'relative', offset: 1 }] as const),
    ...['أمس', 'الأمس'].map((w) => [w, { role: 'deictic', unit: 'day', offset: -1 }] as const),
    ...['أول أمس', 'أمس الأول'].map((w) => [w, { role: 'deictic', unit: 'day', offset: -2 }] as const),
    ...['هذا', 'هذه'].map((w) => [w, { role: 'this' }] as const),
    ...['م', 'ميلادي', 'ميلادية', 'للميلاد'].map((w) => [w, { role: 'era', calendar: 'gregorian' }] as const),
    ...['هـ', 'هجري', 'هجرية', 'للهجرة', 'ه.ق', 'هـ.ق', 'هجري قمري', 'هجرية قمرية'].map(
      (w) => [w, { role: 'era', calendar: /ق/.test(w) ? 'islamic' : 'hijri' }] as const,
    ),
    ...['ه.ش', 'هـ.ش', 'هجري شمسي', 'هجرية شمسية', 'شمسي', 'شمسية'].map((w) => [w, { role: 'era', calendar: 'persian' }] as const),
    ['من', { role: 'of' }],
    ['الموافق', { role: 'corresponding' }],
    ...['في', 'منذ', 'حتى', 'بحلول', 'خلال'].map((w) => [w, { role: 'before-year' }] as const),
  ],
  fa: [
    ['ماه', { role: 'month-word' }],
    ...['اوایل', 'ابتدای', 'ابتدا', 'آغاز', 'اوائل'].map((w) => [w, { role: 'part', part: 'early' }] as const),
    ...['اواسط', 'نیمه', 'میانه', 'وسط'].map((w) => [w, { role: 'part', part: 'middle' }] as const),
    ...['اواخر', 'پایان', 'انتهای', 'آخر'].map((w) => [w, { role: 'part', part: 'late' }] as const),
    ...['روز', 'امروز'].map((w) => [w, { role: 'day-word' }] as const),
    ['سال', { role: 'year-word' }],
    ['سال', { role: 'unit', unit: 'year' }],
    ['ماه', { role: 'unit', unit: 'month' }],
    ['هفته', { role: 'unit', unit: 'week' }],
    ...['گذشته', 'پیش', 'قبل', 'پار', 'ماضی'].map((w) => [w, { role: 'relative', offset: -1 }] as const),
    ...['جاری', 'کنونی', 'فعلی', 'حاضر', 'جاري'].map((w) => [w, { role: 'relative', offset: 0 }] as const),
    // پیش رو, پیش‌رو: "ahead", not the پیش of هفته پیش (last week).
    ...['آینده', 'آتی', 'بعد', 'پیش رو', 'پیش‌رو'].map((w) => [w, { role: 'relative', offset: 1 }] as const),
    ['دیروز', { role: 'deictic', unit: 'day', offset: -1 }],
    ['پریروز', { role: 'deictic', unit: 'day', offset: -2 }],
    ['امسال', { role: 'deictic', unit: 'year', offset: 0 }],
    ['پارسال', { role: 'deictic', unit: 'year', offset: -1 }],
    ['این', { role: 'this' }],
    ...['میلادی', 'م'].map((w) => [w, { role: 'era', calendar: 'gregorian' }] as const),
    ...['ه.ش', 'هـ.ش', 'ه‍.ش', 'ش', 'هجری شمسی', 'شمسی', 'خورشیدی', 'هجری خورشیدی'].map(
      (w) => [w, { role: 'era', calendar: 'persian' }] as const,
    ),
    ...['ه.ق', 'هـ.ق', 'ه‍.ق', 'ق', 'هجری قمری', 'قمری'].map((w) => [w, { role: 'era', calendar: 'islamic' }] as const),
    ['هجری', { role: 'era', calendar: 'hijri' }],
    ...['برابر با', 'مطابق با', 'مصادف با'].map((w) => [w, { role: 'corresponding' }] as const),
    ...['در', 'از', 'تا', 'طی'].map((w) => [w, { role: 'before-year' }] as const),
  ],
};

const tables = new Map<Language, PhraseTable<DateWord>>();

/** Every word and phrase the date extractor reads in a language, with its role. */
export function dateWords(language: Language): PhraseTable<DateWord> {
  let table = tables.get(language);
  if (table) return table;
  table = new PhraseTable<DateWord>(language === 'ar' ? ARABIC_CLITICS : []);
  for (const [phrase, word] of WORDS[language]) table.add(phrase, word);
  for (const m of monthNames(language)) {
    table.add(m.name, { role: 'month', calendar: m.calendar, month: m.month, weak: m.weak });
    // آذرماه, دی‌ماه: ماه glued to the name leaves no doubt that it is the month.
    if (language === 'fa') table.add(`${m.name}ماه`, { role: 'month', calendar: m.calendar, month: m.month, weak: false });
  }
  weekdayNames(language).forEach((name, i) => {
    table.add(name, { role: 'weekday', weekday: i + 1 });
    // سه‌شنبه is also typed سه شنبه.
    if (name.includes('\u200c')) table.add(name.replace(/\u200c/g, ' '), { role: 'weekday', weekday: i + 1 });
    if (language === 'fa' && /^.+شنبه$/.test(name) && !name.includes('\u200c'))
      table.add(name.replace(/شنبه$/, ' شنبه'), { role: 'weekday', weekday: i + 1 });
  });
  for (let day = 1; day <= 31; day++) {
    if (language === 'ar') table.add(spellArabicOrdinal(day), { role: 'ordinal-day', day, needsOf: true });
    else {
      for (const glued of [false, true]) table.add(spellPersianOrdinal(day, 'م', { glued }), { role: 'ordinal-day', day, needsOf: false });
    }
  }
  if (language === 'fa') table.add('اول', { role: 'ordinal-day', day: 1, needsOf: false });
  tables.set(language, table);
  return table;
}
