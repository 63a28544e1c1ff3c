import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Serbian đ written دي or ج', () => {
  it('reads دي against ج as one sound in a surname in -ić', () => {
    const m = compareNames('ميلان ديوريتش', 'ميلان جوريتش');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Serbian đ');
    expect(compareNames('ديوكيتش', 'جوکیچ').same).toBe(true);
  });

  it('keeps other names apart', () => {
    expect(compareNames('دياز', 'جاز').same).toBe(false);
    expect(compareNames('ديامانتي', 'جامانتي').same).toBe(false);
  });
});
