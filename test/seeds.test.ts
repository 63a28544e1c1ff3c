import { expect, it } from 'vitest';
import { extractDates, extractNumbers, relateDates } from '../src/index.js';
import { describeWithSeeds, lazily, seed } from './support/shared.js';

// The acceptance checks of issue 4 on the real reports, read at test time (never copied into the project).
describeWithSeeds('facts in the seed reports', () => {
  const ar000 = lazily(() => seed('000'));
  const fa001 = lazily(() => seed('001'));
  const ar002 = lazily(() => seed('002'));
  const ar003 = lazily(() => seed('003'));

  it('every span slices exactly its text', () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      const text = seed(name);
      for (const m of [...extractDates(text), ...extractNumbers(text)]) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('finds early December (000) and early Qaws (001), a day apart at most', () => {
    const december = extractDates(ar000()).find((m) => m.text === 'مطلع ديسمبر الماضي');
    const qaws = extractDates(fa001()).find((m) => m.text === 'اوایل ماه قوس');
    expect(december).toMatchObject({
      calendar: 'gregorian',
      fields: { month: 12, qualifier: 'early' },
      yearless: { start: '--12-01', end: '--12-10' },
    });
    expect(qaws).toMatchObject({
      calendar: 'persian',
      fields: { month: 9, qualifier: 'early' },
      yearless: { start: '--11-21', end: '--12-01' },
    });
    expect(relateDates(december!, qaws!)).toMatchObject({ relation: 'overlaps', overlapDays: 1, minOverlapDays: 0 });
  });

  it('finds 2025 and ۲۰۲۵ the same year, and العام الماضي overlapping سال گذشته', () => {
    const y000 = extractDates(ar000()).find((m) => m.fields.year === 2025);
    const y001 = extractDates(fa001()).find((m) => m.fields.year === 2025);
    expect(y001?.text).toContain('۲۰۲۵');
    expect(relateDates(y000!, y001!).relation).toBe('equal');
    const last000 = extractDates(ar000()).find((m) => m.text === 'العام الماضي');
    const last001 = extractDates(fa001()).find((m) => m.text === 'سال گذشته');
    expect(relateDates(last000!, last001!).relation).toBe('overlaps');
  });

  it('finds eight tonnes and five on both sides', () => {
    const n000 = extractNumbers(ar000());
    const n001 = extractNumbers(fa001());
    expect(n000.find((n) => n.unit === 'tonne')).toMatchObject({ value: '8', qualifier: 'more-than' });
    expect(n001.find((n) => n.unit === 'tonne')).toMatchObject({ value: '8', qualifier: 'more-than' });
    expect(n000.filter((n) => n.value === '5').map((n) => n.text)).toEqual(['خمسة', 'خمسة']);
    expect(n001.filter((n) => n.value === '5')).toHaveLength(2);
  });

  it('reads 002 dated Wednesday 29 January 2025, the weekday confirmed', () => {
    const dated = extractDates(ar002()).find((m) => m.fields.weekday !== undefined && m.fields.day !== undefined);
    expect(dated).toMatchObject({ interval: { start: '2025-01-29', end: '2025-01-29' }, weekdayCheck: 'agrees' });
    expect(dated?.text).toContain('29 يناير/كانون الثاني 2025');
  });

  it('reads the border as 1344 km in 002 and 003', () => {
    for (const text of [ar002(), ar003()]) expect(extractNumbers(text).find((n) => n.unit === 'km')).toMatchObject({ value: '1344' });
  });
});
