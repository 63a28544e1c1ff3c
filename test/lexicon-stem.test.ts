import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bilingualLexicon } from '../src/lexicon/bilingual-lexicon.js';
import { arabicStemCandidates } from '../src/lexicon/stem-ar.js';
import { persianStemCandidates } from '../src/lexicon/stem-fa.js';
import { normalize } from '../src/text/normalize.js';
import { hardText } from './support/arbitraries.js';

const fold = (s: string): string => normalize(s).text;
const lex = bilingualLexicon();
const ar = (w: string): readonly number[] => lex.arabicKeys(fold(w));
const fa = (w: string): readonly number[] => lex.persianKeys(fold(w));
const stemsAr = (w: string): string[] => arabicStemCandidates(fold(w)).map((c) => c.key);
const stemsFa = (w: string): string[] => persianStemCandidates(fold(w)).map((c) => c.key);

describe('Arabic light stemmer', () => {
  it('peels proclitics, the article and suffixes', () => {
    expect(stemsAr('والحكومات')).toContain(fold('حكومة'));
    expect(stemsAr('للرئيس')).toContain(fold('رئيس'));
    expect(stemsAr('حكومتها')).toContain(fold('حكومة'));
    expect(stemsAr('المنظمات')).toContain(fold('منظمة'));
    expect(stemsAr('الفلسطينيين')).toContain(fold('فلسطيني'));
    expect(stemsAr('الدولتين')).toContain(fold('دولة'));
    expect(stemsAr('وقالت')).toContain('قال');
    expect(stemsAr('سيعلنون')).toContain('يعلن');
    expect(stemsAr('تقول')).toContain('يقول');
  });

  it('keeps the word itself first and never proposes an empty or one-letter stem', () => {
    for (const w of ['وفي', 'بها', 'الى', 'لهم', 'فقد', 'والحكومات']) {
      const candidates = arabicStemCandidates(fold(w));
      expect(candidates[0]).toEqual({ key: fold(w), cost: 0, kind: 'word' });
      expect(candidates.slice(1).every((c) => c.key.length >= 2 && c.cost > 0)).toBe(true);
    }
  });

  it('reads no verb after the article or a preposition, and no simile ك before a short word', () => {
    expect(stemsAr('النقال')).not.toContain('يقال');
    expect(stemsAr('بتقرير')).not.toContain('يقرير');
    expect(stemsAr('وكانت')).not.toContain('انت');
    expect(stemsAr('الأوان')).not.toContain('او');
  });
});

describe('Persian light stemmer', () => {
  it('peels plurals, the ezafe, pronouns, را and comparatives, glued or written with a non-joiner', () => {
    expect(stemsFa('بحران‌ها')).toContain('بحران');
    expect(stemsFa('بحرانهای')).toContain('بحران');
    expect(stemsFa('کشورهایشان')).toContain(fold('کشور'));
    expect(stemsFa('نمایندگان')).toContain(fold('نماینده'));
    expect(stemsFa('آن‌را')).toContain(fold('آن'));
    expect(stemsFa('بزرگ‌ترین')).toContain(fold('بزرگ'));
    expect(stemsFa('خانه‌ای')).toContain(fold('خانه'));
  });

  it('reads verbal prefixes and endings as readings of verb stems only', () => {
    const verbal = (w: string, kind: string): string[] =>
      persianStemCandidates(fold(w))
        .filter((c) => c.kind === kind)
        .map((c) => c.key);
    expect(verbal('می‌گویند', 'present')).toContain(fold('گو'));
    expect(verbal('نگفتند', 'past')).toContain(fold('گفت'));
    expect(verbal('گفته‌اند', 'past')).toContain(fold('گفت'));
    expect(verbal('بپذیرند', 'present')).toContain(fold('پذیر'));
    // A noun in ه is not a participle as a word: خانه never becomes the word خان.
    expect(
      persianStemCandidates(fold('خانه'))
        .filter((c) => c.kind === 'word')
        .map((c) => c.key),
    ).not.toContain(fold('خان'));
  });

  it('leaves three letters after the Arabic-like plurals: دهان is not ده + ان', () => {
    expect(stemsFa('دهانش')).not.toContain(fold('ده'));
    expect(stemsFa('جاها')).toContain(fold('جا'));
  });
});

describe('stemming guided by the lexicon', () => {
  it('maps inflected forms to the concepts of their lemma', () => {
    const same = (a: readonly number[], b: readonly number[]): boolean => a.length > 0 && a.some((c) => b.includes(c));
    expect(same(ar('وقالت'), ar('قال'))).toBe(true);
    expect(same(ar('يقولون'), ar('قال'))).toBe(true);
    expect(same(ar('للحكومة'), ar('حكومة'))).toBe(true);
    expect(same(ar('مسؤوليها'), ar('مسؤول'))).toBe(true);
    expect(same(fa('می‌گویند'), fa('گفت'))).toBe(true);
    expect(same(fa('نگفته‌اند'), fa('گفت'))).toBe(true);
    expect(same(fa('بحرانهای'), fa('بحران'))).toBe(true);
    expect(same(fa('دولتها'), fa('دولت'))).toBe(true);
  });

  it('does not let unrelated words collide', () => {
    const pairs: [string, string][] = [
      ['وزير', 'زير'],
      ['الآن', 'أن'],
      ['بيان', 'بين'],
      ['مدينة', 'دين'],
      ['الأمم', 'أم'],
      ['والد', 'ولد'],
    ];
    for (const [a, b] of pairs)
      expect(
        ar(a).filter((c) => ar(b).includes(c)),
        `${a} / ${b}`,
      ).toEqual([]);
    const persianPairs: [string, string][] = [
      ['مردم', 'مرد'],
      ['نامه', 'نام'],
      ['نشست', 'شست'],
      ['خانه', 'خان'],
      ['دولت', 'دول'],
      ['بهار', 'هار'],
    ];
    for (const [a, b] of persianPairs)
      expect(
        fa(a).filter((c) => fa(b).includes(c)),
        `${a} / ${b}`,
      ).toEqual([]);
  });

  it('gives no concepts to words it does not know', () => {
    for (const w of ['بيروت', 'زقزقة', 'زرافات']) expect(ar(w)).toEqual([]);
    for (const w of ['پرتقال', 'گنجشک', 'زرافه‌ها']) expect(fa(w)).toEqual([]);
  });
});

describe('stemmers on arbitrary input', () => {
  it('never throw, always put the word first, and propose only shorter non-empty stems', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        for (const word of fold(text).split(/\s+/u)) {
          for (const stem of [arabicStemCandidates, persianStemCandidates]) {
            const candidates = stem(word);
            expect(candidates[0]?.key).toBe(word);
            for (const c of candidates.slice(1)) {
              expect(c.key.length).toBeGreaterThanOrEqual(2);
              expect(c.key.length).toBeLessThanOrEqual(word.length);
            }
          }
        }
      }),
    );
  });
});
