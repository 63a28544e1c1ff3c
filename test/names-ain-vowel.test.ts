import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('ع against a vowel letter within one language', () => {
  it('makes another word after the first letter', () => {
    const m = compareNames('تيما', 'تيمع');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('a vowel letter in its place');
    expect(compareNames('بيشة', 'بيشع').same).toBe(false);
  });

  it('leaves a foreign name whose first vowel sits on ع', () => {
    expect(compareNames('عنتيبي', 'انتيبي').same).toBe(true);
  });
});
