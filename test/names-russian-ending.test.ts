import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Russian ending -ov of a Central Asian family name made of a native name, kept or dropped', () => {
  it('reads the family name with and without the ending as one', () => {
    const m = compareNames('بهرام رحیموف', 'بهرام رحیم');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Russian ending');
    expect(compareNames('بهرام رحیم‌اف', 'بهرام رحیم').same).toBe(true);
  });

  it('reads the stem beside its given name, a Tajik o against a Persian ā (رحمون / رحمانوف)', () => {
    const m = compareNames('امام‌علی رحمون', 'إمام علي رحمانوف');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Russian ending');
  });

  it('keeps a given name alone apart from the family name made of it', () => {
    expect(compareNames('رحیم', 'رحیموف').same).toBe(false);
  });

  it('keeps two people with other given names apart', () => {
    expect(compareNames('بهرام رحیموف', 'فرهاد رحیم').same).toBe(false);
  });

  it('leaves a stem that is no native name alone', () => {
    expect(compareNames('سيرغي لافر', 'سيرغي لافروف').same).toBe(false);
  });
});
