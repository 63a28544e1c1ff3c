import { CalendarDate, type Calendar } from '@internationalized/date';

/** The calendars dates are written in: Gregorian, Solar Hijri (Iran, Afghanistan) and lunar Hijri. */
export type CalendarName = 'gregorian' | 'persian' | 'islamic';

/** How lunar Hijri months are fixed: Saudi Umm al-Qura tables (the default) or the civil (tabular) rule. */
export type IslamicVariant = 'umalqura' | 'civil';

/** A date as the fields of its own calendar. */
export interface CalendarFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * One calendar behind the few operations the date extractor needs. Days are Julian day numbers, the
 * common currency between calendars; the arithmetic itself is `@internationalized/date`'s.
 */
export interface CalendarSystem {
  readonly name: CalendarName;
  /** The `ca` value Intl uses for this calendar (`gregory`, `persian`, `islamic-umalqura`, `islamic-civil`). */
  readonly intlCalendar: string;
  /** True when a month falls on nearly the same Gregorian days every year, so it has a year-independent range. */
  readonly solar: boolean;
  daysInMonth(year: number, month: number): number;
  /** The Julian day number of a date, or `undefined` when the calendar has no such date. */
  toDay(year: number, month: number, day: number): number | undefined;
  fromDay(day: number): CalendarFields;
}

/** Wraps an `@internationalized/date` calendar. */
export function calendarSystem(name: CalendarName, intlCalendar: string, calendar: Calendar, solar: boolean): CalendarSystem {
  const daysInMonth = (year: number, month: number): number => calendar.getDaysInMonth(new CalendarDate(calendar, year, month, 1));
  return {
    name,
    intlCalendar,
    solar,
    daysInMonth,
    toDay(year, month, day) {
      // CalendarDate clamps out-of-range fields, so an impossible date must be refused before it is built.
      if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
      if (day > daysInMonth(year, month)) return undefined;
      return calendar.toJulianDay(new CalendarDate(calendar, year, month, day));
    },
    fromDay(day) {
      const date = calendar.fromJulianDay(day);
      return { year: date.year, month: date.month, day: date.day };
    },
  };
}
