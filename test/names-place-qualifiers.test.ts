import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// New, lower, upper, north … make another place of the same name.
describe('a place named with a qualifier', () => {
  it('is not the place without it, in either script', () => {
    const m = compareNames('نوفا بوغدانوفكا', 'بوغدانوفكا');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('makes another place of the same name');
    expect(compareNames('نوفايا أوديسا', 'أوديسا').same).toBe(false);
    expect(compareNames('Nizhny Tagil', 'تاغيل').same).toBe(false);
    expect(compareNames('بورسعيد الجديدة', 'بورسعيد').same).toBe(false);
  });

  it('is itself spelled another way', () => {
    expect(compareNames('نوفايا أوديسا', 'نوایا اودسا').same).toBe(true);
  });
});

describe('a qualifier that a language also lists among its frequent words', () => {
  it('is read, never left over as a function word (Persian جدید)', () => {
    const m = compareNames('مشهد', 'مشهد جدید');
    expect(m.same).toBe(false);
    expect(compareNames('پرند', 'پرند جدید').same).toBe(false);
    expect(compareNames('مشهد', 'مشهد').same).toBe(true);
    // Greater and lesser too: Greater Khorasan is a wider region than Khorasan.
    expect(compareNames('خراسان', 'خراسان بزرگ').same).toBe(false);
  });
});
