import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a ministry's or a state organisation's remit", () => {
  it('may be cut after its first item, joined by "and" or a comma', () => {
    for (const [long, short] of <[string, string][]>[
      ['وزارت راه و شهرسازی', 'وزارت راه'],
      ['وزارة الداخلية والبلديات', 'وزارة الداخلية'],
      ['وزارت فرهنگ و ارشاد اسلامی', 'وزارت فرهنگ'],
      ['سازمان حج و زیارت', 'سازمان حج'],
      ['وزارة الزراعة، الثروة الحيوانية والسمكية', 'وزارة الزراعة'],
    ]) {
      const m = compareNames(long, short);
      expect(m.same, `${long} / ${short}`).toBe(true);
      expect(m.reason.kind).toBe('partial');
      expect(m.reason.detail).toMatch(/lists more of what it is in charge of/u);
    }
  });

  it("not before a word the other name has (higher education is not education), nor after a party's two nouns", () => {
    expect(compareNames('وزارة التعليم العالي والبحث العلمي', 'وزارة التعليم').same).toBe(false);
    expect(compareNames('حزب الحرية والعدالة', 'حزب الحرية').same).toBe(false);
    expect(compareNames('جبهه مشارکت و آزادی', 'جبهه مشارکت').same).toBe(false);
  });

  it("whose first items left out leave the last item's end: another ministry", () => {
    const m = compareNames('وزارت تجارت', 'وزارت صنعت، معدن و تجارت');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toMatch(/opens with .* the first items of what it is in charge of/u);
  });
});

describe('two names that share only their first part', () => {
  it('say what they share, not that it is a given name', () => {
    expect(compareNames('بنیاد نیکوکاری آرمان کودکان', 'بنیاد نیکوکاری آرمان').reason.detail).toMatch(
      // بنیاد is a foundation's head: the rests are what is shared.
      /^Both name a foundation, but only نیکوکاری آرمان is shared/u,
    );
  });
});
