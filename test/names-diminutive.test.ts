import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Arabic diminutive within one language', () => {
  it('makes another name of three consonants: ي after the second', () => {
    const m = compareNames('الغور', 'الغوير');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('the diminutive pattern فعيل');
    expect(compareNames('ثبر', 'ثبير').same).toBe(false);
    expect(compareNames('دعج', 'دعيج').same).toBe(false);
  });

  it('leaves a foreign name its vowel letters', () => {
    expect(compareNames('جورج بلر', 'جورج بلير').same).toBe(true);
  });
});

describe('the plural ending against the adjective ending within one language', () => {
  it('ات against ية on one stem makes another word', () => {
    const m = compareNames('الصالحات', 'الصالحية');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('the plural ending ات');
    expect(compareNames('القاسمات', 'القاسمية').same).toBe(false);
  });
});
