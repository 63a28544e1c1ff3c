import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention, type ExtractDatesOptions } from '../src/index.js';

/** The one date of a sentence, with the span checked against the sentence. */
function only(text: string, options?: ExtractDatesOptions): DateMention {
  const found = extractDates(text, options);
  expect(found).toHaveLength(1);
  const m = found[0] as DateMention;
  expect(text.slice(m.start, m.end)).toBe(m.text);
  return m;
}

/** A Gregorian ISO date written in another calendar by ICU, as `year/month/day`: an oracle independent of the extractor. */
function inCalendar(iso: string, calendar: string): string {
  const f = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
  const parts = Object.fromEntries(f.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]));
  return `${parts.year}/${parts.month}/${parts.day}`;
}

describe('Gregorian dates in Arabic', () => {
  it('reads a weekday, a day and the doubled month name, and confirms the weekday', () => {
    const m = only('وصل الوفد يوم الأربعاء 29 يناير/كانون الثاني 2025 إلى العاصمة.');
    expect(m.text).toBe('يوم الأربعاء 29 يناير/كانون الثاني 2025');
    expect(m.calendar).toBe('gregorian');
    expect(m.fields).toEqual({ day: 29, month: 1, year: 2025, weekday: 3 });
    expect(m.precision).toBe('day');
    expect(m.interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    expect(m.weekdayCheck).toBe('agrees');
  });

  it('says so when the weekday does not fit the date', () => {
    expect(only('عُقد المؤتمر الخميس 29 يناير 2025.').weekdayCheck).toBe('disagrees');
  });

  it('reads the Levantine names, and the doubled form in either order', () => {
    expect(only('جرى التوقيع في 3 آذار 2024 في دمشق.').interval).toEqual({ start: '2024-03-03', end: '2024-03-03' });
    expect(only('أقر المجلس البرنامج في تشرين الثاني/نوفمبر 2024.').interval).toEqual({ start: '2024-11-01', end: '2024-11-30' });
    expect(only('أقر المجلس البرنامج في كانون الأول (ديسمبر) 2023.').interval).toEqual({ start: '2023-12-01', end: '2023-12-31' });
  });

  it('reads digits of all three scripts', () => {
    for (const text of ['صدر القرار في 29 يناير 2025.', 'صدر القرار في ٢٩ يناير ٢٠٢٥.', 'صدر القرار في ۲۹ يناير ۲۰۲۵.']) {
      expect(only(text).interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    }
  });

  it('reads numeric dates: day/month/year, ISO, dotted', () => {
    for (const text of [
      'صدر القرار بتاريخ 29/1/2025.',
      'صدر القرار بتاريخ 2025-01-29.',
      'صدر القرار بتاريخ ٢٩/١/٢٠٢٥.',
      'صدر القرار بتاريخ 29.01.2025.',
    ]) {
      expect(only(text).interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    }
  });

  it('refuses impossible dates (an impossible day leaves the month)', () => {
    expect(extractDates('صدر القرار بتاريخ 31/2/2025.')).toEqual([]);
    expect(extractDates('صدر القرار في 30 فبراير 2024.').map((m) => [m.text, m.precision])).toEqual([['فبراير 2024', 'month']]);
  });

  it('reads an ordinal day with من', () => {
    expect(only('تبدأ العطلة في الخامس عشر من مارس 2025.').interval).toEqual({ start: '2025-03-15', end: '2025-03-15' });
  });

  it('reads parts of months: early 1–10, middle 11–20, late 21 to the end', () => {
    expect(only('تراجعت الأسعار مطلع فبراير 2024.').interval).toEqual({ start: '2024-02-01', end: '2024-02-10' });
    expect(only('تراجعت الأسعار في منتصف فبراير 2024.').interval).toEqual({ start: '2024-02-11', end: '2024-02-20' });
    expect(only('تراجعت الأسعار في أواخر فبراير 2024.').interval).toEqual({ start: '2024-02-21', end: '2024-02-29' });
    expect(only('تراجعت الأسعار في نهاية فبراير 2023.').interval).toEqual({ start: '2023-02-21', end: '2023-02-28' });
  });

  it('reads years with عام/سنة or a calendar marker, but not a bare number', () => {
    expect(only('تأسست المنظمة عام 2002.').interval).toEqual({ start: '2002-01-01', end: '2002-12-31' });
    expect(only('تأسست المنظمة سنة 2002م.').fields).toEqual({ year: 2002 });
    expect(only('تأسست المنظمة في 2002م.').interval).toEqual({ start: '2002-01-01', end: '2002-12-31' });
    expect(extractDates('بلغ عدد الزوار 2002 زائر.')).toEqual([]);
  });

  it('reads a bare year of this era after في, منذ, در, از, but not before a unit', () => {
    expect(only('وفي 2016، هاجم خنزير مزارعا.').fields).toEqual({ year: 2016 });
    expect(only('تراجعت الصادرات منذ 2019.').interval).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(only('این قانون از ۱۴۰۰ اجرا می‌شود.', { language: 'fa' }).calendar).toBe('persian');
    expect(extractDates('وصلت القافلة في 2000 كيلومتر.')).toEqual([]);
    expect(extractDates('ساهم في 1500 مشروع.')).toEqual([]);
  });

  it('leaves the clitic glued to the first word out of the span', () => {
    expect(only('وصل الوزير، والعام الماضي زار المدينة.').text).toBe('العام الماضي');
    expect(only('وزار المدينة لعام 2024.').text).toBe('عام 2024');
  });
});

describe('Solar Hijri dates', () => {
  it('reads Iranian month names and places them with the Persian calendar', () => {
    const m = only('نمایشگاه کتاب در ۳ آذر ۱۴۰۳ گشایش یافت.');
    expect(m.calendar).toBe('persian');
    expect(m.fields).toEqual({ day: 3, month: 9, year: 1403 });
    expect(inCalendar(m.interval?.start as string, 'persian')).toBe('1403/9/3');
  });

  it('reads Afghan month names, with or without ماه', () => {
    const withMah = only('این قرارداد در ۱۰ ماه دلو ۱۴۰۳ امضا شد.');
    const without = only('این قرارداد در ۱۰ دلو ۱۴۰۳ امضا شد.');
    expect(withMah.interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    expect(without.interval).toEqual(withMah.interval);
    expect(only('ولایت در ماه جدی ۱۴۰۳ برف زیادی دید.').fields).toEqual({ month: 10, year: 1403 });
  });

  it('reads ماه glued to the name, and an ordinal day', () => {
    expect(only('جلسه در دی‌ماه ۱۴۰۳ برگزار شد.', { language: 'fa' }).fields).toEqual({ month: 10, year: 1403 });
    const m = only('مراسم روز دوازدهم آذر ۱۴۰۴ برگزار شد.');
    expect(m.fields).toEqual({ day: 12, month: 9, year: 1404 });
    expect(inCalendar(m.interval?.start as string, 'persian')).toBe('1404/9/12');
  });

  it('reads a numeric date with a year near 1400 in a Persian text as Solar Hijri', () => {
    const m = only('بخشنامه مورخ ۱۴۰۴/۰۹/۱۲ به ادارات ابلاغ شد.');
    expect(m.calendar).toBe('persian');
    expect(inCalendar(m.interval?.start as string, 'persian')).toBe('1404/9/12');
  });

  it('reads the year markers ه.ش, هجری شمسی, خورشیدی', () => {
    for (const text of ['قانون در سال ۱۴۰۳ هجری شمسی تصویب شد.', 'قانون در ۱۴۰۳ ه.ش تصویب شد.', 'قانون در سال ۱۴۰۳ خورشیدی تصویب شد.']) {
      const m = only(text);
      expect(m.calendar).toBe('persian');
      expect(m.interval).toEqual({ start: '2024-03-20', end: '2025-03-20' });
    }
  });

  it('reads parts of Persian months, and Esfand has 29 or 30 days', () => {
    const late1402 = only('این طرح در پایان اسفند ۱۴۰۲ اجرا شد.');
    expect(inCalendar(late1402.interval?.start as string, 'persian')).toBe('1402/12/21');
    expect(inCalendar(late1402.interval?.end as string, 'persian')).toBe('1402/12/29');
    const late1403 = only('این طرح در اواخر اسفند ۱۴۰۳ اجرا شد.');
    expect(inCalendar(late1403.interval?.end as string, 'persian')).toBe('1403/12/30');
  });

  it('gives a month without a year its year-independent range', () => {
    const m = only('در اوایل ماه قوس باران شدیدی بارید.');
    expect(m.fields).toEqual({ month: 9, qualifier: 'early' });
    expect(m.precision).toBe('part-of-month');
    expect(m.interval).toBeUndefined();
    // Qaws 1 falls on 21 or 22 November; the tenth on 30 November or 1 December.
    expect(m.yearless).toEqual({ start: '--11-21', end: '--12-01' });
  });
});

describe('lunar Hijri dates', () => {
  it('reads Arabic month names with هـ, Umm al-Qura by default', () => {
    const m = only('بدأ الصيام في 1 رمضان 1446 هـ.');
    expect(m.calendar).toBe('islamic');
    expect(m.islamicVariant).toBe('umalqura');
    expect(inCalendar(m.interval?.start as string, 'islamic-umalqura')).toBe('1446/9/1');
  });

  it('places dates by the civil rule when asked', () => {
    const m = only('أقيم الحفل في 10 ذو الحجة 1440 هـ.', { islamic: 'civil' });
    expect(m.islamicVariant).toBe('civil');
    expect(inCalendar(m.interval?.start as string, 'islamic-civil')).toBe('1440/12/10');
  });

  it('reads Persian spellings and the markers ه.ق and قمری', () => {
    for (const text of [
      'عید قربان در ۱۰ ذی‌الحجه ۱۴۴۵ ه.ق بود.',
      'عید قربان در ۱۰ ذیحجه ۱۴۴۵ قمری بود.',
      'عید قربان در ۱۰ ذوالحجه ۱۴۴۵ هجری قمری بود.',
    ]) {
      const m = only(text);
      expect(m.calendar).toBe('islamic');
      expect(inCalendar(m.interval?.start as string, 'islamic-umalqura')).toBe('1445/12/10');
    }
  });

  it('has no year-independent range for a lunar month', () => {
    const m = only('تراجعت الحركة خلال شهر رمضان.');
    expect(m.interval).toBeUndefined();
    expect(m.yearless).toBeUndefined();
  });
});

describe('the language decides the month', () => {
  it('آذار is March in Arabic, آذر the ninth Solar Hijri month in Persian', () => {
    expect(only('سافر الوفد في آذار الماضي.', { language: 'ar' }).fields).toEqual({ month: 3 });
    expect(only('سافر الوفد في آذار الماضي.', { language: 'ar' }).calendar).toBe('gregorian');
    expect(only('هیئت در آذر گذشته سفر کرد.', { language: 'fa' }).calendar).toBe('persian');
    expect(only('هیئت در آذر گذشته سفر کرد.', { language: 'fa' }).fields).toEqual({ month: 9 });
    expect(extractDates('هیئت در آذار گذشته سفر کرد.', { language: 'fa' })).toEqual([]);
  });
});

describe('relative dates and dates without a year', () => {
  const reference = { referenceDate: '2025-01-29' };

  it('counts Arabic years and months in the Gregorian calendar', () => {
    expect(only('شهد العام الماضي تحسنا في الصادرات.', reference).interval).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(only('ارتفعت الأسعار الشهر الماضي.', reference).interval).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(only('ستجرى الانتخابات العام المقبل.', reference).interval).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(only('أُنجز المشروع العام قبل الماضي.', reference).interval).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('counts Persian years and months in the Solar Hijri calendar unless میلادی follows', () => {
    const lastYear = only('صادرات در سال گذشته افزایش یافت.', reference);
    expect(lastYear.calendar).toBe('persian');
    expect(inCalendar(lastYear.interval?.start as string, 'persian')).toBe('1402/1/1');
    expect(only('صادرات در سال گذشته میلادی افزایش یافت.', reference).interval).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    const lastMonth = only('قیمت‌ها در ماه گذشته بالا رفت.', reference);
    expect(inCalendar(lastMonth.interval?.start as string, 'persian')).toBe('1403/10/1');
    expect(only('امسال باران در این ولایت کم بارید و کشاورزان نگران هستند.', reference).relative).toEqual({ unit: 'year', offset: 0 });
  });

  it('does not read "the past two months" as last month', () => {
    expect(extractDates('در دو ماه گذشته قیمت‌ها بالا رفت.', reference)).toEqual([]);
    expect(extractDates('در ۲ ماه گذشته قیمت‌ها بالا رفت.', reference)).toEqual([]);
  });

  it('places "X الماضي" in the latest such month before the reference month', () => {
    expect(only('قُتل خمسة في مطلع ديسمبر الماضي.', { referenceDate: '2025-12-15' }).interval).toEqual({
      start: '2024-12-01',
      end: '2024-12-10',
    });
    expect(only('قُتل خمسة في مطلع ديسمبر الماضي.', { referenceDate: '2026-01-10' }).interval).toEqual({
      start: '2025-12-01',
      end: '2025-12-10',
    });
  });

  it('places a bare month or day at its latest occurrence on or before the reference date', () => {
    expect(only('افتُتح الجسر في ديسمبر.', { referenceDate: '2025-12-15' }).interval).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(only('افتُتح الجسر في ديسمبر.', { referenceDate: '2025-11-30' }).interval).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(only('افتُتح الجسر في 29 يناير.', { referenceDate: '2025-01-29' }).interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    expect(only('افتُتح الجسر في 29 يناير.', { referenceDate: '2025-01-28' }).interval).toEqual({ start: '2024-01-29', end: '2024-01-29' });
  });

  it('places a month with a relative year', () => {
    expect(only('التقى الرئيسان في ديسمبر العام الماضي.', reference).interval).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(only('التقى الرئيسان في ديسمبر من العام الماضي.', reference).relative).toEqual({ unit: 'year', offset: -1 });
  });

  it('places weekdays, yesterday and weeks (weeks run Saturday to Friday)', () => {
    const thursday = { referenceDate: '2025-01-30' };
    expect(only('عُقد الاجتماع الأربعاء في بشكيك.', thursday).interval).toEqual({ start: '2025-01-29', end: '2025-01-29' });
    expect(only('عُقد الاجتماع الأربعاء الماضي.', reference).interval).toEqual({ start: '2025-01-22', end: '2025-01-22' });
    expect(only('جلسه چهارشنبه آینده برگزار می‌شود.', reference).interval).toEqual({ start: '2025-02-05', end: '2025-02-05' });
    expect(only('أعلنت الوزارة أمس النتائج.', reference).interval).toEqual({ start: '2025-01-28', end: '2025-01-28' });
    expect(only('وقع الحادث الأسبوع الماضي.', reference).interval).toEqual({ start: '2025-01-18', end: '2025-01-24' });
  });

  it('keeps relative dates unplaced without a reference date', () => {
    const m = only('شهد العام الماضي تحسنا في الصادرات.');
    expect(m.relative).toEqual({ unit: 'year', offset: -1 });
    expect(m.interval).toBeUndefined();
    expect(m.yearless).toBeUndefined();
  });

  it('refuses a malformed reference date with a RangeError', () => {
    expect(() => extractDates('العام الماضي', { referenceDate: '29/01/2025' })).toThrow(RangeError);
    expect(() => extractDates('العام الماضي', { referenceDate: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('words that are months only in context', () => {
  it.each([
    ['میزان تورم در ماه‌های اخیر کاهش یافت.', 'fa'],
    ['حمل و نقل عمومی متوقف شد.', 'fa'],
    ['این موضوع جدی است و قوس قزح دیده شد.', 'fa'],
    ['مارس الضغط على الحكومة طويلا.', 'ar'],
    ['التقى رمضان قديروف بالوفد.', 'ar'],
    ['بلغ العدد صفر في المدينة.', 'ar'],
    ['صلاة الجمعة في المسجد الكبير.', 'ar'],
    ['سار الأب إلى السوق.', 'ar'],
    ['هیئت به دوشنبه رسید و در دوشنبه ماند.', 'fa'],
  ] as const)('finds no date in %s', (text, language) => {
    expect(extractDates(text, { language })).toEqual([]);
  });

  it.each([
    ['در ۵ میزان ۱۴۰۳ جلسه برگزار شد.', 7],
    ['اواخر حمل باران بارید.', 1],
    ['در ماه سرطان گرما شدید بود.', 4],
  ] as const)('reads %s with its context', (text, month) => {
    expect(only(text, { language: 'fa' }).fields.month).toBe(month);
  });

  it('reads دوشنبه as Monday when it is not after a preposition of place', () => {
    expect(only('هیئت دوشنبه به دوشنبه رسید.', { language: 'fa' }).fields.weekday).toBe(1);
    expect(only('نشست روز دوشنبه در دوشنبه برگزار شد.', { language: 'fa' }).text).toBe('روز دوشنبه');
  });
});
