import { describe, expect, it } from 'vitest';
import { extractNumbers, type ExtractNumbersOptions, type NumberMention } from '../src/index.js';

function numbers(text: string, options?: ExtractNumbersOptions): NumberMention[] {
  const found = extractNumbers(text, options);
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found;
}

/** value, unit and qualifier of every number, for compact expectations. */
function summary(text: string, options?: ExtractNumbersOptions): (string | undefined)[][] {
  return numbers(text, options).map((m) => [m.value, m.unit, m.qualifier]);
}

describe('numbers in digits', () => {
  it('reads the three digit scripts and their separators', () => {
    expect(summary('بلغ طول الخط 1,344 كيلومتراً، أي ١٬٣٤٤ كيلومترا.')).toEqual([
      ['1344', 'km', undefined],
      ['1344', 'km', undefined],
    ]);
    expect(summary('طول مرز ۱٬۳۴۴ کیلومتر و رشد اقتصادی ۲٫۵ درصد است.')).toEqual([
      ['1344', 'km', undefined],
      ['2.5', 'percent', undefined],
    ]);
    expect(numbers('سجلت الشركة نموا بنسبة 2.5 في المئة.')[0]?.text).toBe('2.5 في المئة');
  });

  it('reads the percent sign on either side, and ۲/۵ درصد as 2.5', () => {
    expect(summary('ارتفعت البطالة إلى %12 ثم إلى 14% هذا الشهر.')).toEqual([
      ['12', 'percent', undefined],
      ['14', 'percent', undefined],
    ]);
    expect(summary('نرخ تورم به ۲/۵ درصد رسید.')).toEqual([['2.5', 'percent', undefined]]);
  });

  it('reads thousands grouped by the Arabic comma or by a dot', () => {
    expect(summary('دزدان ۲۶،۷۵۰ دلار از بانک بردند.', { language: 'fa' })).toEqual([['26750', 'USD', undefined]]);
    expect(summary('أنتج المصنع 150.000 سيارة و2.5 طن من الفولاذ.')).toEqual([
      ['150000', undefined, undefined],
      ['2.5', 'tonne', undefined],
    ]);
  });

  it('leaves times of day and Persian ordinals in digits alone', () => {
    expect(extractNumbers('رسید ساعت ۴:۴۰ صبح و در دقیقه 89م گل زد و برای ۱۲ امین بار.', { language: 'fa' })).toEqual([]);
    expect(extractNumbers('وصل في الساعة 4.40 صباحا.', { language: 'ar' })).toEqual([]);
  });

  it('returns them, with their role, when labels are asked for', () => {
    const labels = (text: string, language: 'ar' | 'fa'): string[][] =>
      extractNumbers(text, { language, includeLabels: true }).map((m) => [m.text, m.value, m.role ?? 'count']);
    expect(labels('رسید ساعت ۴:۴۰ صبح و در دقیقه 89م گل زد و برای ۱۲ امین بار.', 'fa')).toEqual([
      ['۴:۴۰ صبح', '4:40', 'time'],
      ['89م', '89', 'ordinal'],
      ['۱۲ امین', '12', 'ordinal'],
    ]);
    expect(labels('وصل في الساعة 4.40 صباحا مع 12 شخصا.', 'ar')).toEqual([
      ['4.40 صباحا', '4:40', 'time'],
      ['12 شخصا', '12', 'count'],
    ]);
  });

  it('reads the same numbers with labels and without, less the labels (one reading serves both)', () => {
    const labels = new Set(['time', 'identifier', 'ordinal']);
    for (const [text, language] of [
      ['في الساعة 5 صباحا قتل 10 إلى 12 شخصا على الطريق 66 بين 3 و4 أشهر بعد الحادث الخامس.', 'ar'],
      ['ساعت ۸:۳۰ صبح ۴ تا ۷ روز بعد از ۱۲ امین جلسه، ۳۰ نفر در جاده ۶۶ زخمی شدند.', 'fa'],
    ] as const) {
      const withLabels = extractNumbers(text, { language, includeLabels: true });
      expect(withLabels.some((m) => labels.has(m.role ?? ''))).toBe(true);
      expect(extractNumbers(text, { language })).toEqual(withLabels.filter((m) => !labels.has(m.role ?? '')));
    }
  });

  it('reads units that qualify a noun in Persian (۳۰ متری, ۵ درصدی) and imperial units in Arabic', () => {
    expect(summary('یک خوک ۲۹۰ کیلویی در فاصله ۳۰ متری دیده شد و تورم ۵ درصدی بود.', { language: 'fa' }).map((r) => r[1])).toEqual([
      'kg',
      'm',
      'percent',
    ]);
    expect(summary('بلغ وزنه 650 رطلا وارتفعت الموجة 20 قدما.').map((r) => r[1])).toEqual(['lb', 'ft']);
  });

  it('keeps every digit of a long number', () => {
    expect(numbers('بلغ الدين 123456789012345678 ريالا.')[0]?.value).toBe('123456789012345678');
  });

  it('leaves the numbers of a date to the date unless asked', () => {
    const text = 'وقع الزلزال في 29 يناير 2025 وقتل 12 شخصا.';
    expect(summary(text)).toEqual([['12', 'person', undefined]]);
    expect(numbers(text, { includeDates: true }).map((m) => m.value)).toEqual(['29', '2025', '12']);
  });
});

describe('numbers in words', () => {
  it('reads Arabic gender and case forms', () => {
    expect(summary('أصيب ثمانية جنود وثماني نساء وثمان فتيات.').map((r) => r[0])).toEqual(['8', '8', '8']);
    expect(summary('عاد خمسة رجال وخمس نساء بعد عشرين يوما.')).toEqual([
      ['5', undefined, undefined],
      ['5', undefined, undefined],
      ['20', 'day', undefined],
    ]);
  });

  it('reads units with the article after a definite noun, but not the weekday الاثنين', () => {
    expect(summary('أشاد الوزير بالتنسيق بين الدول الثلاث خلال الأيام العشرة.').map((r) => r[0])).toEqual(['3', '10']);
    expect(extractNumbers('عُقد الاجتماع يوم الاثنين.', { language: 'ar', includeDates: true })).toEqual([]);
  });

  it('reads the abbreviated year of a range as that year, in either order, but not a month before a year', () => {
    expect(summary('انتهت الحرب الكورية 1950-53 بهدنة.').map((r) => r[0])).toEqual(['1950', '1953']);
    expect(summary('جنگ 53-1950 کره با آتش‌بس پایان یافت.', { language: 'fa' }).map((r) => r[0])).toEqual(['1953', '1950']);
    expect(summary('صدر التقرير في 12-2024.').map((r) => r[0])).toEqual(['12', '2024']);
  });

  it('reads tens with the article: في سن الأربعين, الذكرى الخمسين', () => {
    expect(summary('توفي الشاعر في سن الأربعين بعد الذكرى الخمسين للمهرجان.').map((r) => r[0])).toEqual(['40', '50']);
    expect(summary('جُدّد الجسر في القرن الحادي والعشرين.')).toEqual([]);
  });

  it('reads a decade with its century as its first year, and a decade without it as no number', () => {
    const ar = extractNumbers(
      'بُني الجسر في ثلاثينيات القرن العشرين، ورُمّم في الأربعينيات من القرن التاسع عشر، وزاره في الخمسينيات من عمره.',
      { language: 'ar' },
    );
    expect(ar.map((m) => [m.text, m.value])).toEqual([
      ['ثلاثينيات القرن العشرين', '1930'],
      ['الأربعينيات من القرن التاسع عشر', '1840'],
    ]);
    const fa = extractNumbers('این پل در دهه ۱۹۳۰ ساخته شد، در دهه ۳۰ و دهه سی مرمت شد و ۳۰ نفر روی آن کار کردند.', { language: 'fa' });
    expect(fa.map((m) => m.value)).toEqual(['1930', '30']);
  });

  it('reads Arabic compounds', () => {
    expect(summary('عبر الحدود خمسة عشر ألف لاجئ ثم ثلاثة آلاف وخمسمائة آخرون.').map((r) => r[0])).toEqual(['15000', '3500']);
    expect(numbers('تبرعت الدولة بمليونين ونصف المليون.').map((m) => [m.text, m.value])).toEqual([['مليونين ونصف المليون', '2500000']]);
    expect(summary('خصصت الحكومة مليون ونصف دولار.')).toEqual([['1500000', 'USD', undefined]]);
  });

  it('reads Persian words and compounds with و, also typed as one word', () => {
    expect(summary('پنج نفر کشته و پانزده نفر زخمی شدند.')).toEqual([
      ['5', 'person', undefined],
      ['15', 'person', undefined],
    ]);
    expect(summary('سه هزار و پانصد خانواده و بیست‌وپنج روستا آسیب دیدند.').map((r) => r[0])).toEqual(['3500', '25']);
    expect(summary('دولت یک میلیارد و دویست میلیون تومان اختصاص داد.')).toEqual([['1200000000', 'toman', undefined]]);
  });

  it('reads digits with scale words', () => {
    expect(summary('يضم التنظيم 15 ألف مقاتل.')).toEqual([['15000', undefined, undefined]]);
    expect(numbers('بودجه ۲.۵ میلیون دلار است.')[0]).toMatchObject({ value: '2500000', unit: 'USD', form: 'mixed' });
    expect(numbers('هزینه پل ۴۰ میلیون دالر بود.', { language: 'fa' })[0]).toMatchObject({ value: '40000000', unit: 'USD' });
  });

  it('reads the qualifier before a number into the mention', () => {
    const [m] = numbers('تم ضبط أكثر من ثمانية أطنان من المواد.');
    expect(m).toMatchObject({ text: 'أكثر من ثمانية أطنان', value: '8', unit: 'tonne', qualifier: 'more-than', form: 'words' });
    expect(summary('حدود ۲۰ نفر بازداشت و دست کم سه نفر آزاد شدند.', { language: 'fa' })).toEqual([
      ['20', 'person', 'about'],
      ['3', 'person', 'at-least'],
    ]);
    expect(summary('احتُجز نحو 40 شخصا، وأُفرج عن ما لا يقل عن ثلاثة.')).toEqual([
      ['40', 'person', 'about'],
      ['3', undefined, 'at-least'],
    ]);
    expect(summary('أسفر الحريق عن مقتل ما يصل إلى 12 شخصًا.')).toEqual([['12', 'person', 'at-most']]);
  });

  it('tells tonnes from people after تن', () => {
    expect(summary('بیش از هشت تُن مواد کشف شد.')).toEqual([['8', 'tonne', 'more-than']]);
    expect(summary('ده تن از ساکنان روستا زخمی شدند.')).toEqual([['10', 'person', undefined]]);
    expect(summary('۲۰ تن گندم وارد شد.')).toEqual([['20', 'tonne', undefined]]);
    expect(summary('یک کامیون ۴۰ تنی واژگون شد.')).toEqual([['40', 'tonne', undefined]]);
    // Without a damma or anything weighed after it, تن counts people, as Dari news uses it.
    expect(summary('شمار قربانیان سیلاب به ۱۲۰ تن رسید.')).toEqual([['120', 'person', undefined]]);
    expect(summary('بیش از ۲ میلیون تن این مسابقه را تماشا کردند.')).toEqual([['2000000', 'person', 'more-than']]);
  });

  it('leaves the clitic out of the span', () => {
    expect(numbers('وصل الوفد وخمسة مرافقين.')[0]?.text).toBe('خمسة');
    expect(numbers('قُدّرت الخسائر بثلاثة آلاف دولار.')[0]?.text).toBe('ثلاثة آلاف دولار');
  });
});

describe('what is not a number with a value', () => {
  it.each([
    ['قُتل عشرات الآلاف وآلاف الجرحى ومئات المفقودين.', 'ar'],
    ['عدة آلاف من الأشخاص وبضعة ملايين.', 'ar'],
    ['صدها نفر و هزاران نفر و چند هزار نفر آمدند.', 'fa'],
    ['الفصل الخامس عشر من القرن الحادي والعشرين.', 'ar'],
    ['این بیست و پنجمین نشست و فصل پنجم است.', 'fa'],
    ['یک ائتلاف نظامی نه تنها در منطقه فعال است.', 'fa'],
    ['إحدى الدول وأحد المصادر قالا ذلك.', 'ar'],
    ['لست متأكدا من ذلك.', 'ar'],
    ['عُثر على الرجل ميتًا في منزله.', 'ar'],
    ['خبرنگار بی بی سی و سی ان ان از می سی سی پی گزارش داد.', 'fa'],
    ['میلیون ها نفر و صد ها خانواده آواره شدند.', 'fa'],
    ['التقى الوزير بنظيره في القصر.', 'ar'],
  ] as const)('finds nothing in %s', (text, language) => {
    expect(extractNumbers(text, { language })).toEqual([]);
  });

  it('reads یک and نه when a unit follows', () => {
    expect(summary('یک کیلومتر و نه نفر')).toEqual([
      ['1', 'km', undefined],
      ['9', 'person', undefined],
    ]);
  });
});
