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
