import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { romanValue } from '../src/names/latin-regnal.js';

describe('a regnal number in Roman numerals', () => {
  it('is translated into ordinal words in Arabic and Persian', () => {
    const m = compareNames('Philip VI', 'فيليب السادس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('regnal number VI is translated');
    expect(compareNames('Gustav XVI', 'گوستاو شانزدهم').same).toBe(true);
    expect(compareNames('Pius XII', 'بيوس الثاني عشر').same).toBe(true);
  });

  it('names another king when the numbers differ', () => {
    const m = compareNames('Philip V', 'فيليب السادس');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('two regnal numbers');
  });

  it('reads only well-formed numerals', () => {
    expect(romanValue('XIV')).toBe(14);
    expect(romanValue('XLIX')).toBe(49);
    expect(romanValue('IIII')).toBeUndefined();
    expect(romanValue('Leo')).toBeUndefined();
  });
});
