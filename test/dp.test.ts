import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestPath, fullBand, SHAPES, SIMPLE_SHAPES, type BeadValue } from '../src/align/dp.js';
import { guideBand } from '../src/align/band.js';

/** A bead value from a table of random numbers: any value function the search may be given. */
function tableValue(seed: readonly number[]): BeadValue {
  return (i, a, j, b) => -Math.abs(seed[(i * 31 + a * 7 + j * 13 + b * 3) % seed.length] as number) - (a === 0 || b === 0 ? 1 : 0);
}

describe('bestPath', () => {
  it('finds the same path without posteriors (a rough search keeps less and works the values out again)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.boolean(),
        fc.boolean(),
        (n, m, seed, simple, banded) => {
          const value = tableValue(seed);
          const band = banded ? guideBand(n, m, [], 1) : fullBand(n, m);
          const shapes = simple ? SIMPLE_SHAPES : SHAPES;
          const full = bestPath(n, m, band, value, { shapes });
          const rough = bestPath(n, m, band, value, { shapes, posteriors: false });
          expect(rough.map((p) => [p.i, p.j, p.a, p.b, p.value])).toEqual(full.map((p) => [p.i, p.j, p.a, p.b, p.value]));
          expect(rough.every((p) => Number.isNaN(p.posterior))).toBe(true);
          expect(full.every((p) => p.posterior >= 0 && p.posterior <= 1)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
