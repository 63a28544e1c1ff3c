import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { splitEnglishHead } from '../src/names/latin-headed.js';

describe('a name in Latin letters with an English generic head', () => {
  it('translates the head and transliterates the rest', () => {
    for (const [latin, arabic, head] of [
      ['Qeshm Air', 'طيران قشم', 'Air / طيران'],
      ['Taban Airlines', 'هواپیمایی تابان', 'Airlines / هواپیمایی'],
      ['Rudaw News', 'خبرگزاری روداو', 'News / خبرگزاری'],
      ['Zohreh River', 'نهر زهره', 'River / نهر'],
      ['University of Isfahan', 'جامعة أصفهان', 'University of / جامعة'],
    ] as const) {
      const m = compareNames(latin, arabic);
      expect(m.same, `${latin} / ${arabic}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toContain(`head is translated (${head})`);
      expect(compareNames(arabic, latin).same).toBe(true);
    }
  });

  it('keeps apart heads of two kinds and rests that are two names', () => {
    expect(compareNames('Qeshm Air', 'خبرگزاری قشم').same).toBe(false);
    expect(compareNames('Qeshm Air', 'طيران كيش').same).toBe(false);
  });

  it('finds the head after the name or before it', () => {
    expect(splitEnglishHead('Rudaw News Agency')?.rest).toBe('Rudaw');
    expect(splitEnglishHead('Lake Urmia')?.rest).toBe('Urmia');
    expect(splitEnglishHead('Air')).toBeUndefined();
  });
});
