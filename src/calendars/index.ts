import type { CalendarName, CalendarSystem, IslamicVariant } from './calendar.js';
import { gregorian } from './gregorian.js';
import { islamicCivil, islamicUmalqura } from './islamic.js';
import { persian } from './persian.js';

export type { CalendarFields, CalendarName, CalendarSystem, IslamicVariant } from './calendar.js';
export { fromIsoDate, toIsoDate, toMonthDay } from './gregorian.js';

/** The calendar system for a name; lunar Hijri in the requested variant (Umm al-Qura unless told otherwise). */
export function calendarFor(name: CalendarName, islamic: IslamicVariant = 'umalqura'): CalendarSystem {
  switch (name) {
    case 'gregorian':
      return gregorian;
    case 'persian':
      return persian;
    case 'islamic':
      return islamic === 'civil' ? islamicCivil : islamicUmalqura;
  }
}

const longest = new Map<string, number>();
/** 1 January 2000. */
const JULIAN_DAY_2000 = 2_451_545;

/** The most days a month has in any year of its calendar (February 29, Esfand 30, a lunar month 30). */
export function maxDaysInMonth(name: CalendarName, month: number): number {
  const key = `${name} ${month}`;
  let days = longest.get(key);
  if (days === undefined) {
    const cal = calendarFor(name);
    // Over a 33-year span, every leap pattern of the three calendars (4, 33 and 30-year cycles) shows up.
    const first = cal.fromDay(JULIAN_DAY_2000).year;
    days = 0;
    for (let year = first; year < first + 33; year++) days = Math.max(days, cal.daysInMonth(year, month));
    longest.set(key, days);
  }
  return days;
}
