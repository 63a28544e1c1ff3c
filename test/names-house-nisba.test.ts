import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a ruler's house", () => {
  it('is one house as an Arabic nisba with the article and as the Persian dynasty name', () => {
    const m = compareNames('لطف علي خان الزندي', 'لطفعلی‌خان زند');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('one ruling house');
    expect(compareNames('فتح علي شاه القاجاري', 'فتحعلی شاه قاجار').same).toBe(true);
  });

  it('only after a ruler’s title: elsewhere the nisba and the noun are two words', () => {
    expect(compareNames('حسن القاجاري', 'حسن قاجار').same).toBe(false);
    expect(compareNames('لطف علي خان الزندي', 'لطفعلی‌خان افشار').same).toBe(false);
  });
});
