import { calendarFor, fromIsoDate, maxDaysInMonth, type CalendarName, type IslamicVariant } from '../calendars/index.js';
import { dateWords, type DateWord, type PartOfMonth, type TimeUnit } from '../lexicon/date-words.js';
import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { isDigitRun, startsWithDigit } from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import type { PhraseMatch, PhraseTable } from '../lexicon/phrases.js';
import { quantityWords } from '../lexicon/quantity-words.js';
import { argument, isoDate, oneOf, options as checkOptions, string } from '../contract/validate.js';
import { languageOption, type Language, type LanguageTag } from '../text/language.js';
import {
  placeReading,
  type DateFields,
  type DateMention,
  type DatePrecision,
  type DateReading,
  type RelativeDate,
} from './date-mention.js';
import { normalize } from '../text/normalize.js';
import { prepareText, sourceSpan, touching, type PreparedText } from './document.js';
import { labelAt } from './number-labels.js';
import { elementAt } from '../contract/element-at.js';

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

type Role = DateWord['role'];
type WordOf<R extends Role> = Extract<DateWord, { readonly role: R }>;

/** What the grammar found at a position: the tokens it spans and what they say. */
interface Found {
  readonly first: number;
  readonly clitic: number;
  readonly end: number;
  readonly reading: DateReading;
}

interface Month {
  readonly calendar: CalendarName;
  readonly month: number;
  readonly end: number;
  readonly clitic: number;
  /** Whether the month is certainly a month: a strong name, or a weak one with ماه/شهر or its twin beside it. */
  readonly certain: boolean;
}

interface YearAfterMonth {
  readonly end: number;
  readonly year?: number;
  readonly relative?: RelativeDate;
}

const SEPARATORS = new Set(['/', '-', '\u2013', '(']);
const COMMAS = new Set(['،', ',', '-', '\u2013']);
/** Persian words after which دوشنبه names the city: to, in, from, until, city. */
const PLACE_PREPOSITIONS = new Set(['به', 'در', 'از', 'تا', 'شهر']);

/**
 * Parts of a month that are also common nouns (آغاز "start", پایان "end", نهاية): beside a weak month name
 * (می is also the verb prefix) they do not make it a month; مطلع, اوایل, أواخر do.
 */
const WEAK_PARTS = new Set(
  ['آغاز', 'پایان', 'ابتدای', 'ابتدا', 'انتهای', 'آخر', 'نیمه', 'میانه', 'وسط', 'بداية', 'نهاية', 'ختام'].map((w) => normalize(w).text),
);

/** Whether a year is one of this era in its calendar, as a weak month name with a year needs to be read as a month. */
function plausibleYear(year: number, calendar: CalendarName): boolean {
  return calendar === 'gregorian'
    ? year >= 1900 && year <= 2100
    : calendar === 'persian'
      ? year >= 1250 && year <= 1500
      : year >= 1300 && year <= 1500;
}

/** The calendar a year written without a marker is in: a year near 1400 is Solar Hijri in Persian, lunar Hijri in Arabic. */
function yearCalendar(year: number, language: Language): CalendarName {
  if (language === 'fa' && year >= 1250 && year <= 1500) return 'persian';
  if (language === 'ar' && year >= 1300 && year <= 1500) return 'islamic';
  return 'gregorian';
}

function eraCalendar(era: WordOf<'era'>, language: Language): CalendarName {
  if (era.calendar !== 'hijri') return era.calendar;
  return language === 'fa' ? 'persian' : 'islamic';
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
    mentions.push({
      ...span,
      calendar: reading.calendar,
      ...(reading.calendar === 'islamic' ? { islamicVariant: islamic } : {}),
      fields: reading.fields,
      precision: reading.precision,
      ...(reading.relative ? { relative: reading.relative } : {}),
      ...placeReading(reading, islamic, reference),
    });
  }
  return mentions;
}

/** The words that join the two ends of a range: 1–10 يناير, ۱۰-۱ ژانویه, من 1 إلى 10, از ۵ تا ۱۰ قوس, بين 3 و5 مايو. */
const RANGE_JOINS = new Set(['-', '\u2013', 'الى', 'حتى', 'و', 'تا', 'الي', 'لغايه'].map((w) => normalize(w).text));
/** At most so many years between the two ends of a range of years (1999-2000, 2000-1999). */
const MAX_RANGE_YEARS = 30;

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

const PRONOUNS = ['ها', 'ه'];

/** A part-of-month word at token `i` (اواسط, منتصف), or with a pronoun for a month named before (أواخره). */
function partAt(doc: PreparedText, i: number, pronoun = false): { part: PartOfMonth; end: number; clitic: number } | undefined {
  const table = dateWords(doc.language);
  const word = doc.words[i];
  if (word === undefined) return undefined;
  const candidates = pronoun
    ? PRONOUNS.filter((x) => word.endsWith(x) && word.length > x.length + 2).map((x) => word.slice(0, -x.length))
    : [word];
  for (const w of candidates) {
    const m = table.match([w], 0, (x) => x.role === 'part');
    if (m && m.value.role === 'part' && m.end === 1) return { part: m.value.part, end: i + 1, clitic: m.clitic };
  }
  return undefined;
}

/** The other end of a range of years at a year `f`: a four-digit year a dash away, before or after it. */
function rangeYear(
  doc: PreparedText,
  f: Found,
  previousEnd: number,
  next: Found | undefined,
): { found: Found; before: boolean } | undefined {
  const words = doc.words;
  const year = f.reading.fields.year as number;
  const at = (i: number, before: boolean): { found: Found; before: boolean } | undefined => {
    const w = words[i] ?? '';
    // 2007–08: the later year abbreviated to its last two digits.
    const short = isDigitRun(w, 2, 2) ? Math.floor(year / 100) * 100 + Number(w) : NaN;
    const other = isDigitRun(w, 4, 4) ? Number(w) : short <= year ? short + 100 : short;
    if (!(Math.abs(other - year) <= MAX_RANGE_YEARS && other !== year)) return undefined;
    return { found: { first: i, clitic: 0, end: i + 1, reading: { ...f.reading, fields: { year: other } } }, before };
  };
  // A dash joins the two touching (2000-1999); a word joins them with spaces (عامي 1999 و2000).
  const joined = (i: number): boolean =>
    RANGE_JOINS.has(words[i] ?? '') && (!DASHES.has(elementAt(words, i)) || (touching(doc, i - 1) && touching(doc, i)));
  if (joined(f.end) && (!next || next.first > f.end + 1)) {
    const after = at(f.end + 1, false);
    if (after) return after;
  }
  if (joined(f.first - 1) && f.first - 2 >= previousEnd) return at(f.first - 2, true);
  return undefined;
}
const DASHES = new Set(['-', '\u2013']);

/**
 * The date grammar over the tokens of folded text. Each method reads one part of a date at a token index
 * and says where it ends; `dateAt` puts them together:
 *
 *     date     := [يوم] weekday [، | الموافق] core | [يوم] weekday [relative] | core
 *     core     := numeric | [part] [day | ordinal [من]] month [year | relative]
 *               | [part] [year-word] year [era] | [part] relative-unit
 *     month    := [شهر | ماه] name [/ name] [ماه]
 */
class DateGrammar {
  private readonly words: readonly string[];
  private readonly language: Language;

  constructor(
    private readonly doc: PreparedText,
    private readonly table: PhraseTable<DateWord>,
  ) {
    this.words = doc.words;
    this.language = doc.language;
  }

  /** A cheap test before the grammar runs: only numbers and known words can start a date. */
  isCandidate(i: number): boolean {
    const w = elementAt(this.words, i);
    // کووید-۱۹ می توانند: the digits of a code start no date.
    if (startsWithDigit(w)) return labelAt(this.doc, i)?.role !== 'identifier';
    return this.table.has(w);
  }

  private word<R extends Role>(i: number, role: R, clitic = false): PhraseMatch<WordOf<R>> | undefined {
    const m = this.table.match(this.words, i, (w) => w.role === role);
    if (!m || (m.clitic > 0 && !clitic)) return undefined;
    return m as PhraseMatch<WordOf<R>>;
  }

  dateAt(i: number): Found | undefined {
    const dayWord = this.word(i, 'day-word', true);
    const weekday = this.word(dayWord ? dayWord.end : i, 'weekday', !dayWord);
    if (weekday) {
      const clitic = (dayWord ?? weekday).clitic;
      let p = weekday.end;
      while (COMMAS.has(this.words[p] ?? '')) p++;
      p = this.word(p, 'corresponding')?.end ?? p;
      const core = this.coreAt(p, false);
      if (core && core.reading.precision === 'day' && core.reading.fields.day !== undefined) {
        const fields: DateFields = { ...core.reading.fields, weekday: weekday.value.weekday };
        return { first: i, clitic, end: core.end, reading: { ...core.reading, fields } };
      }
      const relative = this.word(weekday.end, 'relative');
      const offset = relative ? Math.sign(relative.value.offset) : 0;
      // الجمعة is also the Friday prayer and جمعه a first name: alone, Friday needs يوم/روز or a relative word.
      if (weekday.value.weekday === 5 && !dayWord && offset === 0) return undefined;
      // دوشنبه is also Dushanbe: after a preposition of place (به دوشنبه, در دوشنبه) and alone, it is the city.
      if (this.isDushanbe(i, weekday.value.weekday, !dayWord && offset === 0)) return undefined;
      return {
        first: i,
        clitic,
        end: relative ? relative.end : weekday.end,
        reading: {
          calendar: 'gregorian',
          fields: { weekday: weekday.value.weekday },
          precision: 'day',
          ...(offset !== 0 ? { relative: { unit: 'day', offset } } : {}),
        },
      };
    }
    if (dayWord) {
      const core = this.coreAt(dayWord.end, false);
      return core && core.reading.fields.day !== undefined ? { ...core, first: i, clitic: dayWord.clitic } : undefined;
    }
    return this.coreAt(i, true);
  }

  private isDushanbe(i: number, weekday: number, bare: boolean): boolean {
    return bare && weekday === 1 && this.language === 'fa' && PLACE_PREPOSITIONS.has(this.words[i - 1] ?? '');
  }

  private coreAt(i: number, clitic: boolean): Found | undefined {
    const numeric = this.numericDate(i);
    if (numeric) return numeric;
    const part = this.word(i, 'part', clitic);
    let p = part ? part.end : i;
    const atStart = (q: number): boolean => clitic && q === i;
    // The clitic glued to the first word (والعام, ومطلع) is left out of the span.
    let lead = part ? part.clitic : 0;

    let day: number | undefined;
    if (!part) {
      if (this.dayNumber(p)) {
        day = Number(this.words[p]);
        p++;
      } else {
        const ordinal = this.word(p, 'ordinal-day', atStart(p));
        const of = ordinal?.value.needsOf ? this.word(ordinal.end, 'of') : undefined;
        // یک چهارم می شود: after a cardinal the ordinal is the denominator of a fraction, not a day.
        const fraction = ordinal !== undefined && this.language === 'fa' && persianNumbers.isNumberWord(this.words[p - 1] ?? '');
        if (ordinal && !fraction && (!ordinal.value.needsOf || of)) {
          day = ordinal.value.day;
          lead = ordinal.clitic;
          p = of ? of.end : ordinal.end;
        }
      }
    }

    const month = this.monthAt(p, atStart(p));
    if (month) {
      if (day !== undefined && day > maxDaysInMonth(month.calendar, month.month)) return undefined;
      const year = this.yearAfterMonth(month.end, month.calendar);
      const relative = year ? undefined : this.word(month.end, 'relative');
      // آغاز می کنند, پایان می دهد: a part that is also a common noun does not make a weak name a month.
      const strongPart = part !== undefined && !WEAK_PARTS.has(elementAt(this.words, i).slice(part.clitic));
      if (!month.certain && day === undefined && !strongPart && !year && !relative) return undefined;
      // به میزان 1191 واحد: a weak name before a number far from this era's years is no month of a year.
      if (!month.certain && day === undefined && !strongPart && year?.year !== undefined && !plausibleYear(year.year, month.calendar))
        return undefined;
      if (year?.year !== undefined && day !== undefined && calendarFor(month.calendar).toDay(year.year, month.month, day) === undefined)
        return undefined;
      const fields: DateFields = {
        ...(day !== undefined ? { day } : {}),
        month: month.month,
        ...(year?.year !== undefined ? { year: year.year } : {}),
        ...(part ? { qualifier: part.value.part } : {}),
      };
      const rel: RelativeDate | undefined = year?.relative ?? (relative ? { unit: 'month', offset: relative.value.offset } : undefined);
      return {
        first: i,
        clitic: part || day !== undefined ? lead : month.clitic,
        end: year ? year.end : relative ? relative.end : month.end,
        reading: {
          calendar: month.calendar,
          fields,
          precision: day !== undefined ? 'day' : part ? 'part-of-month' : 'month',
          ...(rel ? { relative: rel } : {}),
        },
      };
    }
    if (day !== undefined) return undefined;

    const year = this.yearAt(p, atStart(p));
    if (year) {
      return {
        first: i,
        clitic: part ? lead : year.clitic,
        end: year.end,
        reading: {
          calendar: year.calendar,
          fields: { year: year.year, ...(part ? { qualifier: part.value.part } : {}) },
          precision: 'year',
        },
      };
    }

    const unit = this.relativeUnitAt(p, atStart(p));
    if (unit && (!part || unit.unit === 'month' || unit.unit === 'year')) {
      const precision: DatePrecision = unit.unit === 'month' && part ? 'part-of-month' : unit.unit === 'day' ? 'day' : unit.unit;
      return {
        first: i,
        clitic: part ? lead : unit.clitic,
        end: unit.end,
        reading: {
          calendar: unit.calendar,
          fields: part ? { qualifier: part.value.part } : {},
          precision,
          relative: { unit: unit.unit, offset: unit.offset },
        },
      };
    }
    return undefined;
  }

  /** 29/1/2025, 2025-01-29, ۱۴۰۴/۰۹/۱۲, 29.01.2025: day, month and a four-digit year, written without spaces. */
  private numericDate(i: number): Found | undefined {
    const w = this.words;
    let parts: string[];
    let end: number;
    const first = w[i];
    if (first === undefined) return undefined;
    if (first.includes('.')) {
      parts = first.split('.');
      end = i + 1;
    } else {
      const sep = elementAt(w, i + 1);
      if (!SEPARATORS.has(sep) || sep === '(' || w[i + 3] !== sep) return undefined;
      for (let k = i; k < i + 4; k++) if (!touching(this.doc, k)) return undefined;
      parts = [first, elementAt(w, i + 2), elementAt(w, i + 4)];
      end = i + 5;
    }
    if (parts.length !== 3 || !parts.every((x) => isDigitRun(x, 1, 4))) return undefined;
    const [a, b, c] = parts as [string, string, string];
    let year: number;
    let day: number;
    if (a.length === 4 && c.length <= 2) [year, day] = [Number(a), Number(c)];
    else if (c.length === 4 && a.length <= 2) [year, day] = [Number(c), Number(a)];
    else return undefined;
    const month = Number(b);
    if (b.length > 2) return undefined;
    const era = this.word(end, 'era');
    const calendar = era ? eraCalendar(era.value, this.language) : yearCalendar(year, this.language);
    if (calendarFor(calendar).toDay(year, month, day) === undefined) return undefined;
    return { first: i, clitic: 0, end: era ? era.end : end, reading: { calendar, fields: { day, month, year }, precision: 'day' } };
  }

  /** A day of the month in digits, 1–31. */
  private dayNumber(i: number): boolean {
    const w = this.words[i] ?? '';
    return isDigitRun(w, 1, 2) && Number(w) >= 1 && Number(w) <= 31;
  }

  /** A year in digits: four of them, or fewer when a calendar marker follows. */
  private yearNumber(i: number): { year: number; era?: PhraseMatch<WordOf<'era'>>; end: number } | undefined {
    const w = this.words[i] ?? '';
    if (!isDigitRun(w, 1, 4) || Number(w) === 0) return undefined;
    const era = this.word(i + 1, 'era');
    // A short number with a one-letter marker is no year: Dari writes ordinals so (89م, the 89th).
    if (w.length < 4 && (!era || (era.end === i + 2 && elementAt(this.words, i + 1).length === 1))) return undefined;
    return { year: Number(w), ...(era ? { era } : {}), end: era ? era.end : i + 1 };
  }

  private monthAt(i: number, clitic: boolean): Month | undefined {
    const monthWord = this.word(i, 'month-word', clitic);
    const name = this.word(monthWord ? monthWord.end : i, 'month', clitic && !monthWord);
    if (!name) return undefined;
    let end = name.end;
    // في مارس, بحلول مارس: after a preposition of time the Arabic name is the month, not a verb or a name.
    // Gregorian names only (في دي موين is Des Moines, في رمضان may be a man), and not with a clitic of
    // their own (من خلال باب: a door).
    const afterPreposition =
      this.language === 'ar' && name.clitic === 0 && name.value.calendar === 'gregorian' && this.word(i - 1, 'before-year')?.end === i;
    let certain = !name.value.weak || monthWord !== undefined || afterPreposition;
    // The doubled form: يناير/كانون الثاني, كانون الثاني (يناير).
    const sep = this.words[end];
    if (sep !== undefined && SEPARATORS.has(sep)) {
      const twin = this.word(end + 1, 'month');
      if (twin && twin.value.calendar === name.value.calendar && twin.value.month === name.value.month) {
        end = twin.end;
        if (sep === '(' && this.words[end] === ')') end++;
        certain ||= !twin.value.weak;
      }
    }
    // آذر ماه, دی ماه.
    const after = this.language === 'fa' && !monthWord ? this.word(end, 'month-word') : undefined;
    if (after) {
      end = after.end;
      certain = true;
    }
    return { calendar: name.value.calendar, month: name.value.month, end, clitic: (monthWord ?? name).clitic, certain };
  }

  /** The year after a month: 2025, من عام 2025, ۱۴۰۳ ه.ش, العام الماضي, من العام الجاري, سال گذشته. */
  private yearAfterMonth(i: number, calendar: CalendarName): YearAfterMonth | undefined {
    const of = this.word(i, 'of');
    const p = of ? of.end : i;
    const yearWord = this.word(p, 'year-word');
    const number = this.yearNumber(yearWord ? yearWord.end : p);
    if (number) {
      const era = number.era?.value;
      // A marker of another calendar (ديسمبر 1446 هـ) makes the number no year of this month.
      if (era && eraCalendar(era, this.language) !== calendar && !(era.calendar === 'hijri' && calendar !== 'gregorian')) return undefined;
      return { year: number.year, end: number.end };
    }
    const unit = this.relativeUnitAt(p, false);
    if (unit && unit.unit === 'year') return { end: unit.end, relative: { unit: 'year', offset: unit.offset } };
    return undefined;
  }

  /**
   * A year on its own: عام 2025, سال ۱۴۰۳, 2025م, ۱۴۰۳ ه.ش, and a bare four-digit number of this era after
   * في/منذ/در/از (في 2016، وفي ۱۴۰۰) unless a unit follows it (في 2000 كيلومتر).
   */
  private yearAt(i: number, clitic: boolean): { year: number; calendar: CalendarName; end: number; clitic: number } | undefined {
    const yearWord = this.word(i, 'year-word', clitic);
    const number = this.yearNumber(yearWord ? yearWord.end : i);
    if (!number) return undefined;
    if (!yearWord && !number.era && !this.bareYear(i, number.year)) return undefined;
    if (yearWord && !number.era && String(number.year).length < 4) return undefined;
    const calendar = number.era ? eraCalendar(number.era.value, this.language) : yearCalendar(number.year, this.language);
    return { year: number.year, calendar, end: number.end, clitic: yearWord ? yearWord.clitic : 0 };
  }

  private bareYear(i: number, year: number): boolean {
    const before = this.table.match(this.words, Math.max(0, i - 1), (w) => w.role === 'before-year');
    if (before?.end !== i) return false;
    const calendar = yearCalendar(year, this.language);
    if (calendar === 'gregorian' ? year < 1900 || year > 2100 : calendar !== 'persian') return false;
    return !quantityWords(this.language).match(this.words, i + 1, (w) => w.role === 'unit');
  }

  /**
   * A relative date by unit: العام الماضي, هذا الشهر, الأسبوع المقبل, أمس, سال گذشته, امسال, هفته پیش.
   * Persian years and months count in the Solar Hijri calendar unless میلادی follows; Arabic ones are Gregorian.
   */
  private relativeUnitAt(
    i: number,
    clitic: boolean,
  ): { unit: TimeUnit; offset: number; calendar: CalendarName; end: number; clitic: number } | undefined {
    let unit: TimeUnit;
    let offset: number;
    let end: number;
    let startClitic: number;
    const deictic = this.word(i, 'deictic', clitic);
    const self = this.word(i, 'this', clitic);
    const selfUnit = self && this.word(self.end, 'unit');
    if (deictic) {
      ({ unit, offset } = deictic.value);
      end = deictic.end;
      startClitic = deictic.clitic;
    } else if (selfUnit) {
      unit = selfUnit.value.unit;
      offset = 0;
      end = selfUnit.end;
      startClitic = self.clitic;
    } else {
      const u = this.word(i, 'unit', clitic);
      const relative = u && this.word(u.end, 'relative');
      if (!u || !relative || this.countsBefore(i)) return undefined;
      unit = u.value.unit;
      offset = relative.value.offset;
      end = relative.end;
      startClitic = u.clitic;
    }
    let calendar: CalendarName = this.language === 'fa' && (unit === 'year' || unit === 'month') ? 'persian' : 'gregorian';
    const era = unit === 'year' || unit === 'month' ? this.word(end, 'era') : undefined;
    if (era && (era.value.calendar === 'gregorian' || era.value.calendar === 'persian')) {
      calendar = era.value.calendar;
      end = era.end;
    }
    return { unit, offset, calendar, end, clitic: startClitic };
  }

  /** دو ماه گذشته is "the past two months", not "last month": a count before the unit makes it a span. */
  private countsBefore(i: number): boolean {
    const before = this.words[i - 1];
    if (before === undefined) return false;
    if (isDigitRun(before, 1, 6)) return true;
    const numbers = this.language === 'fa' ? persianNumbers : arabicNumbers;
    for (let k = Math.max(0, i - 3); k < i; k++) if (numbers.parse(this.words, k)?.end === i) return true;
    return false;
  }
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
