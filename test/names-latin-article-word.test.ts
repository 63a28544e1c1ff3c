import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a Latin name that writes the Arabic article apart', () => {
  it('romanises an Arabic word: a club, a paper or a quarter named by it', () => {
    const m = compareNames('Al-Ittihad', 'الاتحاد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('El-Watan', 'الوطن').same).toBe(true);
    expect(compareNames('Al-Tadamon', 'التضامن').same).toBe(true);
  });

  it('a foreign name without the article is still no ordinary word it looks like', () => {
    expect(compareNames('Amol', 'عامل').same).toBe(false);
    expect(compareNames('Tesla', 'تسلية').same).toBe(false);
    expect(compareNames('Al-Watan', 'الوطنية').same).toBe(false);
  });
});
