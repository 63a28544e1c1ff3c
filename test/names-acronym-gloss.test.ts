import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a Latin acronym against its expansion translated into Arabic or Persian', () => {
  it('reads the words through the lists, in any order', () => {
    // The National Bank of Oman, which no list names (Kuwait's, NBK, is a row of organizations-companies.ts).
    const m = compareNames('NBO', 'بنك عمان الوطني');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('بنك bank');
    expect(m.reason.detail).toContain('عمان Oman');
    expect(compareNames('CBI', 'البنك المركزي الإيراني').same).toBe(true);
    expect(compareNames('NSC', 'شورای امنیت ملی').same).toBe(true);
  });

  it('needs every letter and every word', () => {
    expect(compareNames('NBK', 'بنك قطر الوطني').same).toBe(false);
    expect(compareNames('ABC', 'بنك الكويت الوطني').same).toBe(false);
    expect(compareNames('NBKX', 'بنك الكويت الوطني').same).toBe(false);
    expect(compareNames('NB', 'بنك الوطني').same).toBe(false);
  });
});
