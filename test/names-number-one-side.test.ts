import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { numberOnOneSide } from '../src/names/number-figures.js';

// Hard negatives written for the project: a numbered unit against the body, place or club without the number.

describe('a number in one name only', () => {
  it('makes a numbered district, unit or model another thing than the name without it', () => {
    const m = compareNames('شهرداری منطقه ۴ کرمان', 'شهرداری کرمان');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('carries the number ۴');
    expect(compareNames('اللواء 12', 'اللواء').same).toBe(false);
    expect(compareNames('نادي الوحدة 1970', 'نادي الوحدة').same).toBe(false);
  });

  it('leaves a number in words against the same in figures, and one joined to its word', () => {
    expect(compareNames('کارته پنج', 'کارته ۵').same).toBe(true);
    expect(compareNames('كوفيد-19', 'كوفيد').same).toBe(true);
  });

  it('is found only in Arabic-script names, in figures written apart', () => {
    expect(numberOnOneSide('شهرداری منطقه ۲ تبریز', 'شهرداری تبریز')).toEqual({
      figures: '۲',
      name: 'شهرداری منطقه ۲ تبریز',
      rest: 'شهرداری منطقه تبریز',
      other: 'شهرداری تبریز',
    });
    expect(numberOnOneSide('Falcon 9', 'فالكون')).toBeUndefined();
    expect(numberOnOneSide('ميغ-29', 'ميغ')).toBeUndefined();
    expect(numberOnOneSide('اللواء 8', 'اللواء الثامن')).toBeUndefined();
  });
});
