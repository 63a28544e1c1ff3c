import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a final s that Persian leaves out', () => {
  it('reads Latin -us and a Greek or English s as no letter of the Persian name', () => {
    const c = compareNames('كولومبوس', 'کولومب');
    expect(c.same, c.reason.detail).toBe(true);
    expect(c.reason.detail).toContain('leaves out the final');
    expect(compareNames('هيراكليتوس', 'هراکلیت').same).toBe(true);
  });

  it('in the last word of a longer name, its other words compared too', () => {
    const m = compareNames('كريستوفر كولومبوس', 'کریستوفر کولومب');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('leaves out the final');
    expect(compareNames('بطرس كولومبوس', 'کریستوفر کولومب').same).toBe(false);
  });

  it('not in a short name, nor within one language, nor when the rest differs', () => {
    expect(compareNames('عباس', 'عبا').same).toBe(false);
    expect(compareNames('كولومبوس', 'كولومب').same).toBe(false);
    expect(compareNames('باتراس', 'پترا').same).toBe(false);
  });
});
