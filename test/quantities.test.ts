import { describe, expect, it } from 'vitest';
import { compare, extractDates, extractNumbers, type ExtractNumbersOptions, type Finding, type NumberMention } from '../src/index.js';

/** value, unit and role of every number, spans checked. */
function read(text: string, options: ExtractNumbersOptions = {}): (string | undefined)[][] {
  const found: NumberMention[] = extractNumbers(text, options);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => [m.value, m.unit, m.role]);
}
const ar = (text: string, labels = false): (string | undefined)[][] => read(text, { language: 'ar', includeLabels: labels });
const fa = (text: string, labels = false): (string | undefined)[][] => read(text, { language: 'fa', includeLabels: labels });

/** The number findings of a translation pair, as `severity rule`. */
function numberFindings(a: string, b: string): string[] {
  return compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel' })
    .findings.filter((f: Finding) => f.kind === 'number')
    .map((f) => `${f.severity} ${f.rule}`);
}

describe('units and their conversions', () => {
  it('reads the units of length, area, volume, mass and temperature in both languages', () => {
    expect(ar('هطلت أمطار بلغت 4 بوصات وارتفع الماء 30 سنتيمترا و5 مليمترات على مساحة 200 فدان و50 هكتارا.').map((r) => r[1])).toEqual([
      'inch',
      'cm',
      'mm',
      'feddan',
      'hectare',
    ]);
    expect(ar('نقلت الشاحنة 300 غالون و900 لتر ووصلت الحرارة 104 درجات فهرنهايت أي 40 درجة مئوية.').map((r) => r[1])).toEqual([
      'gallon',
      'litre',
      'fahrenheit',
      'celsius',
    ]);
    expect(
      fa('باران ۴ اینچ و آب ۳۰ سانتیمتر بالا آمد، دما به ۴۰ درجه سانتیگراد رسید و ۹۰۰ لیتر آب در ۵۰ هکتار پخش شد.').map((r) => r[1]),
    ).toEqual(['inch', 'cm', 'celsius', 'litre', 'hectare']);
  });

  it.each([
    ['20 feet as 6 metres', 'ارتفعت الأمواج 20 قدمًا فوق الشاطئ.', 'ارتفاع امواج به ۶ متر بالاتر از ساحل رسید.'],
    ['6 feet as 1.8 metres', 'يبلغ طول الرجل 6 أقدام.', 'قد این مرد ۱.۸ متر است.'],
    ['550 pounds as 250 kilograms', 'يزن الحيوان 550 رطلاً.', 'وزن این حیوان ۲۵۰ کیلوگرم است.'],
    ['100 miles as 160 kilometres', 'تبعد المدينة 100 ميل عن الحدود.', 'این شهر ۱۶۰ کیلومتر از مرز فاصله دارد.'],
    ['2 inches as 5 centimetres', 'تراكمت الثلوج بعمق 2 بوصة.', 'برف به عمق ۵ سانتیمتر انباشته شد.'],
    ['104 °F as 40 °C', 'بلغت الحرارة 104 درجات فهرنهايت.', 'دما به ۴۰ درجه سانتیگراد رسید.'],
    ['10 gallons as 38 litres', 'استهلكت الآلة 10 غالونات من الوقود.', 'این دستگاه ۳۸ لیتر سوخت مصرف کرد.'],
    ['500 acres as 200 hectares', 'احترق 500 إيكر من الغابة.', '۲۰۰ هکتار از جنگل سوخت.'],
    ['two weeks as 14 days', 'استمرت الزيارة 14 يوما.', 'این سفر دو هفته طول کشید.'],
  ])('takes %s as one quantity converted (info)', (_, a, b) => {
    expect(numberFindings(a, b)).toEqual(['info number/conversion']);
  });

  it('reports a conversion that does not hold as a conflict, and the same number in another unit too', () => {
    expect(numberFindings('ارتفعت الأمواج 20 قدمًا فوق الشاطئ.', 'ارتفاع امواج به ۹ متر بالاتر از ساحل رسید.')).toEqual([
      'conflict number/different',
    ]);
    expect(numberFindings('سدد اللاعب من مسافة 30 ياردة.', 'بازیکن از فاصله ۳۰ متری شوت زد.')).toEqual(['conflict number/different']);
  });

  it('gives a range its unit at both ends, however the range is joined', () => {
    expect(ar('تستمر الحضانة من 4 إلى 7 أيام، وهطل 1–4 بوصات بين 3 و4 أشهر.')).toEqual([
      ['4', 'day', undefined],
      ['7', 'day', undefined],
      ['1', 'inch', undefined],
      ['4', 'inch', undefined],
      ['3', 'month', undefined],
      ['4', 'month', undefined],
    ]);
    expect(fa('دوره نهفتگی ۴ تا ۷ روز است.')).toEqual([
      ['4', 'day', undefined],
      ['7', 'day', undefined],
    ]);
    // 1–4 inches against 25–100 mm: each end a conversion, none a conflict.
    expect(numberFindings('هطلت أمطار بلغت 1–4 بوصات.', 'باران ۲۵ تا ۱۰۰ میلیمتر بارید.')).toEqual([
      'info number/conversion',
      'info number/conversion',
    ]);
  });

  it('keeps a conversion the same side gives in parentheses out of the numbers left unmatched', () => {
    expect(numberFindings('ارتفعت الأمواج 20 قدمًا.', 'ارتفاع امواج به ۲۰ فوت (۶ متر) رسید.')).toEqual([]);
  });
});

describe('what a number finding says about units', () => {
  const message = (a: string, b: string): string | undefined =>
    compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel' }).findings.find((f) => f.kind === 'number')
      ?.message;

  it('names the units in words when a conversion agrees', () => {
    expect(message('وقطعت القافلة 120 كيلومترا في يوم واحد.', 'این کاروان ۷۵ مایل را در یک روز پیمود.')).toBe(
      'The same quantity in two units: 120 كيلومترا in the Arabic text is about 74.56 miles — ۷۵ مایل in the Persian text — a conversion rounded as a translator would.',
    );
  });

  it('says the same figure stands in two units, not that it converts to a fraction of a day', () => {
    expect(
      message(
        'واستمرت عملية الإنقاذ في المنجم 37 دقيقة قبل إخراج العمال.',
        'عملیات نجات در معدن ۳۷ روز پیش از بیرون آوردن کارگران ادامه داشت.',
      ),
    ).toBe(
      'The same figure in two units: 37 دقيقة in the Arabic text counts minutes, ۳۷ روز in the Persian text days; one of them has the unit wrong.',
    );
  });

  it('says a share and the bare figure of its percentage are both that percentage (no "?")', () => {
    expect(
      message('وقال التقرير إن النصف من سكان القرية غادروا منازلهم.', 'این گزارش گفت ۵۰ از ساکنان روستا خانه‌های خود را ترک کردند.'),
    ).toBe(
      'The same share written two ways: النصف in the Arabic text and ۵۰ in the Persian text are both 50 percent, one of them without the sign.',
    );
  });
});

describe('ranges written the other way round', () => {
  it('reads a day range as its two days, in either order', () => {
    const days = (text: string, language: 'ar' | 'fa'): string[] =>
      extractDates(text, { language })
        .map((d) => d.interval?.start ?? '')
        .sort();
    expect(days('ظهرت الأعراض في الفترة من 1 إلى 10 يناير 2020.', 'ar')).toEqual(['2020-01-01', '2020-01-10']);
    expect(days('علایم از ۱۰-۱ ژانویه ۲۰۲۰ ظاهر شد.', 'fa')).toEqual(['2020-01-01', '2020-01-10']);
  });

  it('reads a range of years in either order, and the abbreviated end of one', () => {
    const years = (text: string, language: 'ar' | 'fa'): number[] => extractDates(text, { language }).map((d) => d.fields.year ?? 0);
    expect(years('جرى المسح بين عامي 1999-2000.', 'ar')).toEqual([1999, 2000]);
    expect(years('این بررسی در سال ۲۰۰۰-۱۹۹۹ انجام شد.', 'fa')).toEqual([2000, 1999]);
    expect(years('وقعت الأزمة في عام 2007–08.', 'ar')).toEqual([2007, 2008]);
  });

  it('finds no difference between a range and the same range reversed', () => {
    const r = compare(
      { text: 'ظهرت الأعراض في الفترة من 1 إلى 10 يناير 2020.', language: 'ar' },
      { text: 'علایم از ۱۰-۱ ژانویه ۲۰۲۰ ظاهر شد.', language: 'fa' },
      { mode: 'parallel' },
    );
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a scale word on one side only', () => {
  it('is a warning, not a conflict, when the figures are alike (the scale carried over or left out)', () => {
    expect(numberFindings('ارتفع عدد المشتركين إلى 2.4 مليون هذا العام.', 'شمار مشترکان امسال به 2.4 رسید.')).toEqual([
      'warning number/scale',
    ]);
    expect(numberFindings('تبرع السكان بـ 35 ألف دينار للمدرسة.', 'ساکنان ۳۵۰۰۰ دینار به مدرسه کمک کردند.')).toEqual([]);
    expect(numberFindings('تبرع السكان بـ 35 ألف دينار للمدرسة.', 'ساکنان ۳۵ دینار به مدرسه کمک کردند.')).toEqual(['warning number/scale']);
  });

  it('is a conflict when the figures differ too, or both sides give a scale', () => {
    expect(numberFindings('ارتفع عدد المشتركين إلى 2.4 مليون هذا العام.', 'شمار مشترکان امسال به ۲.۵ رسید.')).toEqual([
      'conflict number/different',
    ]);
    expect(numberFindings('ارتفع عدد المشتركين إلى 2.4 مليون هذا العام.', 'شمار مشترکان امسال به ۲.۴ میلیارد رسید.')).toEqual([
      'conflict number/different',
    ]);
  });
});

describe('fractions, duals and other counts', () => {
  it('reads fractions as fractions, not counts', () => {
    expect(ar('أصيب ثلثا السكان ونحو الخمس من الأطفال، وثلاثة أرباع الناخبين، بينما اجتمعت الدول الخمس.')).toEqual([
      ['0.6667', undefined, 'fraction'],
      ['0.2', undefined, 'fraction'],
      ['0.75', undefined, 'fraction'],
      ['5', undefined, undefined],
    ]);
    expect(fa('دو پنجم ساکنان و یک سوم کودکان و نیمی از کارگران بیمار شدند.')).toEqual([
      ['0.4', undefined, 'fraction'],
      ['0.3333', undefined, 'fraction'],
      ['0.5', undefined, 'fraction'],
    ]);
    expect(ar('نحن نصف ذلك بأنه تقدم، ووصل الفريق إلى نصف النهائي.')).toEqual([]);
  });

  it('reads a fraction of a scale word as the number it makes', () => {
    expect(ar('نزح ربع مليون شخص وعاد نصف مليون.')).toEqual([
      ['250000', 'person', undefined],
      ['500000', undefined, undefined],
    ]);
    expect(fa('نیمی از یک میلیون خانوار کمک گرفتند.')).toEqual([['500000', undefined, undefined]]);
  });

  it('pairs a fraction with the percentage that says it', () => {
    expect(numberFindings('صوّت ثلثا الأعضاء لصالح القرار.', 'شصت و هفت درصد اعضا به این قطعنامه رای دادند.')).toEqual([
      'info number/conversion',
    ]);
    expect(numberFindings('صوّت ثلثا الأعضاء لصالح القرار.', 'دو سوم اعضا به این قطعنامه رای دادند.')).toEqual([]);
  });

  it('reads Arabic duals as two, with their unit', () => {
    expect(ar('استمرت الزيارة يومين وسُجلت حالتين وارتفع الماء مترين.')).toEqual([
      ['2', 'day', undefined],
      ['2', 'case', undefined],
      ['2', 'm', undefined],
    ]);
    expect(numberFindings('استمرت الزيارة يومين.', 'این سفر دو روز طول کشید.')).toEqual([]);
  });

  it('reads the Dari ملیون, ملیارد and فیصد', () => {
    expect(fa('حدود ۳۰۰ ملیون نفر یعنی ۹۰ فیصد جمعیت و ۲ ملیارد دالر.')).toEqual([
      ['300000000', 'person', undefined],
      ['90', 'percent', undefined],
      ['2000000000', 'USD', undefined],
    ]);
  });

  it('reads "a thousand less fifty", and a half after the counted noun', () => {
    expect(ar('شارك ألف إلا خمسين متطوعا، وانتظروا سبعة أيام ونصف.')).toEqual([
      ['950', undefined, undefined],
      ['7.5', 'day', undefined],
    ]);
    expect(fa('آنها هفت و نیم روز منتظر ماندند.')).toEqual([['7.5', 'day', undefined]]);
    // The counted noun alone, then a half: one and a half.
    expect(ar('استغرق البناء عامًا ونصف.')).toEqual([['1.5', 'year', undefined]]);
    expect(numberFindings('استغرق البناء عامًا ونصف.', 'ساخت آن یک و نیم سال طول کشید.')).toEqual([]);
  });
});

describe('separators in both directions', () => {
  it('keeps the other reading of a lone separator before three digits', () => {
    const one = (text: string, language: 'ar' | 'fa'): Pick<NumberMention, 'value' | 'alternative'> => {
      const m = extractNumbers(text, { language })[0] as NumberMention;
      return { value: m.value, ...(m.alternative !== undefined ? { alternative: m.alternative } : {}) };
    };
    expect(one('مطالعه روی ۸٫۸۶۶ بیمار انجام شد.', 'fa')).toEqual({ value: '8.866', alternative: '8866' });
    expect(one('شملت الدراسة ١٠٬٧٠٠ مريض.', 'ar')).toEqual({ value: '10700', alternative: '10.7' });
    expect(one('شملت الدراسة 10.700 مريض.', 'ar')).toEqual({ value: '10.7', alternative: '10700' });
    expect(one('بلغ النمو ٢٫٥ في المئة.', 'ar')).toEqual({ value: '2.5' });
    expect(one('دزدان ۲۶،۷۵۰ دلار بردند.', 'fa')).toEqual({ value: '26750' });
  });

  it('finds no conflict where one side groups thousands with ٫ and the other with a comma', () => {
    expect(numberFindings('شملت الدراسة 8,866 مريضًا.', 'این مطالعه روی ۸٫۸۶۶ مریض انجام شد.')).toEqual([]);
  });

  it('reads .08% as 0.08 after a proclitic, but not a sentence end glued to the next number', () => {
    expect(ar('تراوح المعدل بين 13% و.08% في البلدين.').map((r) => r[0])).toEqual(['13', '0.08']);
    expect(fa('کیت ها تعویض می کند.80% از آنها خراب بود.').map((r) => r[0])).toEqual(['80']);
  });
});

describe('numbers that label rather than count', () => {
  it('reads virus, product and model names as identifiers, never as counts', () => {
    expect(ar('انتشر فيروس كوفيد-19 وسارس-كوف-2 وبثت إذاعة Radio 4 الخبر.')).toEqual([]);
    expect(ar('انتشر فيروس كوفيد-19 وسارس-كوف-2 وبثت إذاعة Radio 4 الخبر.', true)).toEqual([
      ['19', undefined, 'identifier'],
      ['2', undefined, 'identifier'],
      ['4', undefined, 'identifier'],
    ]);
    expect(fa('ویروس کووید-۱۹ و HCoV - ۲۲۹ E در گزارش آمده‌اند.', true).map((r) => r[2])).toEqual(['identifier', 'identifier']);
  });

  it('reads a telephone number as one identifier', () => {
    expect(ar('للاتصال: +98 21 1234 5678 أو 0799123456.', true)).toEqual([
      ['982112345678', undefined, 'identifier'],
      ['0799123456', undefined, 'identifier'],
    ]);
  });

  it('reads clock times as times of day', () => {
    expect(ar('بدأ الاجتماع الساعة 09:30 وانتهى في 3:35 عصرا، وعاد الوفد الساعة الخامسة.', true)).toEqual([
      ['9:30', undefined, 'time'],
      ['15:35', undefined, 'time'],
      ['5:00', undefined, 'time'],
    ]);
    expect(fa('جلسه ساعت ۱۱ صبح آغاز شد.', true)).toEqual([['11:00', undefined, 'time']]);
  });

  it('reads ordinals and numbers after a noun that names by number as ordinals', () => {
    expect(ar('وقع الهجوم في المنطقة السابعة عشرة خلال الدورة 44 من القرن الحادي والعشرين.', true)).toEqual([
      ['17', undefined, 'ordinal'],
      ['44', undefined, 'ordinal'],
      ['21', undefined, 'ordinal'],
    ]);
    // الـ before digits ranks (اليوم الـ 10) as often as it counts (ركابها الـ 47): a number either way.
    expect(ar('نجا ركابها الـ 47 جميعا.', true)).toEqual([['47', undefined, undefined]]);
    expect(fa('این حادثه در منطقه ۱۷ و در چهل و چهارمین دور و خیابان ۱۲۵‌ام رخ داد.', true)).toEqual([
      ['17', undefined, 'ordinal'],
      ['44', undefined, 'ordinal'],
      ['125', undefined, 'ordinal'],
    ]);
  });

  it('pairs a number with the ordinal or the label the other side writes, and never reports a label left alone', () => {
    expect(numberFindings('أكمل السائق الدورة 44 ثم توقف.', 'راننده چهل و چهارمین دور را تمام کرد و ایستاد.')).toEqual([]);
    expect(numberFindings('انتشر مرض كوفيد-19 في البلاد.', 'این بیماری در کشور شیوع یافت.')).toEqual([]);
    expect(numberFindings('تبدأ الجلسة الساعة 09:30.', 'جلسه آغاز می‌شود.')).toEqual([]);
  });

  it('compares times with times', () => {
    expect(numberFindings('تبدأ الجلسة الساعة 09:30 صباحا.', 'جلسه ساعت ۱۰:۳۰ صبح آغاز می‌شود.')).toEqual(['conflict number/different']);
    expect(numberFindings('تبدأ الجلسة الساعة 3:35 مساء.', 'جلسه ساعت ۱۵:۳۵ آغاز می‌شود.')).toEqual([]);
  });
});

describe('what is not a number left out', () => {
  it.each([
    ['one and two said by grammar', 'عاد بعد أسبوع من الحادث.', 'او یک هفته پس از حادثه بازگشت.'],
    ['a vague quantity for a number', 'نزح ثلاثة ملايين شخص من المنطقة.', 'میلیون ها نفر از این منطقه آواره شدند.'],
    ['a number inside a word', 'فازت المجموعة الرباعية بالمباراة.', 'گروه چهار نفره در این مسابقه برنده شد.'],
    ['a year given by its century', 'تأسست الشركة في بداية القرن الحادي والعشرين.', 'این شرکت در آغاز دهه ۲۰۰۰ تأسیس شد.'],
    [
      'a code the other side writes in Latin',
      'يرتبط الفيروس بمستقبل الإنترلوكين 6 في الخلايا.',
      'این ویروس به گیرنده IL6 در سلول‌ها متصل می‌شود.',
    ],
  ])('%s', (_, a, b) => {
    expect(numberFindings(a, b)).toEqual([]);
  });

  it('but a count of substance absent from the other side is a warning', () => {
    expect(numberFindings('قُتل 23 شخصا في الهجوم على القرية.', 'در حمله به این روستا افرادی کشته شدند.')).toEqual([
      'warning number/unmatched',
    ]);
  });
});

describe('what is not a date left out', () => {
  const dateFindings = (a: string, b: string): string[] =>
    compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel' })
      .findings.filter((f) => f.kind === 'date' && f.severity !== 'info')
      .map((f) => `${f.severity} ${f.rule}`);

  it.each([
    ['a weekday alone', 'وصل الوفد يوم الجمعة إلى العاصمة.', 'هیئت به پایتخت رسید.'],
    ['a date relative to the day of writing', 'ارتفعت الأسعار هذا العام بشكل كبير.', 'قیمت‌ها به شدت بالا رفت.'],
    ['a year the other side writes as a bare number', 'فاز في انتخابات عام 2016.', 'او در انتخابات 2016 پیروز شد.'],
    ['a year the other side gives as a decade', 'وُلدت الفكرة في الستينيات.', 'این ایده در دهه ۱۹۶۰ میلادی شکل گرفت.'],
    ['a month name inside a name', 'أعلنت مايو كلينيك أنها طورت اختبارا جديدا.', 'کلینیک Mayo اعلام کرد آزمایش تازه‌ای ساخته است.'],
  ])('%s', (_, a, b) => {
    expect(dateFindings(a, b)).toEqual([]);
  });

  it('but a month the other side leaves out is a warning', () => {
    expect(dateFindings('افتُتح المصنع في مارس 2023.', 'این کارخانه افتتاح شد.')).toEqual(['warning date/unmatched']);
  });
});
