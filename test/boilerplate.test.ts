import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, findBoilerplate, segment } from '../src/index.js';
import { spansInOrder } from './support/invariants.js';
import { hardText } from './support/arbitraries.js';

// Pages written for the project: a short report followed by the furniture of a news site.
const ARABIC_PAGE = [
  'وزير الخارجية الباكستاني يزور كابول',
  'وصل وزير الخارجية الباكستاني إلى كابول اليوم في زيارة تستغرق يومين.',
  'وسيبحث مع المسؤولين الأفغان ملف اللاجئين والتجارة عبر الحدود.',
  'الصورة: وكالة الأنباء',
  'شارك الخبر',
  'اقرأ أيضا',
  'ارتفاع أسعار الذهب في الأسواق',
  'فوز المنتخب في مباراة ودية',
  'Exit mobile version',
].join('\n');

const PERSIAN_PAGE = [
  'سفر وزیر خارجه پاکستان به کابل',
  'وزیر خارجه پاکستان امروز برای یک سفر دو روزه وارد کابل شد.',
  'عکس: خبرگزاری',
  'اشتراک‌گذاری',
  'بیشتر بخوانید',
  'افزایش قیمت دلار در بازار',
  'بازگشت به بالا',
].join('\n');

const rules = (text: string): string[] => findBoilerplate(text).map((b) => `${b.sentence} ${b.rule}`);

describe('findBoilerplate', () => {
  test('share buttons, credits, "read more" and the teasers after it, navigation (Arabic page)', () => {
    expect(rules(ARABIC_PAGE)).toEqual(['3 credit', '4 share', '5 read-more', '6 teasers', '7 teasers', '8 navigation']);
  });

  test('the same furniture on a Persian page', () => {
    expect(rules(PERSIAN_PAGE)).toEqual(['2 credit', '3 share', '4 read-more', '5 teasers', '6 navigation']);
  });

  test('a headline printed twice: the second copy is boilerplate, the first is the report', () => {
    const page = 'الحكومة تعلن خطة جديدة للنقل\nالحكومة تعلن خطة جديدة للنقل\nأعلنت الحكومة خطة جديدة لتطوير النقل العام في العاصمة.';
    expect(rules(page)).toEqual(['1 repeated']);
  });

  test('a text made only of short lines without a full stop (a list of headlines) is its own content, not a footer', () => {
    const headlines = [
      'افتتاح معرض الكتاب في الرياض',
      'ارتفاع أسعار القمح في الأسواق العالمية',
      'وزير النفط يزور حقول البصرة',
      'انطلاق بطولة آسيا للشباب في الدوحة',
      'الأمطار تغلق طرقا جبلية في لبنان',
    ];
    expect(rules(headlines.join('\n'))).toEqual([]);
    // The same after a report's opening sentence: a list longer than any page's footer stays.
    const long = ['نشرة عناوين اليوم.', ...Array.from({ length: 60 }, (_, i) => `${headlines[i % 5]} رقم ${i + 1}`), 'شارك الخبر'];
    expect(rules(long.join('\n'))).toEqual(['61 share']);
  });

  test("a headline that comes back far down a long list is the list's own; near it, a page's copy", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `خبر عاجل عن الطقس في المدينة رقم ${i}`);
    const far = [...lines, lines[0]].join('\n');
    expect(rules(far)).toEqual([]);
    const near = [...lines.slice(0, 5), lines[0], ...lines.slice(5)].join('\n');
    expect(rules(near)).toEqual(['5 repeated']);
  });

  test('a "read more" that unfolds the rest of the article keeps the article', () => {
    const page = [
      'وصل وزير الخارجية الباكستاني إلى كابول في زيارة رسمية لبحث ملف اللاجئين.',
      'قراءة المزيد',
      'وقال وزير الخارجية الباكستاني في كابول إن ملف اللاجئين الأفغان في باكستان يتصدر الزيارة الرسمية.',
    ].join('\n');
    expect(rules(page)).toEqual(['1 read-more']);
  });

  test('a sentence that merely starts with a credit word is no credit', () => {
    const page = 'المصدر الرئيسي للمياه في المدينة نهر كابول الذي جف هذا العام بسبب قلة الأمطار وارتفاع درجات الحرارة في الصيف.';
    expect(rules(page)).toEqual([]);
  });

  test('the units are those of segment(), with their spans', () => {
    const sentences = segment(ARABIC_PAGE);
    for (const b of findBoilerplate(ARABIC_PAGE)) {
      expect(b.text).toBe(sentences[b.sentence]?.text);
      expect(ARABIC_PAGE.slice(b.start, b.end)).toBe(b.text);
    }
  });

  test('never throws on arbitrary text; spans in order, inside the text, each its slice', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const found = findBoilerplate(text);
        spansInOrder('boilerplate', text, found, { disjoint: true });
        found.forEach((b, i) => {
          if (i > 0) expect(b.sentence).toBeGreaterThan(found[i - 1]?.sentence ?? -1);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('compare leaves the boilerplate out', () => {
  const other = 'وزیر خارجه پاکستان امروز وارد کابل شد و درباره مسئله پناهجویان و تجارت مرزی با مقام‌های افغان گفت‌وگو خواهد کرد.';

  test('boilerplate is in no bead and no finding, and is listed with its rule', () => {
    const report = compare(ARABIC_PAGE, other);
    const skipped = new Set(report.documents.a.boilerplate?.map((b) => b.sentence));
    expect([...skipped]).toEqual([3, 4, 5, 6, 7, 8]);
    for (const bead of report.alignment.beads) for (const i of bead.a) expect(skipped.has(i)).toBe(false);
    for (const f of report.findings) expect(f.a && skipped.has(f.a.sentence)).toBeFalsy();
  });

  test('two lists of headlines are compared line by line, none left out as furniture', () => {
    const arabic = ['افتتاح معرض الكتاب في الرياض', 'ارتفاع أسعار القمح في الأسواق العالمية', 'وزير النفط يزور حقول البصرة'];
    const persian = ['گشایش نمایشگاه کتاب در ریاض', 'افزایش قیمت گندم در بازارهای جهانی', 'وزیر نفت از میدان‌های بصره بازدید کرد'];
    const report = compare([...arabic, 'شارك الخبر'].join('\n'), persian.join('\n'));
    expect(report.documents.a.boilerplate?.map((b) => `${b.sentence} ${b.rule}`)).toEqual(['3 share']);
    expect(report.documents.b.boilerplate).toBeUndefined();
    expect(report.alignment.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  test('boilerplate: false compares every sentence', () => {
    const report = compare(ARABIC_PAGE, other, { boilerplate: false });
    expect(report.documents.a.boilerplate).toBeUndefined();
    expect(report.alignment.beads.flatMap((b) => b.a).sort((x, y) => x - y)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
