/**
 * Acceptance on the five real reports in ../shared/seeds (read at test time; skipped when absent).
 */
import { expect, it } from 'vitest';
import { clusterNames, compare, compareNames, findNames, type DocumentNameMention } from '../src/index.js';
import { describeWithSeeds, seed } from './support/shared.js';

const files = ['000', '001', '002', '003', '004'];
const read = seed;

// Every person named in the seeds, as written (a name inside a longer name counts once, in the longer).
const PEOPLE: Record<string, string[]> = {
  '000': ['تاسماغامبيتوف', 'إمام علي رحمن', 'تاسماغامبيتوف'],
  '001': ['تاسماگامبتوف', 'امامعلی رحمان', 'تاسماگامبتوف'],
  '002': ['إمام علي رحمون', 'إيمان غالي تاسماغامبيتوف', 'رحمون', 'سراج الدين مهر الدين', 'تاسماغامبيتوف'],
  '003': ['إيمومالي رحمن'],
  '004': [
    'أندريه بيلوسوف',
    'بيلوسوف',
    'بيلوسوف',
    'أندريه بيلوسوف',
    'بيلوسوف',
    'فلاديمير بوتين',
    'إمام علي رحمان',
    'إيمانغالي تاسماغامبيتوف',
    'محمد بن زايد',
    'بوتين',
    'محمد بن زايد',
    'بوتين',
    'محمد بن زايد آل نهيان',
    'فلاديمير بوتين',
    'ترامب',
    'ترامب',
    'دونالد ترامب',
    'يسرائيل كاتس',
    'كاتس',
    'جلال موسوي',
  ],
};

describeWithSeeds('names on the seed reports', () => {
  it('finds every person named, and nothing else as a person', () => {
    for (const f of files) {
      const people = findNames(read(f))
        .filter((m) => m.type === 'person')
        .map((m) => m.text);
      expect(people, f).toEqual(PEOPLE[f.slice(0, 3)]);
    }
  });

  it('calls the country pairs of the seeds README the same place', () => {
    for (const [a, b] of [
      ['كازاخستان', 'قزاقستان'],
      ['قيرغيزستان', 'قرقیزستان'],
      ['أرمينيا', 'ارمنستان'],
      ['بيلاروس', 'بلاروس'],
      ['الصين', 'چین'],
    ] as const) {
      expect(compareNames(a, b).same, `${a} | ${b}`).toBe(true);
    }
  });

  it('clusters the five spellings of Rahmon, those of Tasmagambetov, and keeps the others apart', () => {
    const mentions: DocumentNameMention[] = files.flatMap((f) => findNames(read(f)).map((m) => ({ ...m, document: f.slice(0, 3) })));
    const clusters = clusterNames(mentions);
    const holding = (text: string) => clusters.filter((c) => c.spellings.some((s) => s.text === text));
    const rahmon = holding('رحمون');
    expect(rahmon).toHaveLength(1);
    for (const spelling of ['إمام علي رحمن', 'امامعلی رحمان', 'إمام علي رحمون', 'إيمومالي رحمن', 'إمام علي رحمان']) {
      expect(holding(spelling), spelling).toEqual(rahmon);
    }
    const tasmagambetov = holding('تاسماگامبتوف');
    expect(tasmagambetov).toHaveLength(1);
    for (const spelling of ['تاسماغامبيتوف', 'إيمان غالي تاسماغامبيتوف', 'إيمانغالي تاسماغامبيتوف']) {
      expect(holding(spelling), spelling).toEqual(tasmagambetov);
    }
    const own = ['بيلوسوف', 'بوتين', 'دوشنبه', 'بشكيك'].map((t) => holding(t));
    for (const c of own) expect(c).toHaveLength(1);
    const ids = new Set([...own.flat(), rahmon[0], tasmagambetov[0]].map((c) => c?.id));
    expect(ids.size).toBe(6);
  });

  it('compares 000 with 001: the two spellings and the pronoun at info, and no name at warning or conflict', () => {
    const report = compare(read(files[0] as string), read(files[1] as string));
    const names = report.findings.filter((f) => f.kind === 'name');
    const at = (rule: string, a: string, b: string) => names.find((f) => f.rule === rule && f.a?.text === a && f.b?.text === b);
    expect(at('name/spelling', 'تاسماغامبيتوف', 'تاسماگامبتوف')?.severity).toBe('info');
    expect(at('name/spelling', 'إمام علي رحمن', 'امامعلی رحمان')?.severity).toBe('info');
    expect(at('name/unmatched', 'تاسماغامبيتوف', 'او')?.severity).toBe('info');
    expect(names.filter((f) => f.severity !== 'info').map((f) => f.message)).toEqual([]);
  });
});
