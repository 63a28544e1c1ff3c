import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the regnal number I against الأول with its hamza', () => {
  it('reads the ordinal as written with the hamza', () => {
    const m = compareNames('Mahmud I', 'محمود الأول');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the ordinal 1');
  });

  it('still tells two numbers apart', () => {
    expect(compareNames('Mahmud I', 'محمود الثاني').same).toBe(false);
  });
});
