import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a title with the family name against the given name with it', () => {
  it('names one person: the title stands where the given name would', () => {
    const m = compareNames('دکتر حسن‌زاده آملی', 'علی‌اکبر حسن‌زاده آملی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain(
      'دکتر is a title, which with the family name حسن‌زاده آملی names the person whose given name علی‌اکبر the other writes',
    );
    // مهندس (engineer) is a title of address too.
    expect(compareNames('مهندس هاشمی طبا', 'مصطفی هاشمی طبا').same).toBe(true);
  });

  it('not a monarch, named by the title and the given name, against a son named after his father', () => {
    expect(compareNames('الملك فهد', 'خالد بن فهد').same).toBe(false);
  });

  it('not a title that is also a given name, but a rank before a Persian family name', () => {
    // سردار is the Guards' rank before an Iranian family name, and a Turkmen given name before one with the Russian ending.
    expect(compareNames('سردار قاسمی', 'رضا قاسمی').same).toBe(true);
    expect(compareNames('سردار قاسم‌اف', 'رضا قاسم‌اف').same).toBe(false);
    expect(compareNames('سيد قاسمي', 'رضا قاسمي').same).toBe(false);
  });
});
