import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { alignSentences, alignTexts, type Alignment } from '../src/index.js';
import { hardText } from './support/arbitraries.js';
import { beadsCover, probability } from './support/invariants.js';

/** Beads cover every index of both sides exactly once, in order (the fuzzer's invariant), each with a confidence in [0, 1]. */
function expectCover(alignment: Alignment, n: number, m: number): void {
  beadsCover('beads', alignment.beads, n, m);
  alignment.beads.forEach((b, i) => {
    probability(`beads[${i}].confidence`, b.confidence);
  });
}

const pairs = (a: Alignment): string => JSON.stringify(a.beads.map((b) => [b.source, b.target]));

describe('alignSentences: invariants', () => {
  test('beads cover every sentence once and in order, for any input', () => {
    fc.assert(
      fc.property(fc.array(hardText, { maxLength: 25 }), fc.array(hardText, { maxLength: 25 }), (source, target) => {
        expectCover(alignSentences(source, target), source.length, target.length);
      }),
      { numRuns: 150 },
    );
  });

  test('empty inputs and one empty side', () => {
    expect(alignSentences([], []).beads).toEqual([]);
    expectCover(alignSentences(['جملة.'], []), 1, 0);
    expectCover(alignSentences([], ['جمله.', 'دوم.']), 0, 2);
  });

  test('5,000 × 3 sentences', () => {
    const source = Array.from({ length: 5000 }, (_, k) => `وقال المتحدث إن عدد المشاركين بلغ ${k} شخصًا.`);
    const target = ['سخنگو گفت شمار شرکت‌کنندگان ۱۲ نفر بود.', 'این نشست ادامه دارد.', 'او رفت.'];
    const alignment = alignSentences(source, target);
    expectCover(alignment, 5000, 3);
    // The sentence with the number 12 pairs with the Persian sentence that has ۱۲.
    expect(alignment.beads.find((b) => b.target.includes(0))?.source).toContain(12);
  });

  test('identical sentences repeated many times, in a long input that takes the banded search', () => {
    const source = Array.from({ length: 700 }, () => 'وصل الوفد إلى العاصمة.');
    const target = Array.from({ length: 690 }, () => 'هیئت به پایتخت رسید.');
    expectCover(alignSentences(source, target), 700, 690);
  });

  test('the result is deterministic', () => {
    fc.assert(
      fc.property(fc.array(hardText, { maxLength: 12 }), fc.array(hardText, { maxLength: 12 }), (source, target) => {
        expect(pairs(alignSentences(source, target))).toBe(pairs(alignSentences(source, target)));
      }),
      { numRuns: 50 },
    );
  });
});

describe('alignSentences: behaviour', () => {
  const arabic = [
    'أعلنت وزارة الصحة تسجيل 42 إصابة جديدة بالحمى في ولاية هرات.',
    'وقال المتحدث باسم الوزارة إن فرق الطوارئ أرسلت إلى المنطقة.',
    'وأضاف أن المستشفيات استقبلت أكثر من مئة مريض منذ بداية الشهر.',
    'وكانت الأمطار الغزيرة قد تسببت في فيضانات واسعة الأسبوع الماضي.',
    'وطالبت المنظمات الدولية بتقديم مساعدات عاجلة للسكان.',
  ];
  const dari = [
    'وزارت صحت ثبت ۴۲ مورد جدید ابتلا به تب را در ولایت هرات اعلام کرد.',
    'سخنگوی این وزارت گفت که تیم‌های عاجل به منطقه فرستاده شده‌اند.',
    'به گفته او، شفاخانه‌ها از آغاز ماه تاکنون بیش از صد بیمار را پذیرفته‌اند.',
    'سازمان‌های بین‌المللی خواستار ارسال کمک‌های فوری برای باشندگان شدند.',
  ];

  test('a sentence left out on one side is a bead with an empty side', () => {
    const alignment = alignSentences(arabic, dari);
    expect(pairs(alignment)).toBe(
      JSON.stringify([
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
        [[3], []],
        [[4], [3]],
      ]),
    );
  });

  test('a sentence split in two is a 1-2 bead', () => {
    const split = [dari[0], 'سخنگوی این وزارت گفت.', 'تیم‌های عاجل به منطقه فرستاده شده‌اند.', dari[2], dari[3]] as string[];
    const alignment = alignSentences(
      arabic.filter((_, k) => k !== 3),
      split,
    );
    expect(pairs(alignment)).toBe(
      JSON.stringify([
        [[0], [0]],
        [[1], [1, 2]],
        [[2], [3]],
        [[3], [4]],
      ]),
    );
  });

  test('explain: the evidence that paired each bead, with numbers across digit scripts', () => {
    const alignment = alignSentences(arabic, dari, { explain: true });
    const first = alignment.beads[0];
    expect(first?.anchors).toContainEqual({ kind: 'number', source: '42', target: '۴۲' });
    expect(first?.anchors).toContainEqual({ kind: 'cognate', source: 'هرات', target: 'هرات' });
    expect(alignment.languages).toEqual({ source: 'ar', target: 'fa' });
  });

  test("the caller's dictionary is evidence, and a changed dictionary needs a new object", () => {
    const source = ['رأى الصياد الخرنوب.'];
    const target = ['ماهیگیر گیاه نادری دید.'];
    const dictionary = new Map([['الخرنوب', 'نادری']]);
    const anchors = (d: Map<string, string>) => alignSentences(source, target, { dictionary: d, explain: true }).beads[0]?.anchors ?? [];
    expect(anchors(dictionary)).toContainEqual({ kind: 'dictionary', source: 'الخرنوب', target: 'نادری' });
    // The same object again: the lexicon built the first time, with the same result.
    expect(anchors(dictionary)).toContainEqual({ kind: 'dictionary', source: 'الخرنوب', target: 'نادری' });
    expect(anchors(new Map([['الصياد', 'گیاه']]))).not.toContainEqual({ kind: 'dictionary', source: 'الخرنوب', target: 'نادری' });
  });

  test('an external similarity can overrule the built-in signals', () => {
    const source = ['جملة أولى عن الطقس.', 'جملة ثانية عن الاقتصاد.'];
    const target = ['جمله‌ای درباره هوا و اقتصاد.'];
    // Without help the single target sentence could pair with either; the external model says the second.
    const alignment = alignSentences(source, target, { similarity: (s, t) => (s.length === 1 && s[0] === 1 && t[0] === 0 ? 1 : 0) });
    expect(alignment.beads.find((b) => b.target.includes(0))?.source).toEqual([1]);
  });
});

describe('alignTexts', () => {
  test('keeps the spans of the sentences it aligns', () => {
    const source = 'وصل الوفد إلى كابول يوم 3 مايو.\nوالتقى بالمسؤولين.';
    const target = 'هیئت روز ۳ مه به کابل رسید. با مقامات دیدار کرد.';
    const a = alignTexts(source, target);
    expect(a.sourceSentences.map((s) => source.slice(s.start, s.end))).toEqual(a.sourceSentences.map((s) => s.text));
    expect(pairs(a)).toBe(
      JSON.stringify([
        [[0], [0]],
        [[1], [1]],
      ]),
    );
  });
});
