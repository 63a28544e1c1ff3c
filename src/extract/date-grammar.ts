// The date grammar: at one position of a prepared text, a day, a month of any calendar, a year and its era,
// a weekday, a part of a month or a season, read in the orders Arabic and Persian write them. readDates (dates.ts)
// runs it over the text and joins ranges.

import { maxDaysInMonth, calendarFor } from '../calendars/index.js';
import { elementAt } from '../contract/element-at.js';
import type { DateWord } from '../lexicon/date-words.js';
import { arabicNumbers } from '../lexicon/number-words/ar.js';
import { startsWithDigit, isDigitRun } from '../lexicon/number-words/decimal.js';
import { persianNumbers } from '../lexicon/number-words/fa.js';
import type { PhraseTable, PhraseMatch } from '../lexicon/phrases.js';
import { quantityWords } from '../lexicon/quantity-words.js';
import type { Language } from '../text/language.js';
import type { DateFields, RelativeDate, DatePrecision, CalendarName, TimeUnit } from './date-mention.js';
import {
  type Role,
  type WordOf,
  type Found,
  COMMAS,
  PLACE_PREPOSITIONS,
  WEAK_PARTS,
  plausibleYear,
  SEPARATORS,
  eraCalendar,
  yearCalendar,
  type Month,
  type YearAfterMonth,
} from './date-parts.js';
import { type PreparedText, touching } from './document.js';
import { labelAt } from './number-labels.js';

/**
 * The date grammar over the tokens of folded text. Each method reads one part of a date at a token index
 * and says where it ends; `dateAt` puts them together:
 *
 *     date     := [يوم] weekday [، | الموافق] core | [يوم] weekday [relative] | core
 *     core     := numeric | [part] [day | ordinal [من]] month [year | relative]
 *               | [part] [year-word] year [era] | [part] relative-unit
 *     month    := [شهر | ماه] name [/ name] [ماه]
 */
/** The test of a date word's role, one function per role: asked at every candidate token, several times. */
const roleTests = new Map<Role, (w: DateWord) => boolean>();

function ofRole(role: Role): (w: DateWord) => boolean {
  let test = roleTests.get(role);
  if (!test) roleTests.set(role, (test = (w) => w.role === role));
  return test;
}

export class DateGrammar {
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
    const m = this.table.match(this.words, i, ofRole(role));
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
