import { describe, expect, it } from 'vitest';
import { extractDates, relateDates, type DateMention, type ExtractDatesOptions } from '../src/index.js';

function date(text: string, options?: ExtractDatesOptions): DateMention {
  const [m] = extractDates(text, options);
  if (!m) throw new Error(`no date in ${text}`);
  return m;
}

describe('relateDates', () => {
  it('compares weekdays without a date by the weekday alone, since a bare one may point back or ahead', () => {
    const reference = { referenceDate: '2025-11-24' };
    const nextSunday = date('تبدأ المرافعات يوم الأحد القادم.', reference);
    const sunday = date('جلسه روز یکشنبه برگزار می‌شود.', { language: 'fa', ...reference });
    const thursday = date('جلسه روز پنجشنبه برگزار می‌شود.', { language: 'fa', ...reference });
    expect(relateDates(nextSunday, sunday, reference)).toEqual({ relation: 'equal', basis: 'weekday', overlapDays: 1 });
    expect(relateDates(nextSunday, thursday, reference)).toEqual({ relation: 'disjoint', basis: 'weekday' });
    const lastSunday = date('عُقدت الجلسة يوم الأحد الماضي.', reference);
    expect(relateDates(nextSunday, lastSunday, reference).basis).toBe('intervals');
  });

  it('finds the same day in two calendars equal', () => {
    const a = date('وصل الوفد الأربعاء 29 يناير 2025.');
    const b = date('هیئت در ۱۰ دلو ۱۴۰۳ رسید.', { language: 'fa' });
    expect(relateDates(a, b)).toEqual({ relation: 'equal', basis: 'intervals', overlapDays: 1 });
  });

  it('finds a year containing a day, and the day within the year', () => {
    const year = date('خلال عام 2025 وحده.');
    const day = date('في 29 يناير 2025.');
    expect(relateDates(year, day)).toMatchObject({ relation: 'contains', overlapDays: 1 });
    expect(relateDates(day, year)).toMatchObject({ relation: 'within', overlapDays: 1 });
  });

  it('counts the gap between disjoint dates', () => {
    const a = date('في مطلع ديسمبر 2024.');
    const b = date('في أواخر ديسمبر 2024.');
    expect(relateDates(a, b)).toEqual({ relation: 'disjoint', basis: 'intervals', gapDays: 10 });
  });

  it('compares early December and early Qaws without a year: they overlap by at most one day', () => {
    const december = date('قُتل خمسة في مطلع ديسمبر الماضي.');
    const qaws = date('پنج نفر در اوایل ماه قوس کشته شدند.');
    expect(relateDates(december, qaws)).toEqual({ relation: 'overlaps', basis: 'yearless', overlapDays: 1, minOverlapDays: 0 });
  });

  it('gives each caller its own answer: changing one does not change the next (relations of yearless dates are remembered)', () => {
    const december = date('قُتل خمسة في مطلع ديسمبر الماضي.');
    const qaws = date('پنج نفر در اوایل ماه قوس کشته شدند.');
    const first = relateDates(december, qaws) as { relation: string };
    first.relation = 'equal';
    expect(relateDates(december, qaws).relation).toBe('overlaps');
    // Another mention that reads the same way relates the same way.
    expect(relateDates(date('وصل الوفد في مطلع ديسمبر.'), qaws)).toEqual(relateDates(december, qaws));
  });

  it('finds العام الماضي and سال گذشته overlapping, never equal, whatever the shared reference date', () => {
    const r = relateDates(date('تحسن الوضع خلال العام الماضي.'), date('وضعیت در سال گذشته بهتر شد.'));
    expect(r.relation).toBe('overlaps');
    expect(r.basis).toBe('shared-reference');
    expect(r.minOverlapDays).toBeGreaterThan(0);
  });

  it('uses a shared reference date when given', () => {
    const a = date('تحسن الوضع خلال العام الماضي.');
    const b = date('خلال عام 2024.');
    expect(relateDates(a, b).relation).toBe('unknown');
    expect(relateDates(a, b, { referenceDate: '2025-03-01' })).toEqual({ relation: 'equal', basis: 'intervals', overlapDays: 366 });
  });

  it('finds the same Persian and Gregorian month equal in no year but overlapping in all', () => {
    const r = relateDates(date('في ديسمبر الماضي.'), date('در ماه قوس گذشته.'));
    expect(r.relation).toBe('overlaps');
    expect(r.overlapDays).toBeGreaterThanOrEqual(20);
  });

  it('cannot place a lunar month without a year against a fixed date', () => {
    expect(relateDates(date('خلال شهر رمضان.'), date('في مارس 2025.'))).toEqual({ relation: 'unknown', basis: 'none' });
  });
});
