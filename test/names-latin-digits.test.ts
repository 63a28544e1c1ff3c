import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { spellDigits } from '../src/names/latin-digits.js';

describe('digits of a Latin acronym read by their English names', () => {
  it('match an Arabic-script spelling that writes them out', () => {
    const m = compareNames('B2', 'بي تو');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('read by their English names (B Two)');
    expect(compareNames('X5', 'اکس فایو').same).toBe(true);
  });

  it('still tell two numbers apart', () => {
    expect(compareNames('B2', 'بي ثري').same).toBe(false);
    expect(spellDigits('F-35')).toBeUndefined();
    expect(spellDigits('V8')?.shown).toBe('V Eight');
  });
});
