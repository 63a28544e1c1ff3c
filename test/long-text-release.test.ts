/**
 * compare() lets each long document's folded text go once every reading the mode and the detectors take has
 * been made (compare.ts, document-facts.ts): the report must be the one a comparison that keeps the text gives.
 */
import { describe, expect, test } from 'vitest';
import { compare } from '../src/index.js';
import { comparePrepared } from '../src/compare/compare.js';
import { DocumentFacts } from '../src/compare/document-facts.js';
import { prepareDocument } from '../src/compare/prepared-document.js';

const ARABIC = [
  'وصل وزير الخارجية الأردني إلى طهران يوم الثلاثاء 14 مايو 2024 في زيارة تستمر ثلاثة أيام.',
  'وقالت منظمة الصحة العالمية إن 1,250 حالة سُجلت في اليمن بين 3 و9 مارس.',
  'وأعلنت الحكومة المصرية أن عدد السكان تجاوز مئة وخمسة ملايين نسمة في أواخر العام الماضي.',
  'والتقى الرئيس الفرنسي إيمانويل ماكرون نظيره التركي رجب طيب أردوغان في باريس.',
];
const PERSIAN = [
  'وزیر امور خارجه اردن روز سه‌شنبه ۲۵ اردیبهشت ۱۴۰۳ برای دیداری سه‌روزه وارد تهران شد.',
  'سازمان جهانی بهداشت گفت بین ۳ تا ۹ مارس ۱٬۲۵۰ مورد در یمن ثبت شده است.',
  'دولت مصر اعلام کرد جمعیت این کشور در اواخر سال گذشته از صد و پنج میلیون نفر گذشت.',
  'امانوئل مکرون، رئیس‌جمهور فرانسه، با رجب طیب اردوغان در پاریس دیدار کرد.',
];

/** Paragraphs of the sentences, the k-th with its numbers shifted, to more characters than a remembered text has. */
function long(sentences: readonly string[], chars: number): string {
  const out: string[] = [];
  for (let k = 0, n = 0; n <= chars; k++) {
    const paragraph = sentences.map((s) => s.replace(/1\d/g, String(10 + (k % 9)))).join(' ');
    out.push(paragraph);
    n += paragraph.length + 2;
  }
  return out.join('\n\n');
}

describe('a long document’s folded text let go before detection', () => {
  test('compare() reports what a comparison keeping the texts reports', () => {
    const a = { text: long(ARABIC, 100_000), language: 'ar' as const, publishedAt: '2024-05-20' };
    const b = { text: long(PERSIAN, 100_000), language: 'fa' as const };
    const kept = comparePrepared(prepareDocument(a), prepareDocument(b)).report;
    expect(kept.findings.length).toBeGreaterThan(0);
    expect(compare(a, b)).toEqual(kept);
  });

  test('readings made before stay; one asked after folds the text again', () => {
    const text = ARABIC.join(' ');
    const facts = new DocumentFacts(text, 'ar');
    const names = facts.names();
    facts.forgetText();
    expect(facts.names()).toBe(names);
    const numbers = facts.numbers({ includeLabels: true, includeDates: true });
    expect(numbers).toEqual(new DocumentFacts(text, 'ar').numbers({ includeLabels: true, includeDates: true }));
    expect(numbers.length).toBeGreaterThan(0);
  });
});
