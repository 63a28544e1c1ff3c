import { calendarFor, fromIsoDate, maxDaysInMonth, type IslamicVariant } from '../calendars/index.js';
import { dateWords } from '../lexicon/date-words.js';
import { isDigitRun } from '../lexicon/number-words/decimal.js';
import { argument, isoDate, oneOf, options as checkOptions, string } from '../contract/validate.js';
import { languageOption, type LanguageTag } from '../text/language.js';
import { placeReading, type DateMention } from './date-mention.js';
import { prepareText, sourceSpan, touching, type PreparedText } from './document.js';
import { labelAt } from './number-labels.js';
import { elementAt } from '../contract/element-at.js';
import { type Found, partAt, RANGE_JOINS, rangeYear } from './date-parts.js';
import { DateGrammar } from './date-grammar.js';

/** Options for {@link extractDates}. */
export interface ExtractDatesOptions {
  /**
   * The language of the text (see {@link LanguageTag}); detected with `detectLanguage` when absent (a text in neither language is read
   * as Arabic). It decides which month names are read (آذار is March in Arabic, آذر the ninth Solar Hijri
   * month in Persian) and which calendar relative years count in. Give it for short texts: a few words are
   * too little to detect from.
   */
  language?: LanguageTag;
  /** The reference (publication) date, `YYYY-MM-DD`, against which relative dates, and dates without a year, are placed. */
  referenceDate?: string;
  /** How lunar Hijri dates are placed: `umalqura` (the default) or `civil`. */
  islamic?: IslamicVariant;
}

/** Reads every date of a prepared text, left to right, each at its longest. */
export function readDates(doc: PreparedText, options: Omit<ExtractDatesOptions, 'language'> = {}): DateMention[] {
  const reference = options.referenceDate === undefined ? undefined : fromIsoDate(options.referenceDate);
  const islamic = options.islamic ?? 'umalqura';
  const grammar = new DateGrammar(doc, dateWords(doc.language));
  const all: Found[] = [];
  for (let i = 0; i < doc.words.length;) {
    const found = grammar.isCandidate(i) ? grammar.dateAt(i) : undefined;
    if (!found) {
      i++;
      continue;
    }
    all.push(found);
    i = found.end;
  }
  const mentions: DateMention[] = [];
  for (const found of withRanges(doc, all)) {
    const span = sourceSpan(doc, found.first, found.end, found.clitic);
    const { reading } = found;
    // Assigned, not spread after the span: see extend (contract/extend.ts).
    mentions.push(
      Object.assign(span, {
        calendar: reading.calendar,
        ...(reading.calendar === 'islamic' ? { islamicVariant: islamic } : {}),
        fields: reading.fields,
        precision: reading.precision,
        ...(reading.relative ? { relative: reading.relative } : {}),
        ...placeReading(reading, islamic, reference),
      }),
    );
  }
  return mentions;
}

/**
 * Ranges, whose first end takes what the second says once: the day before a date (1 إلى 10 يناير 2020,
 * and ۱۰-۱ ژانویه as right-to-left text stores it) is a day of that month and year; a month without a
 * year before a dated one (12 فبراير حتى 28 مارس 2020) is in that year (or the one before, when it comes
 * later in the calendar); the year at the other end of a range of years (2000-1999, سال ۲۰۱۹-۲۰۲۰) is a
 * year too. Both ends are dates of their own, in the order written, so that a range written the other
 * way round pairs end by end.
 */
function withRanges(doc: PreparedText, found: readonly Found[]): Found[] {
  const words = doc.words;
  const out: Found[] = [];
  found.forEach((f, k) => {
    const { fields } = f.reading;
    const previousEnd = out.length ? elementAt(out, out.length - 1).end : 0;
    const join = words[f.first - 1] ?? '';
    // The day before: 10-1 ژانویه, 1 إلى 10 يناير.
    if (
      fields.day !== undefined &&
      fields.month !== undefined &&
      fields.weekday === undefined &&
      RANGE_JOINS.has(join) &&
      f.first - 2 >= previousEnd
    ) {
      const dayWord = words[f.first - 2] ?? '';
      const day = isDigitRun(dayWord, 1, 2) ? Number(dayWord) : 0;
      const calendar = calendarFor(f.reading.calendar);
      const valid =
        day >= 1 &&
        day <= maxDaysInMonth(f.reading.calendar, fields.month) &&
        (fields.year === undefined || calendar.toDay(fields.year, fields.month, day) !== undefined);
      const code = labelAt(doc, f.first - 2)?.role === 'identifier';
      if (valid && !code && day !== fields.day && (join !== '-' || (touching(doc, f.first - 2) && touching(doc, f.first - 1)))) {
        out.push({ first: f.first - 2, clitic: 0, end: f.first - 1, reading: { ...f.reading, fields: { ...fields, day } } });
      }
    }
    // The year before or after: 2000-1999, سال ۲۰۱۹-۲۰۲۰.
    const other =
      f.reading.precision === 'year' && fields.year !== undefined && fields.qualifier === undefined
        ? rangeYear(doc, f, previousEnd, found[k + 1])
        : undefined;
    if (other && other.before) out.push(other.found);
    // A part of a month before another of the same month: اواسط تا اواخر دسامبر ۲۰۱۹, أوائل ومنتصف يناير.
    const gluedAnd = f.clitic === 1 && elementAt(words, f.first).startsWith('و');
    const partIndex = gluedAnd ? f.first - 1 : RANGE_JOINS.has(join) ? f.first - 2 : -1;
    const part =
      fields.qualifier !== undefined && fields.month !== undefined && fields.day === undefined && partIndex >= previousEnd
        ? partAt(doc, partIndex)
        : undefined;
    if (part)
      out.push({
        first: partIndex,
        clitic: part.clitic,
        end: part.end,
        reading: { ...f.reading, precision: 'part-of-month', fields: { ...fields, qualifier: part.part } },
      });
    // منتصف ديسمبر إلى أواخره 2019: the second part refers back to the month with a pronoun, and may bring the year.
    const back =
      fields.month !== undefined && fields.day === undefined && RANGE_JOINS.has(words[f.end] ?? '')
        ? partAt(doc, f.end + 1, true)
        : undefined;
    if (back) {
      const yearWord = words[back.end] ?? '';
      const year = fields.year ?? (isDigitRun(yearWord, 4, 4) ? Number(yearWord) : undefined);
      const end = fields.year === undefined && year !== undefined ? back.end + 1 : back.end;
      const withYear = { ...fields, ...(year !== undefined ? { year } : {}) };
      out.push({ ...f, reading: { ...f.reading, fields: withYear } });
      out.push({
        first: f.end + 1,
        clitic: back.clitic,
        end,
        reading: { ...f.reading, precision: 'part-of-month', fields: { ...withYear, qualifier: back.part } },
      });
      return;
    }
    // A month without its year before a dated one: 12 فبراير حتى 28 مارس 2020.
    const next = found[k + 1];
    const nextFields = next?.reading.fields;
    if (
      next &&
      nextFields?.year !== undefined &&
      nextFields.month !== undefined &&
      fields.month !== undefined &&
      fields.year === undefined &&
      !f.reading.relative &&
      next.reading.calendar === f.reading.calendar &&
      next.first === f.end + 1 &&
      RANGE_JOINS.has(words[f.end] ?? '')
    ) {
      const year = nextFields.year - (fields.month > nextFields.month ? 1 : 0);
      out.push({ ...f, reading: { ...f.reading, fields: { ...fields, year } } });
    } else out.push(f);
    if (other && !other.before) out.push(other.found);
  });
  return out;
}

/**
 * Finds the dates in an Arabic or Persian text — Gregorian, Solar Hijri (Iranian and Afghan month names)
 * and lunar Hijri, in words or digits of any of the three scripts — and places each on the Gregorian time
 * line. Relative dates (العام الماضي, سال گذشته, ديسمبر الماضي) and dates without a year are placed
 * against `referenceDate` when it is given; without it, a month of a solar calendar still gets its
 * `yearless` range (Qaws is about 22 November – 21 December in every year).
 *
 * Spans point into the caller's string: `text.slice(m.start, m.end) === m.text`.
 *
 * @param text - An Arabic or Persian text, any length.
 * @param options - The language (detected when absent), the reference date, the lunar Hijri variant.
 * @returns The dates in reading order.
 * @throws {@link MuqabalaTypeError} when `text` is not a string, {@link MuqabalaRangeError} when an option
 * has a value it does not take (a `referenceDate` that is not a `YYYY-MM-DD` date, a language other than
 * Arabic or Persian).
 *
 * @example
 * ```ts
 * import { extractDates } from 'muqabala';
 *
 * const d = extractDates('وصل الوفد يوم الأربعاء 29 يناير/كانون الثاني 2025 إلى العاصمة.')[0]!;
 * d.text; // => 'يوم الأربعاء 29 يناير/كانون الثاني 2025'
 * d.interval; // => { start: '2025-01-29', end: '2025-01-29' }
 * d.weekdayCheck; // => 'agrees'
 *
 * const qaws = extractDates('در اوایل ماه قوس باران بارید.')[0]!;
 * qaws.calendar; // => 'persian'
 * qaws.yearless; // => { start: '--11-21', end: '--12-01' }
 *
 * extractDates('أعلن ذلك في مطلع ديسمبر الماضي.', { referenceDate: '2025-01-15' })[0]?.interval;
 * // => { start: '2024-12-01', end: '2024-12-10' }
 * extractDates('این طرح سال گذشته تصویب شد.', { referenceDate: '2025-06-01' })[0]?.interval;
 * // => { start: '2024-03-20', end: '2025-03-20' }
 * ```
 */
export function extractDates(text: string, options?: ExtractDatesOptions): DateMention[] {
  argument('extractDates', 'text', text, string);
  const checked = checkOptions('extractDates', options, EXTRACT_DATES_OPTIONS);
  return readDates(prepareText(text, checked.language), checked);
}

const EXTRACT_DATES_OPTIONS = { language: languageOption, referenceDate: isoDate, islamic: oneOf(['umalqura', 'civil']) };
