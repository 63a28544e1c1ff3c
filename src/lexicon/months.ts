import { calendarFor, type CalendarName, type CalendarSystem } from '../calendars/index.js';
import { gregorian } from '../calendars/gregorian.js';
import { normalize } from '../text/normalize.js';

/** A month name as the date extractor looks it up. */
export interface MonthName {
  /** The name in its usual spelling (`كانون الثاني`, `ذی‌الحجه`). */
  readonly name: string;
  readonly calendar: CalendarName;
  /** 1–12 in its calendar (Farvardin/Hamal = 1, Muharram = 1). */
  readonly month: number;
  /**
   * Also an ordinary word or a name (میزان "level", قوس "arc", مارس "practised", صفر "zero", رمضان a
   * first name): a date only with a day, a year, ماه/شهر or a part-of-month word beside it.
   */
  readonly weak: boolean;
}

type Language = 'ar' | 'fa';

/** The locales whose `Intl.DateTimeFormat` month names each language reads, per calendar. */
const INTL_SOURCES: Readonly<Record<Language, readonly (readonly [string, CalendarName])[]>> = {
  ar: [
    ['ar-EG', 'gregorian'], // يناير … ديسمبر
    ['ar-SY', 'gregorian'], // كانون الثاني … كانون الأول
    ['ar-MA', 'gregorian'], // ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر
    ['ar-DZ', 'gregorian'], // جانفي، فيفري، أفريل، جوان، جويلية، أوت
    ['ar-SA', 'islamic'],
  ],
  fa: [
    ['fa-IR', 'gregorian'], // ژانویه … دسامبر
    ['fa-AF', 'gregorian'], // جنوری … دسمبر
    ['fa-IR', 'persian'], // فروردین … اسفند
    ['fa-AF', 'persian'], // حمل … حوت
    ['fa', 'islamic'], // محرم … ذیحجه
    ['ar-SA', 'islamic'], // Persian texts also use the Arabic spellings: ذو الحجة
  ],
};

/** Spellings Intl does not give, in common use. */
const EXTRA: Readonly<Record<Language, readonly (readonly [CalendarName, number, string])[]>> = {
  ar: [
    ['gregorian', 4, 'إبريل'],
    ['gregorian', 6, 'يونيه'],
    ['gregorian', 7, 'يوليه'],
    ['gregorian', 1, 'كانون ثاني'],
    ['gregorian', 10, 'تشرين أول'],
    ['gregorian', 11, 'تشرين ثاني'],
    ['gregorian', 12, 'كانون أول'],
    ['islamic', 4, 'ربيع الثاني'],
    ['islamic', 5, 'جمادى الأول'],
    ['islamic', 6, 'جمادى الثانية'],
    ['islamic', 6, 'جمادى الثاني'],
    ['islamic', 6, 'جمادى الآخر'],
    ['islamic', 11, 'ذي القعدة'],
    ['islamic', 12, 'ذي الحجة'],
    // Iranian month names as Arabic writes them (Intl's Arabic names for the Persian calendar are not in use).
    ...(['فروردين', 'أرديبهشت', 'خرداد', 'تير', 'مرداد', 'شهريور', 'مهر', 'آبان', 'آذر', 'دي', 'بهمن', 'إسفند'] as const).map(
      (name, i) => ['persian', i + 1, name] as const,
    ),
  ],
  fa: [
    ['gregorian', 1, 'ژانویهٔ'],
    ['gregorian', 2, 'فوریهٔ'],
    ['gregorian', 4, 'اپریل'],
    ['gregorian', 5, 'می'],
    ['gregorian', 5, 'مى'],
    ['gregorian', 6, 'جون'],
    ['gregorian', 7, 'ژوئیهٔ'],
    ['gregorian', 7, 'جولای'],
    ['gregorian', 8, 'آگوست'],
    ['gregorian', 8, 'اگوست'],
    ['gregorian', 8, 'آگست'],
    ['gregorian', 9, 'سپتامبر'],
    ['gregorian', 10, 'اکتبر'],
    ['gregorian', 11, 'نوامبر'],
    ['persian', 3, 'جوزای'],
    ['persian', 6, 'سنبله'],
    ['islamic', 1, 'محرم‌الحرام'],
    ['islamic', 3, 'ربیع‌الاول'],
    ['islamic', 4, 'ربیع‌الآخر'],
    ['islamic', 5, 'جمادی‌الاولی'],
    ['islamic', 6, 'جمادی‌الآخر'],
    ['islamic', 6, 'جمادی‌الآخره'],
    ['islamic', 6, 'جمادی‌الثانیه'],
    ['islamic', 9, 'رمضان‌المبارک'],
    ['islamic', 11, 'ذی‌القعده'],
    ['islamic', 11, 'ذوالقعده'],
    ['islamic', 12, 'ذی‌الحجه'],
    ['islamic', 12, 'ذوالحجه'],
  ],
};

/** Names that are also common words or names; see {@link MonthName.weak}. */
const WEAK: Readonly<Record<Language, string>> = {
  ar: 'مارس آب تموز ماي جوان أوت محرم صفر رجب شعبان رمضان شوال فروردين أرديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن إسفند',
  fa: 'می مه مى جون اوت حمل ثور جوزای سرطان اسد میزان عقرب قوس جدی دلو حوت تیر مهر دی بهمن محرم صفر رجب شعبان رمضان شوال',
};

// A year in each calendar that lies inside the range every engine supports well.
const SAMPLE_YEAR: Readonly<Record<CalendarName, number>> = { gregorian: 2025, persian: 1404, islamic: 1446 };

/**
 * The twelve month names of a calendar in a locale, as `Intl.DateTimeFormat` writes them alone and
 * inside a date (the two can differ), e.g. `intlMonthNames('fa-AF', calendarFor('persian'))` → حمل … حوت.
 */
function intlMonthNames(locale: string, calendar: CalendarSystem): string[][] {
  const tag = `${locale}-u-ca-${calendar.intlCalendar}`;
  const alone = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
  const inDate = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const names: string[][] = [];
  for (let month = 1; month <= 12; month++) {
    const day = calendar.toDay(SAMPLE_YEAR[calendar.name], month, 15) as number;
    const { year, month: m, day: d } = gregorian.fromDay(day);
    const date = new Date(Date.UTC(year, m - 1, d));
    const inDateName = inDate.formatToParts(date).find((p) => p.type === 'month')?.value;
    names.push([...new Set([alone.format(date), ...(inDateName ? [inDateName] : [])])]);
  }
  return names;
}

const cache = new Map<Language, readonly MonthName[]>();

/**
 * Every month name a language writes dates with: the names `Intl.DateTimeFormat` gives in the locales and
 * calendars of that language, and the spellings Intl lacks. The language decides: آذار is March in an
 * Arabic text, آذر the ninth Solar Hijri month in a Persian one.
 */
export function monthNames(language: Language): readonly MonthName[] {
  let names = cache.get(language);
  if (names) return names;
  const weak = new Set(WEAK[language].split(' ').map((w) => normalize(w).text));
  const seen = new Set<string>();
  const list: MonthName[] = [];
  const push = (calendar: CalendarName, month: number, name: string): void => {
    const key = `${calendar}:${month}:${normalize(name).text}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push({ name, calendar, month, weak: weak.has(normalize(name).text) });
  };
  for (const [locale, calendar] of INTL_SOURCES[language]) {
    intlMonthNames(locale, calendarFor(calendar)).forEach((forms, i) => {
      forms.forEach((name) => {
        push(calendar, i + 1, name);
      });
    });
  }
  for (const [calendar, month, name] of EXTRA[language]) push(calendar, month, name);
  // Two-word names are also typed as one (ذوالحجة), one-word names with a ZWNJ also with a space (ربیع الاول).
  for (const m of [...list]) {
    if (m.name.includes(' ')) push(m.calendar, m.month, m.name.replace(/ /g, ''));
    if (m.name.includes('\u200c')) push(m.calendar, m.month, m.name.replace(/\u200c/g, ' '));
  }
  names = list;
  cache.set(language, names);
  return names;
}
