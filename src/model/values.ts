// The values a date or number finding carries for each side (the date's calendar and days, the number's value
// and unit), which the report's schema and every renderer read.

/** A date as a finding reports it: as written, its calendar, and the Gregorian days it covers. */
export interface DateValue {
  /** The date as written. */
  readonly text: string;
  /** The calendar it is written in (`persian` is the Solar Hijri calendar). */
  readonly calendar: 'gregorian' | 'persian' | 'islamic';
  /** Inclusive Gregorian interval when known. */
  readonly interval?: {
    /** The first day, `YYYY-MM-DD`. */
    readonly start: string;
    /** The last day, `YYYY-MM-DD`. */
    readonly end: string;
  };
  /** Year-independent range (`--MM-DD`) when no year is known. */
  readonly yearless?: {
    /** The first day, `--MM-DD`. */
    readonly start: string;
    /** The last day, `--MM-DD`. */
    readonly end: string;
  };
  /** The weekday the date names (ISO: Monday = 1 … Sunday = 7), when it names one. */
  readonly weekday?: number;
  /** When the date names its weekday and its day: whether the day falls on that weekday. */
  readonly weekdayCheck?: 'agrees' | 'disagrees';
}
/** A number as a finding reports it. */

export interface NumberValue {
  /** The number as written (digits of any script, or words). */
  readonly text: string;
  /** The exact value, as a decimal string. */
  readonly value: string;
  /** What it counts or measures, when said (`percent`, a currency, tonnes…). */
  readonly unit?: string;
  /** A word that makes it approximate or a bound ("more than", "about"), when there is one. */
  readonly qualifier?: string;
  /**
   * What the number is when it does not count or measure: `fraction` (الخمس, دو سوم), `ordinal` (the 17th,
   * الحادي والعشرين, ماده ۵), `identifier` (COVID-19, Radio 4, a telephone number) or `time` (3:35, ساعت ۱۱
   * صبح; `value` is then `H:MM`). Absent for a count or a measure.
   */
  readonly role?: 'fraction' | 'ordinal' | 'identifier' | 'time';
  /** The value under the other reading of its separator (۸٫۸۶۶: 8.866, or 8866 as Dari groups thousands with ٫). */
  readonly alternative?: string;
}
