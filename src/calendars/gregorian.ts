import { GregorianCalendar } from '@internationalized/date';
import { calendarSystem } from './calendar.js';

/** The Gregorian calendar; also the one every resolved interval is given in. */
export const gregorian = calendarSystem('gregorian', 'gregory', new GregorianCalendar(), true);

/** `YYYY-MM-DD` of a Julian day number. */
export function toIsoDate(day: number): string {
  const { year, month, day: d } = gregorian.fromDay(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
}

/** The Julian day number of a `YYYY-MM-DD` date, or `undefined` when the string is not a valid date. */
export function fromIsoDate(iso: string): number | undefined {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return undefined;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  return gregorian.toDay(year, month, day);
}

/** `--MM-DD` of a Julian day number: the day of the year without the year. */
export function toMonthDay(day: number): string {
  const { month, day: d } = gregorian.fromDay(day);
  return `--${pad2(month)}-${pad2(d)}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
