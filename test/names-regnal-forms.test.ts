import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the regnal number I against الأول with its hamza', () => {
  it('reads the ordinal as written with the hamza', () => {
    const m = compareNames('Mahmud I', 'محمود الأول');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the ordinal 1');
  });

  it('still tells two numbers apart', () => {
    expect(compareNames('Mahmud I', 'محمود الثاني').same).toBe(false);
  });
});

describe("a queen's feminine regnal number (الأولى, الثانية)", () => {
  it('tells two queens of one name apart, in Arabic and against Persian', () => {
    const m = compareNames('الملكة ماري الأولى', 'الملكة ماري الثانية');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('two regnal numbers (الأولى, 1, against الثانية, 2)');
    expect(compareNames('الملكة ماري الأولى', 'ملکه ماری دوم').same).toBe(false);
    expect(compareNames('ماري الثانية', 'ماری دوم').same).toBe(true);
  });

  it('is the Roman numeral of the Latin name', () => {
    const m = compareNames('Mary II', 'ماري الثانية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the ordinal 2');
    expect(compareNames('Mary I', 'ماري الثانية').same).toBe(false);
  });
});
