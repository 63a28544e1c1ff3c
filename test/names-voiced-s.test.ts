import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('an s said z', () => {
  it('is ز in one newsroom and س in another', () => {
    const m = compareNames('خوسيه لويس', 'خوزه لوئیس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('an s said z');
    expect(compareNames('ماركوس روسا', 'مارکوس روزا').same).toBe(true);
    expect(compareNames('جونز', 'جونس').same).toBe(true);
  });

  it('does not change a native name', () => {
    expect(compareNames('حسن', 'حزن').same).toBe(false);
    expect(compareNames('سلمان', 'زلمان').same).toBe(false);
  });
});
