import { describe, expect, it } from 'vitest';
import { clusterNames, compareMany, findNames, type DocumentNameMention } from '../src/index.js';

const tagged = (document: string, text: string): DocumentNameMention[] => findNames(text).map((m) => ({ ...m, document }));

describe('clusterNames', () => {
  const mentions = [
    ...tagged('a', 'قال الرئيس الطاجيكي إمام علي رحمون إن الحدود مع أفغانستان آمنة. وأضاف رحمون أن الصين شريك مهم.'),
    ...tagged('b', 'رئیس‌جمهور تاجیکستان امامعلی رحمان گفت که مرز با افغانستان امن است و چین شریک مهمی است.'),
    ...tagged('c', 'التقى الرئيس الطاجيكي إيمومالي رحمن وزير الدفاع الروسي أندريه بيلوسوف في دوشنبه.'),
  ];
  const clusters = clusterNames(mentions);
  const byLabel = (label: string) => clusters.find((c) => c.spellings.some((s) => s.text === label));

  it('puts every spelling of one person in one cluster, with where each occurs', () => {
    const rahmon = byLabel('رحمون');
    expect(rahmon?.spellings.map((s) => s.text).sort()).toEqual(['إمام علي رحمون', 'إيمومالي رحمن', 'امامعلی رحمان', 'رحمون'].sort());
    expect(rahmon?.documents).toEqual(['a', 'b', 'c']);
    const occurrence = rahmon?.spellings.find((s) => s.text === 'امامعلی رحمان')?.occurrences[0];
    expect(occurrence?.document).toBe('b');
    expect(rahmon?.label).toBe('إمام علي رحمون');
  });

  it('keeps other people and places apart, and groups places by entity across languages', () => {
    expect(byLabel('أندريه بيلوسوف')?.spellings).toHaveLength(1);
    expect(byLabel('الصين')?.spellings.map((s) => s.text)).toEqual(['الصين', 'چین']);
    expect(byLabel('الصين')?.id).toBe('CN');
    expect(byLabel('دوشنبه')?.id).toBe('TJ/Dushanbe');
    expect(byLabel('أفغانستان')?.documents).toEqual(['a', 'b']);
  });

  it('takes every kind of place findNames gives, a sea included (compareMany passes them on)', () => {
    const a = 'عبرت ناقلة نفط بحر قزوين متجهة إلى باكو.';
    const b = 'یک نفتکش از دریای خزر به سوی باکو رفت.';
    const sea = clusterNames([...tagged('a', a), ...tagged('b', b)]).find((c) => c.spellings.some((s) => s.text === 'بحر قزوين'));
    expect(sea?.spellings.map((s) => s.text)).toEqual(['بحر قزوين', 'دریای خزر']);
    expect(compareMany([a, b]).documents).toHaveLength(2);
  });

  it('leaves a surname alone when two clusters could take it', () => {
    const ambiguous = clusterNames([
      ...tagged('a', 'التقى الرئيس محمد علييف وزير الخارجية إلهام علييف.'),
      ...tagged('b', 'وقال علييف، في مؤتمر صحفي، إن الاتفاق قريب.'),
    ]);
    const alone = ambiguous.find((c) => c.spellings.some((s) => s.text === 'علييف'));
    expect(alone?.spellings).toHaveLength(1);
    expect(ambiguous.filter((c) => c.type === 'person')).toHaveLength(3);
  });

  it('returns nothing for nothing', () => {
    expect(clusterNames([])).toEqual([]);
  });
});
