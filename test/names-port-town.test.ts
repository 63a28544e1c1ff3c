import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Persian بندر before a port town', () => {
  it('names the town', () => {
    const m = compareNames('بندر چابهار', 'چابهار');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Persian writes بندر before the name of a port town');
    expect(m.reason.entity?.id).toBe('IR/Chabahar');
  });

  it('keeps the Arabic port, and a port named after a country, apart from the place', () => {
    expect(compareNames('ميناء تشابهار', 'تشابهار').same).toBe(false);
    expect(compareNames('بندر ایران', 'ایران').same).toBe(false);
  });
});

describe('Dari بندر for a border crossing', () => {
  it('heads a crossing as it heads a port', () => {
    const m = compareNames('گذرگاه اسلام قلعه', 'بندر اسلام قلعه');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('معبر طورخم', 'بندر تورخم').same).toBe(true);
    expect(compareNames('گذرگاه اسلام قلعه', 'بندر عباس').same).toBe(false);
  });
});
