import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Portuguese s, said sh at the end', () => {
  it('is ش in one newsroom and ز in another', () => {
    const m = compareNames('مارسلو ربلو دی سوزا نونیش', 'مارسلو ربلو دی سوزا نونیز');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Portuguese s (sh)');
    expect(compareNames('پائولو مارکش', 'پائولو مارکز').same).toBe(true);
  });

  it('makes two words of short ones, and only at the end', () => {
    expect(compareNames('روز', 'روش').same).toBe(false);
    expect(compareNames('موزامبیک', 'موشامبیک').same).toBe(false);
  });
});
