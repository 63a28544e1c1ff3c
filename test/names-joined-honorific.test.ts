import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the honorific سید joined to a compound given name', () => {
  it('is the honorific and the compound written apart', () => {
    const m = compareNames('سید نظام‌الدین قیومی', 'سیدنظام‌الدین قیومی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('written as one word, and the honorific is no part of the name');
    expect(compareNames('سیدفضل‌الله کریمی', 'فضل‌الله کریمی').same).toBe(true);
  });

  it('leaves another given name apart', () => {
    expect(compareNames('سیدنظام‌الدین قیومی', 'سید جلال‌الدین قیومی').same).toBe(false);
  });
});
