/**
 * Acceptance of issue 7 on the five real reports in ../shared/seeds (read at test time; skipped when absent):
 * 000 (Arabic) and 001 (its Dari translation), and 002, 003, 004, three other Arabic outlets on the CSTO and
 * the Tajik–Afghan border. Sentences are found by a word or two they hold, never copied.
 */
import { expect, test } from 'vitest';
import { compare, compareMany, type ComparisonReport, type MultiReport } from '../src/index.js';
import { describeWithSeeds, lazily, seed } from './support/shared.js';

const NAMES = ['000', '001', '002', '003', '004'];

/** The index of the one sentence of a report's document that holds `probe`. */
function sentenceWith(report: ComparisonReport, side: 'a' | 'b', probe: string): number {
  const found = report.documents[side].sentences.flatMap((s, i) => (s.text.includes(probe) ? [i] : []));
  expect(found, probe).toHaveLength(1);
  return found[0] as number;
}

/** The sentence pairs of the beads that pair sentences of both documents. */
function pairedSentences(report: ComparisonReport): [number, number][] {
  return report.alignment.beads.flatMap((bead) => bead.a.flatMap((i) => bead.b.map((j): [number, number] => [i, j])));
}

describeWithSeeds('compareMany on the five seed reports', () => {
  const seeds = lazily((): MultiReport => compareMany(NAMES.map((id) => ({ id, text: seed(id) }))));
  const pair = (a: number, b: number): ComparisonReport => seeds().comparisons.find((c) => c.a === a && c.b === b)?.report as ComparisonReport;

  test('every document against every other', () => {
    expect(seeds().comparisons.map((c) => [c.a, c.b])).toEqual([
      [0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4],
    ]);
    expect(seeds().documents.map((d) => d.id)).toEqual(NAMES);
  });

  test('000 and 001 are the one translation pair, compared in parallel; every other pair is comparable', () => {
    expect(seeds().translations.map((t) => [t.a, t.b, t.detected])).toEqual([[0, 1, true]]);
    for (const c of seeds().comparisons) {
      expect(c.report.mode, `${c.a}-${c.b}: ${c.report.modeReason}`).toBe(c.a === 0 && c.b === 1 ? 'parallel' : 'comparable');
      expect(c.report.modeReason).toMatch(/^(parallel|comparable) \(detected/);
    }
    // The parallel treatment: the twelve beads of the seeds README, one after the other.
    expect(pair(0, 1).alignment.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]], [[1], [1]], [[2], [2]], [[3], [3, 4]], [[4], [5]], [[5], [6]],
      [[6], [7]], [[7], [8]], [[8], [9]], [[9], [10]], [[10], [11, 12]], [[11], [13, 14]],
    ]);
  });

  test('one Rahmon row, with the five spellings and the documents that use each', () => {
    const spellings: Record<string, number[]> = {
      'إمام علي رحمن': [0],
      'امامعلی رحمان': [1],
      'إمام علي رحمون': [2],
      'إيمومالي رحمن': [3],
      'إمام علي رحمان': [4],
    };
    const rows = seeds().entities.filter((e) => e.spellings.some((s) => s.text in spellings || s.text === 'رحمون'));
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.type).toBe('person');
    expect(row.documents).toEqual([0, 1, 2, 3, 4]);
    for (const [text, documents] of Object.entries(spellings)) {
      expect(row.spellings.find((s) => s.text === text)?.documents, text).toEqual(documents);
    }
    expect(row.spellings.find((s) => s.text === 'رحمون')?.documents).toEqual([2]);
  });

  test('one Tasmagambetov row, with both Arabic spellings and the Persian one', () => {
    const rows = seeds().entities.filter((e) => e.spellings.some((s) => s.text.includes('تاسماغامبيتوف') || s.text.includes('تاسماگامبتوف')));
    expect(rows).toHaveLength(1);
    const spelling = (text: string): readonly number[] | undefined => rows[0]!.spellings.find((s) => s.text === text)?.documents;
    expect(spelling('تاسماغامبيتوف')).toEqual([0, 2]);
    expect(spelling('إيمان غالي تاسماغامبيتوف')).toEqual([2]);
    expect(spelling('إيمانغالي تاسماغامبيتوف')).toEqual([4]);
    expect(spelling('تاسماگامبتوف')).toEqual([1]);
  });

  test('the programme start year is a conflict: 2025 in 002, 2026 in 004', () => {
    const row = seeds().facts.find((f) => f.versions.some((v) => v.statements.some((s) => s.document === 4 && s.date?.interval?.start === '2026-01-01')));
    expect(row?.kind).toBe('date');
    expect(row?.status).toBe('conflict');
    const year = (v: { statements: readonly { date?: { interval?: { start: string; end: string } } }[] }) => v.statements[0]?.date?.interval;
    expect(row?.versions.map((v) => [year(v), v.documents])).toEqual([
      [{ start: '2025-01-01', end: '2025-12-31' }, [2]],
      [{ start: '2026-01-01', end: '2026-12-31' }, [4]],
    ]);
    expect(row?.disagreements.map((d) => [d.a, d.b, d.severity])).toEqual([[2, 4, 'conflict']]);
  });

  test('the 1344 km border is agreed by 002 and 003', () => {
    const row = seeds().facts.find((f) => f.versions.some((v) => v.statements.some((s) => s.number?.value === '1344')));
    expect(row?.status).toBe('agreed');
    expect(row?.documents).toEqual([2, 3]);
    expect(row?.versions).toHaveLength(1);
    expect(row?.versions[0]?.statements.map((s) => s.number?.unit)).toEqual(['km', 'km']);
  });

  test("002's date is read as Wednesday 29 January 2025, and the weekday checked", () => {
    const statements = seeds().facts.flatMap((f) => f.versions.flatMap((v) => v.statements));
    const date = statements.find((s) => s.document === 2 && s.date?.interval?.start === '2025-01-29');
    expect(date?.text).toContain('الأربعاء 29 يناير');
    expect(date?.date).toMatchObject({ calendar: 'gregorian', interval: { start: '2025-01-29', end: '2025-01-29' }, weekday: 3, weekdayCheck: 'agrees' });
  });

  test('the boilerplate of 003 and 004 is found, and is in no finding, no bead and no table', () => {
    const boilerplate = (d: number): Set<number> => new Set(seeds().documents[d]?.boilerplate?.map((b) => b.sentence));
    const sentences = (d: number) => seeds().documents[d]!.sentences;
    // 003 ends with a share button and "Exit mobile version"; 004 with a "read more" heading and other stories.
    const last003 = sentences(3).slice(-2).map((_, k) => sentences(3).length - 2 + k);
    expect(last003.every((i) => boilerplate(3).has(i))).toBe(true);
    const readMore = sentences(4).findIndex((s) => s.text.includes('قراءة المزيد'));
    expect(readMore).toBeGreaterThan(0);
    for (let i = readMore; i < sentences(4).length; i++) expect(boilerplate(4).has(i), sentences(4)[i]?.text).toBe(true);
    for (const c of seeds().comparisons) {
      for (const side of ['a', 'b'] as const) {
        const d = c[side];
        const skip = boilerplate(d);
        for (const f of c.report.findings) expect(f[side] && skip.has(f[side].sentence), f.message).toBeFalsy();
        for (const bead of c.report.alignment.beads) for (const i of bead[side]) expect(skip.has(i)).toBe(false);
      }
    }
    const spans = [
      ...seeds().entities.flatMap((e) => e.spellings.flatMap((s) => s.mentions)),
      ...seeds().facts.flatMap((f) => f.versions.flatMap((v) => v.statements)),
    ];
    for (const s of spans) expect(boilerplate(s.document).has(s.sentence), s.text).toBe(false);
    // The teasers' people (the UAE president, Trump, Katz) are no entities of the comparison.
    expect(seeds().entities.some((e) => e.spellings.some((s) => s.text.includes('ترامب') || s.text.includes('كاتس')))).toBe(false);
  });

  test('every span of the tables slices its words out of an existing document', () => {
    const spans = [
      ...seeds().entities.flatMap((e) => e.spellings.flatMap((s) => s.mentions)),
      ...seeds().facts.flatMap((f) => f.versions.flatMap((v) => v.statements)),
    ];
    expect(spans.length).toBeGreaterThan(50);
    for (const s of spans) expect(seeds().documents[s.document]?.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describeWithSeeds('claim matching on the seeds (comparable mode)', () => {
  test('001 against 004 pairs the border programme and the membership sentences, and nothing unrelated', () => {
    const report = compare(seed('001'), seed('004'));
    expect(report.mode).toBe('comparable');
    const a = (probe: string): number => sentenceWith(report, 'a', probe);
    const b = (probe: string): number => sentenceWith(report, 'b', probe);
    const pairs = pairedSentences(report);
    const has = (i: number, j: number): boolean => pairs.some(([x, y]) => x === i && y === j);
    // The intergovernmental border programme (001) and the plan to strengthen the border (004).
    expect(has(a('بیندولتی'), b('لتقوية'))).toBe(true);
    // The members of the CSTO.
    expect(has(a('بلاروس'), b('عضويتها'))).toBe(true);
    // Every pair made is one of these, judged by hand to state the same claim or part of it: the programme and
    // its preparation; measures for the south; attacks or threats from Afghan soil against Central Asia; a
    // worsening situation; threats that grow; the CSTO's founding and members; Afghanistan as a source of
    // extremist threat and a priority.
    const related: [string, string][] = [
      ['بیندولتی', 'لتقوية'], ['بیندولتی', 'الإعداد'], ['بخش جنوبی', 'لتقوية'], ['بخش جنوبی', 'الإعداد'],
      ['شبهنظامیان', '15 ألف'], ['شبهنظامیان', 'الحياد'], ['دوره ماموریت', 'نفوذ'],
      ['دامنه چالشها', '15 ألف'], ['دامنه چالشها', 'نفوذ'], ['دامنه چالشها', 'لزعزعة'],
      ['فروپاشی', 'عضويتها'], ['بلاروس', 'عضويتها'],
      ['منبع بالقوه', '15 ألف'], ['منبع بالقوه', 'بشكيك'], ['منبع بالقوه', 'داعش'], ['منبع بالقوه', 'لزعزعة'], ['منبع بالقوه', 'خصبة'],
      ['اولویتهای', 'خصبة'], ['اولویتهای', '15 ألف'],
    ];
    const allowed = new Set(related.map(([x, y]) => `${a(x)}:${b(y)}`));
    for (const [i, j] of pairs) expect(allowed.has(`${i}:${j}`), `${report.documents.a.sentences[i]?.text} ↔ ${report.documents.b.sentences[j]?.text}`).toBe(true);
  });

  test('001 against 002 pairs the border programme sentences', () => {
    const report = compare(seed('001'), seed('002'));
    expect(report.mode).toBe('comparable');
    const programme = sentenceWith(report, 'a', 'بیندولتی');
    // 002 speaks of the programme in its opening, in the presidency's statement, in its approval, its five years
    // and its measures.
    const about = ['المستهدف', 'أفغانتسان،', 'الأفغانتسانية', 'خمس سنوات', 'الجزء الجنوبي'].map((p) => sentenceWith(report, 'b', p));
    expect(pairedSentences(report).some(([i, j]) => i === programme && about.includes(j))).toBe(true);
  });
});
