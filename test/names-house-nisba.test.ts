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

describe('a house or tribe after a title of rule or rank', () => {
  it('may be left out (محمد شاه قاجار / محمد شاه)', () => {
    const m = compareNames('مظفرالدین شاه قاجار', 'مظفر الدين شاه');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain('after the title');
    expect(compareNames('کریم‌خان زند', 'کریم‌خان').same).toBe(true);
  });

  it('but two houses are two rulers, and a family name after a given name alone is still needed', () => {
    expect(compareNames('محمد شاه قاجار', 'محمد شاه افشار').same).toBe(false);
    expect(compareNames('مظفر قاجار', 'مظفر').same).toBe(false);
  });
});
