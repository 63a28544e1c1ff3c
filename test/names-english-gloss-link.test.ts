import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('words the English word list translates alike, across the two languages', () => {
  it('link an Arabic and a Persian word of one meaning', () => {
    const m = compareNames('الدوري الإسباني الممتاز', 'لیگ برتر اسپانیا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('الممتاز is translated برتر (premier)');
  });

  it('do not make one name kept in both scripts a translation', () => {
    expect(compareNames('قناة العربية', 'شبکه العربی').same).toBe(false);
  });
});
