import { calendarFor, fromIsoDate, type IslamicVariant } from '../calendars/index.js';
import { argument, isoDate, number, oneOf, options as checkOptions, shape, string } from '../contract/validate.js';
import {
  isYearless,
  rangeInYear,
  resolveReading,
  sampleYears,
  SAMPLE_YEARS,
  type DateMention,
  type DateReading,
  type DayRange,
} from './date-mention.js';
import { elementAt } from '../contract/element-at.js';

/** How two dates stand to each other on the time line. `contains`: the first holds all of the second; `within`: the other way round. */
export type DateRelationKind = 'equal' | 'contains' | 'within' | 'overlaps' | 'disjoint' | 'unknown';

/** The answer of {@link relateDates}. */
export interface DateRelation {
  /** How the two stand: `equal`, `contains`, `within`, `overlaps`, `disjoint`, or `unknown` when they cannot be placed. */
  readonly relation: DateRelationKind;
  /** Days the two have in common; when that depends on the year or the reference date, the most. */
  readonly overlapDays?: number;
  /** When the days in common depend on the year or the reference date, the fewest (0 when they can miss each other). */
  readonly minOverlapDays?: number;
  /** For disjoint dates, the fewest days strictly between them (0 when one ends the day before the other starts). */
  readonly gapDays?: number;
  /**
   * How the relation was found: `intervals` (both placed on the time line), `yearless` (year-independent
   * ranges compared year by year: early December against early Qaws), `shared-reference` (relative dates
   * compared under every reference date both texts could share: العام الماضي against سال گذشته), `weekday`
   * (two weekdays without a date, at least one without "next" or "last": يوم الأحد القادم against روز یکشنبه,
   * which a reference date alone cannot place on the same week) or `none`.
   */
  readonly basis: 'intervals' | 'yearless' | 'shared-reference' | 'weekday' | 'none';
}

/** Options for {@link relateDates}. */
export interface RelateDatesOptions {
  /** A reference (publication) date, `YYYY-MM-DD`, shared by both texts, to place relative dates and dates without a year. */
  referenceDate?: string;
}

interface IntervalRelation {
  readonly relation: Exclude<DateRelationKind, 'unknown'>;
  readonly overlap: number;
  readonly gap: number;
}

function compareRanges(a: DayRange, b: DayRange): IntervalRelation {
  const lo = Math.max(a.start, b.start);
  const hi = Math.min(a.end, b.end);
  if (lo > hi) return { relation: 'disjoint', overlap: 0, gap: lo - hi - 1 };
  const overlap = hi - lo + 1;
  if (a.start === b.start && a.end === b.end) return { relation: 'equal', overlap, gap: 0 };
  if (a.start <= b.start && a.end >= b.end) return { relation: 'contains', overlap, gap: 0 };
  if (b.start <= a.start && b.end >= a.end) return { relation: 'within', overlap, gap: 0 };
  return { relation: 'overlaps', overlap, gap: 0 };
}

function summarize(results: readonly IntervalRelation[], basis: DateRelation['basis']): DateRelation {
  if (results.length === 0) return { relation: 'unknown', basis: 'none' };
  const kinds = new Set(results.map((r) => r.relation));
  const most = results.reduce((m, r) => Math.max(m, r.overlap), -Infinity);
  const fewest = results.reduce((m, r) => Math.min(m, r.overlap), Infinity);
  const relation = kinds.size === 1 ? elementAt(results, 0).relation : most > 0 ? 'overlaps' : 'disjoint';
  const out: { -readonly [K in keyof DateRelation]: DateRelation[K] } = { relation, basis };
  if (most > 0) out.overlapDays = most;
  if (most > 0 && fewest !== most) out.minOverlapDays = fewest;
  if (relation === 'disjoint') out.gapDays = results.reduce((m, r) => Math.min(m, r.gap), Infinity);
  return out;
}

/** Whether a reading is a weekday and nothing more: الأحد, روز یکشنبه, يوم الأحد القادم. */
const weekdayOnly = (r: DateReading): boolean =>
  r.fields.weekday !== undefined && r.fields.day === undefined && r.fields.month === undefined && r.fields.year === undefined;

/**
 * Two weekdays without a date, one of them without "next" or "last": a bare weekday in a report may point
 * back or ahead, so only the weekdays themselves can be compared.
 */
function relateWeekdays(a: DateReading, b: DateReading): DateRelation | undefined {
  if (!weekdayOnly(a) || !weekdayOnly(b) || (a.relative && b.relative)) return undefined;
  return a.fields.weekday === b.fields.weekday
    ? { relation: 'equal', basis: 'weekday', overlapDays: 1 }
    : { relation: 'disjoint', basis: 'weekday' };
}

function readingOf(m: DateFacts): DateReading {
  return { calendar: m.calendar, fields: m.fields, precision: m.precision, ...(m.relative ? { relative: m.relative } : {}) };
}

function intervalOf(m: DateFacts): DayRange | undefined {
  if (!m.interval) return undefined;
  const start = fromIsoDate(m.interval.start);
  const end = fromIsoDate(m.interval.end);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** Year by year over the sample years, each instance of `a` against the nearest instance of `b`. */
function relateYearless(a: DateReading, va: IslamicVariant, b: DateReading, vb: IslamicVariant): IntervalRelation[] {
  const calB = calendarFor(b.calendar, vb);
  const results: IntervalRelation[] = [];
  for (const year of sampleYears(a.calendar)) {
    const ra = rangeInYear(a, year, va);
    if (!ra) continue;
    let best: IntervalRelation | undefined;
    const near = calB.fromDay(ra.start).year;
    for (const y of [near - 1, near, near + 1]) {
      const rb = rangeInYear(b, y, vb);
      if (!rb) continue;
      const r = compareRanges(ra, rb);
      if (!best || r.overlap > best.overlap || (r.overlap === best.overlap && r.gap < best.gap)) best = r;
    }
    if (best) results.push(best);
  }
  return results;
}

/** At most a month: a dated interval a yearless month is placed against. */
const MONTH_DAYS = 31;

/**
 * A yearless reading placed in each year of its calendar that the dated interval touches, against that
 * interval: the best fit of those years (`dated` first when `datedFirst`).
 */
function inYearsOf(reading: DateReading, variant: IslamicVariant, dated: DayRange, datedFirst: boolean): IntervalRelation[] {
  const cal = calendarFor(reading.calendar, variant);
  let best: IntervalRelation | undefined;
  for (let year = cal.fromDay(dated.start).year - 1; year <= cal.fromDay(dated.end).year; year++) {
    const range = rangeInYear(reading, year, variant);
    if (!range) continue;
    const r = datedFirst ? compareRanges(dated, range) : compareRanges(range, dated);
    if (!best || r.overlap > best.overlap || (r.overlap === best.overlap && r.gap < best.gap)) best = r;
  }
  return best ? [best] : [];
}

/** Reference dates on the 1st and 16th of every month of the sample years. */
function sampleReferences(): number[] {
  const days: number[] = [];
  for (let year = SAMPLE_YEARS.first; year <= SAMPLE_YEARS.last; year++) {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 16]) days.push(calendarFor('gregorian').toDay(year, month, day) as number);
    }
  }
  return days;
}
let references: number[] | undefined;

/**
 * Relates two date mentions — from one text or from two, in any calendars: `equal`, `contains`, `within`,
 * `overlaps` (with the days in common), `disjoint` (with the days between) or `unknown`.
 *
 * Dates with an interval are compared directly. Without one, and without a shared `referenceDate`, two
 * solar months without a year are compared year by year (early December and early Qaws overlap by at most
 * one day), a solar month without a year against a dated month or day in the years that date spans (mid-
 * December against December 2019), and two relative dates under every reference date they could share
 * (العام الماضي and سال گذشته always overlap, never coincide). A fixed date against a relative one is
 * `unknown`: it depends on when the text was written.
 *
 * @example
 * ```ts
 * import { extractDates, relateDates } from 'muqabala';
 *
 * const dec = extractDates('قُتل خمسة في مطلع ديسمبر الماضي.')[0]!;
 * const qaws = extractDates('پنج نفر در اوایل ماه قوس کشته شدند.')[0]!;
 * relateDates(dec, qaws); // => { relation: 'overlaps', basis: 'yearless', overlapDays: 1, minOverlapDays: 0 }
 *
 * const lastYear = extractDates('خلال العام الماضي')[0]!;
 * const saleGozashte = extractDates('در سال گذشته')[0]!;
 * relateDates(lastYear, saleGozashte).relation; // => 'overlaps'
 *
 * const a = extractDates('الأربعاء 29 يناير 2025')[0]!;
 * const b = extractDates('۱۰ دلو ۱۴۰۳', { language: 'fa' })[0]!;
 * relateDates(a, b); // => { relation: 'equal', basis: 'intervals', overlapDays: 1 }
 * ```
 */
export function relateDates(a: DateMention, b: DateMention, options?: RelateDatesOptions): DateRelation {
  return relateChecked(
    argument('relateDates', 'a', a, DATE_MENTION),
    argument('relateDates', 'b', b, DATE_MENTION),
    checkOptions('relateDates', options, RELATE_OPTIONS),
  );
}

const WHOLE = number({ integer: true });
const DAY_RANGE = shape({ start: string, end: string }, 'a range { start, end }', ['start', 'end']);
/** What relateDates reads of a date: extractDates' mentions pass, and so does a hand-made one with these fields. */
const DATE_MENTION = shape(
  {
    calendar: oneOf(['gregorian', 'persian', 'islamic']),
    islamicVariant: oneOf(['umalqura', 'civil']),
    fields: shape(
      { day: WHOLE, month: WHOLE, year: WHOLE, weekday: WHOLE, qualifier: oneOf(['early', 'middle', 'late']) },
      'the fields of a date ({ day, month, year, weekday, qualifier })',
      [],
      true,
    ),
    precision: oneOf(['day', 'week', 'part-of-month', 'month', 'year']),
    relative: shape({ unit: oneOf(['day', 'week', 'month', 'year']), offset: WHOLE }, 'a relative date { unit, offset }', [
      'unit',
      'offset',
    ]),
    interval: shape({ start: isoDate, end: isoDate }, 'an interval { start, end }', ['start', 'end']),
    yearless: DAY_RANGE,
  },
  'a date mention as extractDates returns it',
  ['calendar', 'fields', 'precision'],
  true,
);
const RELATE_OPTIONS = { referenceDate: isoDate };

/** What of a date mention {@link relateDates} reads. */
type DateFacts = Pick<DateMention, 'calendar' | 'islamicVariant' | 'fields' | 'precision' | 'relative' | 'interval'>;

function relateChecked(a: DateFacts, b: DateFacts, options: { referenceDate?: string }): DateRelation {
  const reference = options.referenceDate === undefined ? undefined : fromIsoDate(options.referenceDate);
  const ra = readingOf(a);
  const rb = readingOf(b);
  const weekdays = relateWeekdays(ra, rb);
  if (weekdays) return weekdays;
  const va = a.islamicVariant ?? 'umalqura';
  const vb = b.islamicVariant ?? 'umalqura';
  const ia = intervalOf(a) ?? (reference === undefined ? undefined : resolveReading(ra, va, reference));
  const ib = intervalOf(b) ?? (reference === undefined ? undefined : resolveReading(rb, vb, reference));
  if (ia && ib) return summarize([compareRanges(ia, ib)], 'intervals');
  // منتصف ديسمبر against دسمبر ۲۰۱۹: a solar month without a year beside a dated one is taken in the years
  // that date spans, as a translation gives its year once.
  // Not against a whole year, which every month lies within.
  if (ia && !ib && isYearless(rb) && ia.end - ia.start < MONTH_DAYS) return summarize(inYearsOf(rb, vb, ia, true), 'yearless');
  if (ib && !ia && isYearless(ra) && ib.end - ib.start < MONTH_DAYS) return summarize(inYearsOf(ra, va, ib, false), 'yearless');
  if (ia || ib || reference !== undefined) return { relation: 'unknown', basis: 'none' };
  // Placing a date without a year costs calendar conversions over many sample years or reference dates, and
  // a comparison weighs each date against many others that read alike (the same month, again and again).
  const key = `${signature(ra, va)}\u0000${signature(rb, vb)}`;
  let relation = unplaced.get(key);
  if (!relation) {
    relation = isYearless(ra) && isYearless(rb) ? summarize(relateYearless(ra, va, rb, vb), 'yearless') : relateOnSamples(ra, va, rb, vb);
    if (unplaced.size >= UNPLACED_LIMIT) unplaced.clear();
    unplaced.set(key, relation);
  }
  return { ...relation };
}

/** Relations of dates without a year, by the readings of the two: the same readings relate the same way. */
const unplaced = new Map<string, DateRelation>();
const UNPLACED_LIMIT = 20_000;

function signature(reading: DateReading, variant: IslamicVariant): string {
  return `${variant} ${JSON.stringify(reading)}`;
}

/** Two dates placed against every reference date both texts could share, and compared under each. */
function relateOnSamples(ra: DateReading, va: IslamicVariant, rb: DateReading, vb: IslamicVariant): DateRelation {
  references ??= sampleReferences();
  const results: IntervalRelation[] = [];
  for (const ref of references) {
    const x = resolveReading(ra, va, ref);
    const y = resolveReading(rb, vb, ref);
    if (x && y) results.push(compareRanges(x, y));
  }
  return summarize(results, results.length > 0 ? 'shared-reference' : 'none');
}
