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
