import { CalendarDate, GregorianCalendar, startOfWeek } from '@internationalized/date';
import {
  calendarFor,
  fromIsoDate,
  toIsoDate,
  toMonthDay,
  type CalendarName,
  type CalendarSystem,
  type IslamicVariant,
} from '../calendars/index.js';
import type { PartOfMonth, TimeUnit } from '../lexicon/date-words.js';
import { elementAt } from '../contract/element-at.js';

export type { CalendarName, IslamicVariant } from '../calendars/index.js';
export type { PartOfMonth, TimeUnit } from '../lexicon/date-words.js';

/** How much of the time line a date names. */
export type DatePrecision = 'day' | 'week' | 'part-of-month' | 'month' | 'year';

/** The fields of a date as written, in its own calendar. */
export interface DateFields {
  /** Day of the month. */
  readonly day?: number;
  /** 1–12 in the mention's calendar (Farvardin/Hamal = 1, Muharram = 1). */
  readonly month?: number;
  /** The year as written, in the mention's calendar (1403 for Solar Hijri, 1446 for lunar Hijri). */
  readonly year?: number;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  readonly weekday?: number;
  /**
   * Part of the month (مطلع, اواسط, أواخر …): early = days 1–10, middle = 11–20, late = 21 to the end. With a
   * year alone (أواخر عام 2024) it is kept here, but the interval stays the whole year: no convention says
   * which months "late in the year" covers.
   */
  readonly qualifier?: PartOfMonth;
}

/**
 * A date given relative to the reference (publication) date.
 *
 * Without a month or weekday in the fields, `offset` counts units from the reference: العام الماضي is
 * `{ unit: 'year', offset: -1 }`, أمس `{ unit: 'day', offset: -1 }`, هذا الأسبوع `{ unit: 'week', offset: 0 }`.
 * With a month or weekday, it picks an occurrence of it: ديسمبر الماضي (`{ unit: 'month', offset: -1 }`) is
 * the latest December before the reference month, الأربعاء المقبل (`{ unit: 'day', offset: 1 }`) the first
 * Wednesday after the reference date, and ديسمبر العام الماضي (`{ unit: 'year', offset: -1 }`) December of
 * the year before the reference year.
 */
export interface RelativeDate {
  /** What the expression counts: days (أمس), weeks (الأسبوع الماضي), months (الشهر الماضي, ديسمبر الماضي) or years. */
  readonly unit: TimeUnit;
  /** -2 (قبل الماضي), -1 (الماضي, گذشته, أمس), 0 (الجاري, امسال), +1 (المقبل, آینده). */
  readonly offset: number;
}

/** An inclusive range of Gregorian days, `YYYY-MM-DD`. */
export interface DateInterval {
  /** The first day, `YYYY-MM-DD`. */
  readonly start: string;
  /** The last day, `YYYY-MM-DD`. */
  readonly end: string;
}

/**
 * The Gregorian days a date without a year falls on in every year, `--MM-DD` (inclusive; `end` before
 * `start` when the range crosses New Year). Only solar calendars have one: Qaws is about 22 November –
 * 21 December in every year, a lunar month has no fixed place.
 */
export interface YearlessRange {
  /** The earliest first day in any year, `--MM-DD`. */
  readonly start: string;
  /** The latest last day in any year, `--MM-DD`. */
  readonly end: string;
}

/** A date found in a text. */
export interface DateMention {
  /** The words of the date as written: `source.slice(start, end)`. */
  readonly text: string;
  /** Offset of the first UTF-16 code unit in the caller's string. */
  readonly start: number;
  /** Offset one past the last code unit in the caller's string. */
  readonly end: number;
  /** The calendar the date is written in. */
  readonly calendar: CalendarName;
  /** For lunar Hijri dates, the variant used to place them on the Gregorian time line. */
  readonly islamicVariant?: IslamicVariant;
  /** The fields as written, in the mention's calendar. */
  readonly fields: DateFields;
  /** How much of the time line the date names: a day, a week, part of a month, a month or a year. */
  readonly precision: DatePrecision;
  /** For a date given relative to the publication date (العام الماضي, ديسمبر الماضي, سال گذشته), how. */
  readonly relative?: RelativeDate;
  /** The Gregorian days the date covers, when they are known (a year is written or a reference date is given). */
  readonly interval?: DateInterval;
  /** When no year is known and the calendar is solar, the days it falls on in any year. */
  readonly yearless?: YearlessRange;
  /** When a weekday is written next to a full date: whether that date falls on it. */
  readonly weekdayCheck?: 'agrees' | 'disagrees';
}

/** What the grammar read; everything else about a mention follows from it. */
export interface DateReading {
  readonly calendar: CalendarName;
  readonly fields: DateFields;
  readonly precision: DatePrecision;
  readonly relative?: RelativeDate;
}

/** An inclusive range of Julian day numbers. */
export interface DayRange {
  readonly start: number;
  readonly end: number;
}

const GREGORIAN = new GregorianCalendar();

function partDays(
  cal: CalendarSystem,
  year: number,
  month: number,
  part: PartOfMonth | undefined,
  day: number | undefined,
): [number, number] {
  if (day !== undefined) return [day, day];
  const last = cal.daysInMonth(year, month);
  switch (part) {
    case 'early':
      return [1, 10];
    case 'middle':
      return [11, 20];
    case 'late':
      return [21, last];
    default:
      return [1, last];
  }
}

/** The days of a month (or its part, or one day of it) in a given year. */
function monthRange(cal: CalendarSystem, year: number, month: number, fields: DateFields): DayRange | undefined {
  const [from, to] = partDays(cal, year, month, fields.qualifier, fields.day);
  const start = cal.toDay(year, month, from);
  const end = cal.toDay(year, month, to);
  return start === undefined || end === undefined ? undefined : { start, end };
}

function yearRange(cal: CalendarSystem, year: number): DayRange | undefined {
  const start = cal.toDay(year, 1, 1);
  const end = cal.toDay(year, 12, cal.daysInMonth(year, 12));
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** ISO weekday (Monday = 1) of a Julian day number. */
function isoWeekday(day: number): number {
  return (((day % 7) + 7) % 7) + 1;
}

/** Weeks run Saturday to Friday, as CLDR's week data has it for Arabic and Persian. */
function weekStart(day: number): number {
  const date = GREGORIAN.fromJulianDay(day);
  const start = startOfWeek(new CalendarDate(GREGORIAN, date.year, date.month, date.day), 'fa');
  return GREGORIAN.toJulianDay(start);
}

/** The interval a reading covers in one given year of its calendar (for year-independent comparisons). */
export function rangeInYear(reading: DateReading, year: number, islamic: IslamicVariant): DayRange | undefined {
  const cal = calendarFor(reading.calendar, islamic);
  const { month } = reading.fields;
  return month === undefined ? yearRange(cal, year) : monthRange(cal, year, month, reading.fields);
}

/**
 * Places a reading on the time line: directly when its year is written, otherwise against the reference
 * date (a Julian day number) by the project's conventions. `undefined` when neither is possible.
 */
export function resolveReading(reading: DateReading, islamic: IslamicVariant, reference: number | undefined): DayRange | undefined {
  const cal = calendarFor(reading.calendar, islamic);
  const { fields, relative } = reading;
  if (fields.year !== undefined) return rangeInYear(reading, fields.year, islamic);
  if (reference === undefined) return undefined;
  const ref = cal.fromDay(reference);
  const offset = relative?.offset ?? 0;
  if (fields.month !== undefined) {
    const m = fields.month;
    let year: number;
    if (relative?.unit === 'year') year = ref.year + offset;
    else if (relative && offset < 0)
      year = m < ref.month ? ref.year : ref.year - 1; // the latest such month before the reference month
    else if (relative && offset > 0) year = m > ref.month ? ref.year : ref.year + 1;
    else if (relative) year = ref.year;
    // A bare month or day: its latest occurrence on or before the reference date.
    else year = m < ref.month || (m === ref.month && (fields.day ?? 1) <= ref.day) ? ref.year : ref.year - 1;
    return monthRange(cal, year, m, fields);
  }
  if (fields.weekday !== undefined) {
    const back = (isoWeekday(reference) - fields.weekday + 7) % 7;
    let day = reference - back; // latest on or before the reference date
    if (offset < 0 && back === 0) day -= 7;
    if (offset > 0) day += 7;
    return { start: day, end: day };
  }
  if (!relative) return undefined;
  switch (relative.unit) {
    case 'day':
      return { start: reference + offset, end: reference + offset };
    case 'week': {
      const start = weekStart(reference) + 7 * offset;
      return { start, end: start + 6 };
    }
    case 'month': {
      const index = ref.year * 12 + (ref.month - 1) + offset;
      const year = Math.floor(index / 12);
      return monthRange(cal, year, (index % 12) + 1, fields);
    }
    case 'year':
      return yearRange(cal, ref.year + offset);
  }
}

/** Whether a reading has a place independent of any year: a month of a solar calendar without a year. */
export function isYearless(reading: DateReading): boolean {
  return (
    reading.fields.year === undefined &&
    reading.fields.month !== undefined &&
    reading.relative?.unit !== 'year' &&
    calendarFor(reading.calendar).solar
  );
}

/** The Gregorian years 1990–2035, in which yearless ranges and comparisons are worked out. */
export const SAMPLE_YEARS: { readonly first: number; readonly last: number } = { first: 1990, last: 2035 };

/** The years of a calendar that fall within the sample Gregorian years. */
export function sampleYears(calendar: CalendarName): number[] {
  const cal = calendarFor(calendar);
  const first = cal.fromDay(fromIsoDate(`${SAMPLE_YEARS.first}-07-01`) as number).year;
  const last = cal.fromDay(fromIsoDate(`${SAMPLE_YEARS.last}-07-01`) as number).year;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const yearlessCache = new Map<string, YearlessRange | undefined>();

/** The envelope of a yearless reading's Gregorian days over the sample years (Qaws 1 is 21 or 22 November). */
export function yearlessRange(reading: DateReading): YearlessRange | undefined {
  if (!isYearless(reading)) return undefined;
  const { month, day, qualifier } = reading.fields;
  const key = `${reading.calendar} ${month} ${day} ${qualifier}`;
  if (!yearlessCache.has(key)) yearlessCache.set(key, envelope(reading));
  const range = yearlessCache.get(key);
  return range && { ...range }; // a copy: the cache's ranges are shared
}

function envelope(reading: DateReading): YearlessRange | undefined {
  const starts: string[] = [];
  const ends: string[] = [];
  for (const year of sampleYears(reading.calendar)) {
    const r = rangeInYear(reading, year, 'umalqura');
    if (!r) continue;
    starts.push(toMonthDay(r.start));
    ends.push(toMonthDay(r.end));
  }
  if (starts.length === 0) return undefined;
  return { start: extreme(starts, -1), end: extreme(ends, 1) };
}

/** The earliest (-1) or latest (1) of month-days that lie within a few days of each other, across New Year if need be. */
function extreme(monthDays: readonly string[], direction: -1 | 1): string {
  const wraps = monthDays.some((d) => d.startsWith('--12')) && monthDays.some((d) => d.startsWith('--01'));
  const key = (d: string): string => (wraps && d.startsWith('--01') ? `--13${d.slice(4)}` : d);
  let best = elementAt(monthDays, 0);
  for (const d of monthDays) if (direction < 0 ? key(d) < key(best) : key(d) > key(best)) best = d;
  return best;
}

/** Fills in a mention's interval, yearless range and weekday check from its reading. */
export function placeReading(
  reading: DateReading,
  islamic: IslamicVariant,
  reference: number | undefined,
): Pick<DateMention, 'interval' | 'yearless' | 'weekdayCheck'> {
  const range = resolveReading(reading, islamic, reference);
  const out: { interval?: DateInterval; yearless?: YearlessRange; weekdayCheck?: 'agrees' | 'disagrees' } = {};
  if (range) out.interval = { start: toIsoDate(range.start), end: toIsoDate(range.end) };
  else {
    const yearless = yearlessRange(reading);
    if (yearless) out.yearless = yearless;
  }
  const { weekday, day } = reading.fields;
  if (weekday !== undefined && day !== undefined && range && range.start === range.end) {
    out.weekdayCheck = isoWeekday(range.start) === weekday ? 'agrees' : 'disagrees';
  }
  return out;
}
