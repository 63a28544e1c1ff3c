import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { compare, extractDates, type ComparisonReport, type Finding, type NumberFinding } from '../src/index.js';
import { hardText } from './support/arbitraries.js';
import { describeWithSeeds, lazily, seed } from './support/shared.js';

const example = (file: string): string => readFileSync(join(import.meta.dirname, '../examples/reports', file), 'utf8');
const arabic = example('bishkek.ar.txt');
const dari = example('bishkek.fa-AF.txt');

/** Every location of every finding slices exactly its words out of its document. */
function expectExactSpans(report: ComparisonReport): void {
  for (const f of report.findings) {
    for (const side of ['a', 'b'] as const) {
      const at = f[side];
      if (!at) continue;
      const text = report.documents[side].text;
      expect(text.slice(at.start, at.end), f.message).toBe(at.text);
      const before = text.slice(0, at.start).split('\n');
      expect(at.line).toBe(before.length);
      expect(at.column).toBe((before[before.length - 1] as string).length + 1);
      const sentences = report.documents[side].sentences;
      const first = sentences[at.sentence];
      expect(first && first.start <= at.start && at.start < first.end).toBe(true);
      // Only an omission may run on past its first sentence, and then over whole sentences of its bead.
      if (at.end > (first?.end ?? 0)) {
        expect(f.kind).toBe('omission');
        const bead = f.bead === undefined ? undefined : report.alignment.beads[f.bead];
        expect(bead?.[side].includes(at.sentence)).toBe(true);
        const last = sentences[bead?.[side].at(-1) ?? -1];
        expect(last?.end).toBe(at.end);
      }
    }
  }
}

const find = (report: ComparisonReport, rule: string, a?: string, b?: string): Finding | undefined =>
  report.findings.find((f) => f.rule === rule && (a === undefined || f.a?.text === a) && (b === undefined || f.b?.text === b));

describe('compare on the example reports', () => {
  const report = compare({ text: arabic, publishedAt: '2025-11-20' }, { text: dari });

  test('documents: languages detected, sentences with spans', () => {
    expect(report.documents.a.language).toBe('ar');
    expect(report.documents.b.language).toBe('fa');
    expect(report.documents.b.variant).toBe('fa-AF');
    expect(report.documents.a.languageSource.detected).toBe(true);
    for (const side of ['a', 'b'] as const) {
      for (const s of report.documents[side].sentences) expect(report.documents[side].text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  test('the alignment pairs the split first sentence and leaves the last Arabic sentence alone', () => {
    const beads = report.alignment.beads.map((b) => [b.a, b.b]);
    expect(beads[0]).toEqual([[0], [0, 1]]);
    expect(beads[beads.length - 1]).toEqual([[6], []]);
  });

  test('the changed number is a conflict; numbers in words and other digits are not', () => {
    const conflict = find(report, 'number/different', '12', '۱۴');
    expect(conflict?.severity).toBe('conflict');
    expect(report.findings.filter((f) => f.severity === 'conflict')).toHaveLength(1);
  });

  test('a bound against a plain number is approximate; the same bound with two values is a conflict', () => {
    const arabic = 'يعمل في المصنع أكثر من 500 عامل.';
    const bounded = compare(arabic, 'بیش از ۵۰۷ کارگر در این کارخانه کار می‌کنند.');
    expect(find(bounded, 'number/different', 'أكثر من 500', 'بیش از ۵۰۷')?.severity).toBe('conflict');
    const plain = compare(arabic, '۵۰۷ کارگر در این کارخانه کار می‌کنند.');
    expect(find(plain, 'number/approximate', 'أكثر من 500', '۵۰۷')?.severity).toBe('warning');
  });

  test('mid-October against mid-Mizan: the dates only partly overlap', () => {
    const date = find(report, 'date/partial-overlap', 'منتصف أكتوبر الماضي', 'اواسط ماه میزان');
    expect(date?.severity).toBe('warning');
    expect(date?.kind === 'date' && date.overlapDays).toBe(2);
  });

  test('next year in two calendars is a calendar difference, not a conflict', () => {
    expect(find(report, 'date/calendar', 'العام المقبل', 'سال آینده')?.severity).toBe('info');
  });

  test('names: a spelling, a convention, and a name against a pronoun', () => {
    const spelling = find(report, 'name/spelling', 'رسلان جاكسيليكوف', 'روسلان ژاکسیلیکوف');
    expect(spelling?.kind === 'name' && spelling.differences).toContain('ج ↔ ژ (zh)');
    expect(find(report, 'name/convention', 'بكين', 'پکن')).toBeDefined();
    expect(find(report, 'name/unmatched', 'أسانوف', 'او')?.message).toContain('pronoun');
  });

  test('the omitted sentence', () => {
    const omission = find(report, 'omission/sentence');
    expect(omission?.kind === 'omission' && omission.missingFrom).toBe('b');
    expect(omission?.a?.text).toBe(report.documents.a.sentences[6]?.text);
    // A sentence of content: a warning that quotes its first words.
    expect(omission?.severity).toBe('warning');
    expect(omission?.message).toContain((report.documents.a.sentences[6]?.text ?? '').split(' ').slice(0, 3).join(' '));
  });

  test('a sentence the translation split in two, each half with a fact of the whole, raises no doubt', () => {
    // The Arabic lede holds the three countries and the troops and vehicles; the Dari says the countries in
    // its first sentence and the 3,000 troops and 120 vehicles in its second.
    const bead = report.alignment.beads.findIndex((b) => b.a.length === 1 && b.b.length === 2);
    expect(bead).toBeGreaterThanOrEqual(0);
    expect(report.alignment.beads[bead]?.confidence).toBeLessThan(0.85);
    expect(report.findings.filter((f) => f.bead === bead && f.kind === 'omission')).toEqual([]);
    // A second sentence that states nothing of the lede, merged for want of a better place, still does.
    const lines = dari.split('\n');
    const replaced = [
      lines[0]?.replace(/ در این رزمایش‌ها سه هزار.*$/u, ' باران شدید جاده‌های شمال کشور را بست.') ?? '',
      ...lines.slice(1),
    ];
    expect(replaced[0]).toContain('باران');
    const other = compare(arabic, replaced.join('\n'));
    const unsure = other.findings.filter((f) => f.kind === 'omission' && f.severity === 'warning' && f.b?.text.includes('باران'));
    expect(unsure).toHaveLength(1);
  });

  test('every span slices exactly the words its finding is about', () => {
    expectExactSpans(report);
  });

  test('the summary counts what the findings say', () => {
    expect(report.summary.findings).toBe(report.findings.length);
    expect(report.summary.bySeverity.conflict).toBe(report.findings.filter((f) => f.severity === 'conflict').length);
    expect(report.summary.coverage).toEqual({ a: 0.857, b: 1 });
  });

  test('filters by kind and severity', () => {
    const some = compare(
      { text: arabic, publishedAt: '2025-11-20' },
      { text: dari },
      { kinds: ['number', 'date'], minSeverity: 'warning' },
    );
    expect(some.findings.length).toBeGreaterThan(0);
    for (const f of some.findings) {
      expect(['number', 'date']).toContain(f.kind);
      expect(f.severity).not.toBe('info');
    }
  });

  test('equal numbers in different forms only when asked', () => {
    const all = compare({ text: arabic, publishedAt: '2025-11-20' }, { text: dari }, { reportEqualNumbers: true });
    expect(find(all, 'number/form', 'ثلاثة آلاف', 'سه هزار')).toBeDefined();
    expect(find(report, 'number/form')).toBeUndefined();
  });

  test('the report is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('compare: a text compared again', () => {
  test('gives the same report as when it was read for the first time, against any other text', () => {
    const other = 'وزیر دفاع در اوایل قوس با همتای خود دیدار کرد.';
    const first = compare({ text: arabic, publishedAt: '2025-11-20' }, { text: dari });
    // Read with the Dari report, then remembered: against another text, and against the Dari report again.
    const withOther = compare({ text: arabic, publishedAt: '2025-11-20' }, other);
    const again = compare({ text: arabic, publishedAt: '2025-11-20' }, { text: dari });
    expect(again).toEqual(first);
    // Forgotten after comparisons of other texts, then read afresh.
    for (let k = 0; k < 10; k++) compare(`جملة عربية رقم ${k}.`, `جمله فارسی شماره ${k}.`);
    expect(compare({ text: arabic, publishedAt: '2025-11-20' }, other)).toEqual(withOther);
    expect(compare({ text: arabic, publishedAt: '2025-11-20' }, { text: dari })).toEqual(first);
  });
});

describe('compare: hostile input', () => {
  test('never throws, and spans stay exact, on arbitrary text', () => {
    fc.assert(
      fc.property(hardText, hardText, (a, b) => {
        expectExactSpans(compare(a, b));
      }),
      { numRuns: 60 },
    );
  });

  test('a sentence crowded with numbers: each still meets its counterpart, and one changed is one conflict', () => {
    // Past 64 × 64 mentions in a bead, each is weighed only against those near its place on the other side.
    const persian = (n: number): string => String(n).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);
    const values = Array.from({ length: 120 }, (_, i) => 1000 + 7 * i);
    const ar = `سجّلت المحطات ${values.map((v) => `${v} طنًا`).join(' ثم ')} على التوالي.`;
    const fa = (changed: number): string =>
      `ایستگاه‌ها به ترتیب ${values.map((v, i) => `${persian(i === changed ? v + 1 : v)} تُن`).join(' و سپس ')} ثبت کردند.`;
    const numbers = (report: ComparisonReport): NumberFinding[] => report.findings.filter((f): f is NumberFinding => f.kind === 'number');
    expect(numbers(compare({ text: ar, language: 'ar' }, { text: fa(-1), language: 'fa' }))).toEqual([]);
    const changed = numbers(compare({ text: ar, language: 'ar' }, { text: fa(60), language: 'fa' }));
    expect(changed.map((f) => [f.rule, f.values])).toEqual([
      ['number/different', { a: { text: '1420 طنًا', value: '1420', unit: 'tonne' }, b: { text: '۱۴۲۱ تُن', value: '1421', unit: 'tonne' } }],
    ]);
  });

  test('empty documents', () => {
    const report = compare('', '');
    expect(report.findings).toEqual([]);
    expect(report.summary.coverage).toEqual({ a: 1, b: 1 });
  });
});

describeWithSeeds('compare on the seeds, 000 against 001', () => {
  const seeds = lazily(() => compare(seed('000'), seed('001')));

  test('the alignment is the twelve beads of the seeds README', () => {
    expect(seeds().alignment.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3, 4]],
      [[4], [5]],
      [[5], [6]],
      [[6], [7]],
      [[7], [8]],
      [[8], [9]],
      [[9], [10]],
      [[10], [11, 12]],
      [[11], [13, 14]],
    ]);
  });

  test('early December against early Qaws: a warning with at most one day in common', () => {
    const date = find(seeds(), 'date/partial-overlap', 'مطلع ديسمبر الماضي', 'اوایل ماه قوس');
    expect(date?.severity).toBe('warning');
    expect(date?.kind === 'date' && date.overlapDays).toBeLessThanOrEqual(1);
  });

  test('the two names spelled differently, and the speaker against a pronoun', () => {
    expect(find(seeds(), 'name/spelling', 'تاسماغامبيتوف', 'تاسماگامبتوف')).toBeDefined();
    expect(find(seeds(), 'name/spelling', 'إمام علي رحمن', 'امامعلی رحمان')).toBeDefined();
    expect(find(seeds(), 'name/unmatched', 'تاسماغامبيتوف', 'او')).toBeDefined();
  });

  test('no conflict for 2025, the eight tonnes or the two fives', () => {
    expect(seeds().findings.filter((f) => f.severity === 'conflict')).toEqual([]);
    expectExactSpans(seeds());
  });
});

describe('compare: quantities as a reader understands them', () => {
  const pair = (a: string, b: string): ComparisonReport =>
    compare({ text: a, language: 'ar' }, { text: b, language: 'fa' }, { mode: 'parallel' });

  test('a unit conversion is info, and a number changed inside it is still a conflict', () => {
    const clean = pair('بلغ ارتفاع السد 300 قدم وطوله 2 ميل.', 'ارتفاع این سد ۹۱ متر و طول آن ۳.۲ کیلومتر است.');
    expect(clean.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['info number/conversion', 'info number/conversion']);
    const conversion = find(clean, 'number/conversion', '300 قدم');
    expect(conversion?.kind === 'number' && conversion.conversion).toEqual({ value: '91.44', unit: 'm' });
    const changed = pair('بلغ ارتفاع السد 300 قدم وطوله 2 ميل.', 'ارتفاع این سد ۹۸ متر و طول آن ۳.۲ کیلومتر است.');
    expect(changed.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['conflict number/different', 'info number/conversion']);
  });

  test('an identifier on both sides is no finding, and never a date', () => {
    const report = pair('ارتفعت إصابات كوفيد-19 في 3 مارس 2020.', 'موارد کووید-۱۹ در ۳ مارس ۲۰۲۰ افزایش یافت.');
    expect(report.findings.filter((f) => f.kind === 'number' || f.kind === 'date' || f.severity !== 'info')).toEqual([]);
    // کووید-۱۹ در ۳ مارس: the 19 of the code starts no date.
    expect(extractDates(report.documents.b.text, { language: 'fa' }).map((d) => d.text)).toEqual(['۳ مارس ۲۰۲۰']);
  });
});

describe('the README example', () => {
  test('prints exactly the conflict the README shows', () => {
    const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');
    const block = /## In ten lines\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const texts = [...block.matchAll(/text: '([^']+)'/g)].map((m) => m[1] as string);
    expect(texts).toHaveLength(2);
    const report = compare(
      { text: texts[0] as string, publishedAt: '2025-11-20' },
      { text: texts[1] as string, publishedAt: '2025-11-20' },
    );
    const printed = [...block.matchAll(/^\/\/ (\w+) (\S+) (.+)$/gm)].map((m) => [m[1], m[2], m[3]]);
    expect(report.findings.map((f) => [f.severity, f.rule, f.message])).toEqual(printed);
  });
});
