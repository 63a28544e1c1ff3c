import { normalize } from '../../text/normalize.js';

/**
 * Month and weekday names. The names a locale uses come from `Intl` (CLDR): Gregorian months as written in
 * Egypt and the Gulf (يناير), the Levant and Iraq (كانون الثاني), the Maghreb (يوليوز, جانفي), Iran (ژانویه)
 * and Afghanistan (جنوری); Hijri months; weekdays. Hand-written here are the spellings CLDR does not give
 * (إبريل, يونيه, ژوییه, جولای …) and the Solar Hijri months as Arabic news writes them.
 *
 * The Persian May, مه and می, is left to the phrases ماه مه and ماه می: alone, مه is also "fog" and می is
 * the verbal prefix when it is written apart from its verb.
 */

const GREGORIAN_AR = ['ar-EG', 'ar-SY', 'ar-MA', 'ar-DZ', 'ar-TN'];
const GREGORIAN_FA = ['fa-IR', 'fa-AF'];
const AMBIGUOUS_FA = new Set(['مه', 'می']);

const GREGORIAN_EXTRA: readonly (readonly [string, string])[] = [
  ['', 'ژانوئیه'],
  ['', 'فبروری'],
  ['', 'مارچ'],
  ['إبريل/ابريل/أفريل', 'آوریل/اوریل/آپریل/اپریل'],
  ['أيار/مايو/ماي', 'ماه مه/ماه می'],
  ['يونيه/جوان', 'ژوئن/جون'],
  ['يوليه/جويلية/يوليوز', 'ژوئیه/ژوییه/جولای'],
  ['أغسطس/آب/أوت/غشت', 'اوت/آگوست/اگست'],
  ['', 'سپتمبر'],
  ['', 'اکتوبر'],
  ['', 'نومبر'],
  ['', 'دسمبر'],
];

// The Dari names of the solar months (حمل, ثور … حوت) are left out: Arabic news does not use them, and
// alone they are common words (میزان "level", جدی "serious", سرطان "cancer").
const SOLAR_HIJRI: readonly string[] = [
  'فروردين | فروردین',
  'أرديبهشت | اردیبهشت',
  'خرداد | خرداد',
  'تير | تیر',
  'مرداد | مرداد',
  'شهريور | شهریور',
  'مهر | مهر',
  'آبان | آبان',
  'آذر | آذر',
  'دي | دی',
  'بهمن | بهمن',
  'إسفند | اسفند',
];

const HIJRI_EXTRA: readonly (readonly [string, string])[] = [
  ['محرم الحرام', 'محرم‌الحرام'],
  ['', ''],
  ['', ''],
  ['ربيع الثاني', 'ربیع‌الآخر'],
  ['جمادى الأول', 'جمادی‌الاولی'],
  ['جمادى الثانية/جمادى الآخر', 'جمادی‌الآخر'],
  ['', ''],
  ['', ''],
  ['رمضان المبارك', 'ماه رمضان'],
  ['', ''],
  ['ذي القعدة/ذو القعدة', 'ذی‌القعده'],
  ['ذي الحجة/ذو الحجة', 'ذی‌الحجه'],
];

type Format = (date: Date) => string;

/** A formatter for one field of a locale and calendar, or none when the engine lacks that locale's data. */
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Format | undefined {
  try {
    const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    return (date) => format.format(date);
  } catch {
    return undefined;
  }
}

function formatters(locales: readonly string[], calendar: string, options: Intl.DateTimeFormatOptions): Format[] {
  return locales.flatMap((locale) => formatter(`${locale}-u-ca-${calendar}`, options) ?? []);
}

/** A day inside the given month (0-based) of the Umm al-Qura year 1446 (it began on 7 July 2024). */
function islamicMonthDate(month: number): Date {
  return new Date(Date.UTC(2024, 6, 22) + month * 29.5 * 86_400_000);
}

/** Distinct forms, by their folded spelling (CLDR and the extras often differ only in hamza or yeh). */
function distinct(forms: readonly string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = normalize(f).text;
    if (key.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function line(arabic: readonly string[], persian: readonly string[]): string {
  const a = distinct(arabic);
  const p = distinct(persian.filter((f) => !AMBIGUOUS_FA.has(f)));
  return a.length > 0 && p.length > 0 ? `${a.join('/')} | ${p.join('/')}` : '';
}

/** The calendar entries, one line per month or weekday. */
export function calendar(): string {
  const month = { month: 'long' } as const;
  const gregorianAr = formatters(GREGORIAN_AR, 'gregory', month);
  const gregorianFa = formatters(GREGORIAN_FA, 'gregory', month);
  const hijriAr = formatters(['ar'], 'islamic-umalqura', month);
  const hijriFa = formatters(['fa-IR'], 'islamic-umalqura', month);
  const weekdayAr = formatters(['ar'], 'gregory', { weekday: 'long' });
  const weekdayFa = formatters(['fa-IR'], 'gregory', { weekday: 'long' });
  const names = (formats: readonly Format[], date: Date): string[] => formats.map((f) => f(date));
  const lines: string[] = [];
  for (let m = 0; m < 12; m++) {
    const mid = new Date(Date.UTC(2024, m, 15));
    const [arExtra, faExtra] = GREGORIAN_EXTRA[m] ?? ['', ''];
    lines.push(line([...names(gregorianAr, mid), ...arExtra.split('/')], [...names(gregorianFa, mid), ...faExtra.split('/')]));
    const hijri = islamicMonthDate(m);
    const [arHijri, faHijri] = HIJRI_EXTRA[m] ?? ['', ''];
    lines.push(line([...names(hijriAr, hijri), ...arHijri.split('/')], [...names(hijriFa, hijri), ...faHijri.split('/')]));
  }
  for (let d = 0; d < 7; d++) {
    // 7 January 2024 was a Sunday.
    const day = new Date(Date.UTC(2024, 0, 7 + d));
    lines.push(line(names(weekdayAr, day), names(weekdayFa, day)));
  }
  return lines.concat(SOLAR_HIJRI).join('\n');
}
