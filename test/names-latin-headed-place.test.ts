import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a known place in Latin letters against an Arabic-script name with a head', () => {
  it('is the place when the head is of its kind, left out of the Latin as between two Arabic-script names', () => {
    const m = compareNames('Isfahan', 'شهر اصفهان');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("the city's head شهر is left out of the first");
    expect(compareNames('Badakhshan', 'ولایت بدخشان').same).toBe(true);
  });

  it('keeps a city against the province of its name apart (Herat, the city), and a body named after the place', () => {
    expect(compareNames('Isfahan', 'استان اصفهان').same).toBe(false);
    expect(compareNames('Herat', 'ولایت هرات').same).toBe(false);
    expect(compareNames('Herat', 'دانشگاه هرات').same).toBe(false);
  });
});
