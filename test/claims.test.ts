import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { matchClaims, type ClaimMatch } from '../src/index.js';
import { hardText } from './support/arbitraries.js';

// One meeting told by three outlets, written for the project: each tells some of it, in its own order.
const ARABIC = [
  'عقد وزراء خارجية دول آسيا الوسطى اجتماعًا في طشقند يوم الجمعة لبحث أمن الحدود مع أفغانستان.',
  'واتفق الوزراء على إنشاء مركز مشترك لتبادل المعلومات الأمنية.',
  'وقال وزير خارجية أوزبكستان إن التجارة مع أفغانستان ارتفعت بنسبة 20 في المئة هذا العام.',
  'ومن المقرر أن يعقد الاجتماع المقبل في دوشنبه في الخريف.',
  'وتعاني المنطقة من موجة جفاف هي الأسوأ منذ عقود.',
];
const PERSIAN = [
  'تجارت ازبکستان با افغانستان امسال ۲۰ درصد افزایش یافته است.',
  'نشست بعدی وزیران در پاییز در دوشنبه برگزار خواهد شد.',
  'قیمت نان در بازارهای کابل دو برابر شده است.',
  'وزیران خارجه کشورهای آسیای مرکزی روز جمعه در تاشکند درباره امنیت مرز با افغانستان گفت‌وگو کردند.',
  'وزیران توافق کردند که یک مرکز مشترک برای تبادل اطلاعات امنیتی ایجاد شود.',
];
const OTHER_ARABIC = [
  'قالت مصادر إن وزراء خارجية آسيا الوسطى التقوا في طشقند الجمعة وناقشوا أمن الحدود الأفغانية.',
  'ارتفعت أسعار الخبز في كابول إلى الضعف.',
  'وأكد الوزير الأوزبكي أن حجم التجارة مع أفغانستان زاد 20 في المئة.',
];

const pairs = (matches: readonly ClaimMatch[]): [readonly number[], readonly number[]][] => matches.map((m) => [m.source, m.target]);

describe('matchClaims', () => {
  test('Arabic against Persian, in another order: each claim finds its counterpart; the drought and the bread find none', () => {
    expect(pairs(matchClaims(ARABIC, PERSIAN))).toEqual([
      [[0], [3]],
      [[1], [4]],
      [[2], [0]],
      [[3], [1]],
    ]);
  });

  test('Arabic against Arabic: two outlets share two claims', () => {
    const matches = matchClaims(ARABIC, OTHER_ARABIC);
    expect(pairs(matches)).toEqual([
      [[0], [0]],
      [[2], [2]],
    ]);
    // What paired the trade sentences: the number, the country and its adjective, words written alike.
    const trade = matches[1] as ClaimMatch;
    expect(trade.anchors.map((a) => a.kind)).toContain('number');
    expect(trade.anchors).toContainEqual({ kind: 'cognate', source: 'أوزبكستان', target: 'الأوزبكي' });
    expect(trade.anchors).toContainEqual({ kind: 'word', source: 'وزير', target: 'الوزير' });
  });

  test('Persian against Persian: the meeting and the trade pair across the order, the rain stays alone', () => {
    const other = [
      'به گفته وزیر خارجه ازبکستان، حجم تجارت این کشور با افغانستان ۲۰ درصد بیشتر شده است.',
      'باران‌های شدید در شمال ایران جاده‌ها را بست.',
      'نشست وزیران خارجه آسیای مرکزی در تاشکند به امنیت مرزهای افغانستان پرداخت.',
    ];
    expect(pairs(matchClaims([PERSIAN[3] as string, PERSIAN[0] as string, PERSIAN[2] as string], other))).toEqual([
      [[0], [2]],
      [[1], [0]],
    ]);
  });

  test('each match says how sure it is: above chance and sharing a good part of its content', () => {
    for (const m of matchClaims(ARABIC, PERSIAN)) {
      expect(m.surprise).toBeGreaterThanOrEqual(2.5);
      expect(m.overlap).toBeGreaterThanOrEqual(0.25);
      expect(m.confidence).toBeGreaterThan(0.5);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  test('a sentence split in two on one side joins its pair', () => {
    const split = [
      'وزیران خارجه کشورهای آسیای مرکزی روز جمعه در تاشکند دیدار کردند.',
      'آنها درباره امنیت مرز با افغانستان گفت‌وگو کردند.',
      'قیمت نان در بازارهای کابل دو برابر شده است.',
    ];
    expect(pairs(matchClaims(ARABIC, split))[0]).toEqual([[0], [0, 1]]);
  });

  test('skipped sentences (boilerplate) are never matched, and stricter thresholds match less', () => {
    const all = matchClaims(ARABIC, PERSIAN);
    const skipped = matchClaims(ARABIC, PERSIAN, { skip: { target: [3] } });
    expect(skipped.some((m) => m.target.includes(3))).toBe(false);
    expect(skipped.length).toBe(all.length - 1);
    expect(matchClaims(ARABIC, PERSIAN, { minSurprise: 7 }).length).toBeLessThan(all.length);
  });

  test('unrelated texts match nothing', () => {
    const weather = ['يتوقع أن تهطل أمطار غزيرة على المناطق الساحلية غدًا.', 'وستنخفض درجات الحرارة بشكل ملحوظ نهاية الأسبوع.'];
    expect(matchClaims(weather, PERSIAN)).toEqual([]);
  });

  test('never throws on arbitrary text; indices valid, consecutive, each sentence in one match at most', () => {
    fc.assert(
      fc.property(fc.array(hardText, { maxLength: 5 }), fc.array(hardText, { maxLength: 5 }), (a, b) => {
        const seen = { source: new Set<number>(), target: new Set<number>() };
        for (const m of matchClaims(a, b)) {
          for (const side of ['source', 'target'] as const) {
            const list = m[side];
            const length = side === 'source' ? a.length : b.length;
            expect(list.length).toBeGreaterThan(0);
            list.forEach((i, k) => {
              expect(i).toBeGreaterThanOrEqual(0);
              expect(i).toBeLessThan(length);
              if (k > 0) expect(i).toBe((list[k - 1] as number) + 1);
              expect(seen[side].has(i)).toBe(false);
              seen[side].add(i);
            });
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
