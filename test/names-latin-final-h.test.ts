import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the ending ة romanised -ah or -eh', () => {
  it('reads the h as ة, the vowel before it the one ة writes', () => {
    const m = compareNames('Anton Saadeh', 'أنطون سعادة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('h as ة');
    expect(compareNames('Hamzah', 'حمزة').same).toBe(true);
    expect(compareNames('Soumayah', 'سمية').same).toBe(true);
  });

  it('reads an initial o after the unwritten ع as عو (Oudeh / عودة)', () => {
    expect(compareNames('Khalil Oudeh', 'خليل عودة').same).toBe(true);
  });

  it('still tells another ending apart', () => {
    expect(compareNames('Hamzah', 'حمزاوي').same).toBe(false);
    expect(compareNames('Oudeh', 'عودات').same).toBe(false);
  });
});
