import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { lowerBound } from '../src/text/lower-bound.js';

describe('lowerBound', () => {
  test('finds the first element not before the value in any sorted list, as a scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, x) => {
        const sorted = values.sort((p, q) => p - q);
        const scan = sorted.findIndex((v) => v >= x);
        expect(lowerBound(0, sorted.length, (k) => (sorted[k] as number) < x)).toBe(scan < 0 ? sorted.length : scan);
      }),
    );
  });

  test('searches only the range it is given', () => {
    const sorted = [1, 3, 5, 7, 9, 11];
    expect(lowerBound(2, 4, (k) => (sorted[k] as number) < 100)).toBe(4);
    expect(lowerBound(2, 4, (k) => (sorted[k] as number) < 0)).toBe(2);
    expect(lowerBound(3, 3, () => true)).toBe(3);
  });
});
