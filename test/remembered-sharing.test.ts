/**
 * A document read once is remembered for the next comparison (prepared-document.ts), and reports are not copied
 * whole on their way out: so no object of a report may be one of a remembered reading's, or a caller editing
 * the report would edit what the next comparison reads. This walks both and looks for a shared object, on
 * texts with every kind of fact a report shows (dates with and without a year, in three calendars, ranges,
 * weekdays; numbers in digits and words; people, places, bodies).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, compareMany } from '../src/index.js';
import { rememberedReadings } from '../src/compare/prepared-document.js';

const ARABIC = [
  'وصل وزير الخارجية الأردني إلى طهران يوم الثلاثاء 14 مايو 2024 في زيارة تستمر ثلاثة أيام.',
  'وقالت منظمة الصحة العالمية إن 1,250 حالة سُجلت في اليمن بين 3 و9 مارس.',
  'ويعقد المؤتمر في 12 أكتوبر من كل عام في مدينة الرباط.',
  'وأعلنت الحكومة المصرية أن عدد السكان تجاوز مئة وخمسة ملايين نسمة في أواخر عام 2023.',
  'وفي 5 رمضان 1445 هـ افتتح المسجد الجديد في الدوحة.',
  'والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره التركي رجب طيب أردوغان في باريس.',
  'وارتفعت أسعار القمح بنسبة 12 في المئة خلال شهر يناير الماضي.',
  'وعبرت سفينة شحن بحر قزوين متجهة إلى ميناء باكو.',
];
const PERSIAN = [
  'وزیر امور خارجه اردن روز سه‌شنبه ۲۵ اردیبهشت ۱۴۰۳ برای دیداری سه‌روزه وارد تهران شد.',
  'سازمان جهانی بهداشت گفت بین ۳ تا ۹ مارس ۱٬۲۵۰ مورد در یمن ثبت شده است.',
  'این همایش هر سال در ۲۰ مهر در شهر رباط برگزار می‌شود.',
  'دولت مصر اعلام کرد جمعیت این کشور در اواخر سال ۲۰۲۳ از صد و پنج میلیون نفر گذشت.',
  'مسجد تازه در ۵ رمضان ۱۴۴۵ در دوحه گشایش یافت.',
  'امانوئل مکرون، رئیس‌جمهور فرانسه، با رجب طیب اردوغان در پاریس دیدار کرد.',
  'بهای گندم در ماه جدی گذشته دوازده درصد بالا رفت.',
  'یک کشتی باری از دریای خزر به سوی بندر باکو رفت.',
];

/** Every object reachable from a value, frozen ones left out (nobody can edit them). */
function objectsOf(root: unknown): Set<object> {
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value)) return;
    seen.add(value);
    if (value instanceof Map)
      for (const [k, v] of value) {
        walk(k);
        walk(v);
      }
    else if (value instanceof Set) for (const v of value) walk(v);
    else if (!ArrayBuffer.isView(value)) for (const key of Reflect.ownKeys(value)) walk((value as Record<PropertyKey, unknown>)[key]);
  };
  walk(root);
  return seen;
}

/** The objects of `report` that are also a remembered reading's. */
function sharedWithMemory(report: unknown): object[] {
  const memory = objectsOf(rememberedReadings());
  return [...objectsOf(report)].filter((o) => memory.has(o));
}

describe('a report shares no object with the documents it remembers', () => {
  test('compare() and compareMany() of texts read before hold nothing of their readings', () => {
    const a = { text: ARABIC.join(' '), publishedAt: '2024-05-20' };
    const b = { text: PERSIAN.join(' '), publishedAt: '2024-05-20' };
    compare(a, b);
    const again = compare(a, b);
    expect(again.findings.some((f) => f.kind === 'date')).toBe(true);
    expect(rememberedReadings().length).toBeGreaterThan(0);
    expect(sharedWithMemory(again)).toEqual([]);
    expect(sharedWithMemory(compareMany([a, b, { text: ARABIC.slice(0, 4).join(' ') }]))).toEqual([]);
  });

  test('on any choice of sentences', () => {
    const pick = (pool: readonly string[]) => fc.subarray([...pool], { minLength: 1 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(pick(ARABIC), pick(PERSIAN), (a, b) => {
        compare(a, b);
        expect(sharedWithMemory(compare(a, b))).toEqual([]);
        expect(sharedWithMemory(compareMany([a, b]))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
