import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareNames } from '../src/index.js';
import { foldName, lettersOf } from '../src/names/phonetic.js';
import { different } from '../src/names/name-match.js';
import { withWrittenWords } from '../src/names/written-words.js';
import { expectDifferentNames, expectSame } from './support/names.js';

const ARABIC_WORD = /[\u0600-\u06ff\u200c]+/gu;

describe('the words a name match quotes are written as the names write them', () => {
  it('quotes a word with hamza on a seat as written, not folded to ء', () => {
    const detail = expectSame('القائد خالد يوسف', 'خالد يوسف');
    expect(detail).toContain('القائد');
    expect(detail).not.toContain('القاءد');
  });

  it('quotes Persian words with Persian ی and ZWNJ', () => {
    const detail = expectDifferentNames('سعید فراهانی', 'حمید فراهانی');
    expect(detail).toContain('سعید');
    expect(detail).toContain('حمید');
    expect(detail).not.toContain('سعيد');
  });

  it('quotes the alef with hamza that the first name writes', () => {
    const detail = expectDifferentNames('أنيس الأحمر', 'أنيس البستاني');
    expect(detail).toContain('الأحمر');
    expect(detail).not.toContain('الاحمر');
  });

  it('leaves a folded word that two written words share as it is, since it cannot tell which one is meant', () => {
    const folded = different('The names differ: ايران against عراق.');
    expect(withWrittenWords(folded, 'ایران', 'العراق').reason.detail).toBe('The names differ: ایران against عراق.');
    expect(withWrittenWords(folded, 'ایران', 'إيران').reason.detail).toBe(folded.reason.detail);
    expect(withWrittenWords(folded, 'ايران', 'عراق')).toBe(folded);
    // ايران is written by the second name and is the fold of the first: the sentence may quote either.
    expect(withWrittenWords(folded, 'ایران', 'ايران').reason.detail).toBe(folded.reason.detail);
  });

  it('never quotes a fold of a name word that the names write otherwise (arbitrary pairs of written words)', () => {
    const words = [
      'القائد',
      'رئیس',
      'مؤسسة',
      'الأمير',
      'هیئت',
      'خامنه‌ای',
      'سؤال',
      'شئون',
      'ایلام',
      'إبراهيم',
      'آمنة',
      'مسئول',
      'فأس',
      'فاس',
    ];
    const name = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(name, name, (a, b) => {
        const written = new Map<string, Set<string>>();
        for (const w of `${a} ${b}`.match(ARABIC_WORD) ?? []) {
          const key = lettersOf(foldName(w));
          written.set(key, (written.get(key) ?? new Set()).add(w));
        }
        for (const w of compareNames(a, b).reason.detail.match(ARABIC_WORD) ?? []) {
          const forms = written.get(w);
          // A word of the sentence that is the fold of exactly one written word, and not that word, is a folded quote.
          if (forms?.size === 1 && !forms.has(w)) expect.fail(`${a} / ${b} quotes ${w} for ${[...forms][0]}`);
        }
      }),
    );
  });
});
