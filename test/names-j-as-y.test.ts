import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the j said y of German, Slavic, Nordic and Baltic names (ي / ج)', () => {
  it('links a person written by the sound and by the English reading', () => {
    const m = compareNames('يورغن كلوب', 'جورغن كلوب');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('said y');
    const fa = compareNames('ماریا یانکوفسکا', 'ماریا جانکوفسکا');
    expect(fa.same, fa.reason.detail).toBe(true);
  });

  it('links a known place of such a country to its spelling by the letter', () => {
    const m = compareNames('نيكولاييف', 'نيكولاجيف');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.entity?.id).toBe('UA/Mykolaiv');
  });

  it('leaves Chinese j, which is no y, and a Chinese surname alone', () => {
    expect(compareNames('نانجينغ', 'نانينغ').same).toBe(false);
    expect(compareNames('جيانغ تسه مين', 'يانغ تسه مين').same).toBe(false);
  });

  it('leaves a native name whose ج is its own', () => {
    expect(compareNames('جمال', 'يمال').same).toBe(false);
  });
});
