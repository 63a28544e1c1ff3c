import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a chain of given names cut after a father's name compounded with عبد", () => {
  it("leaves out the grandfather's name after a father named عبد …", () => {
    const m = compareNames('هشام عبد الرزاق سالم', 'هشام عبد الرزاق');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("grandfather's name");
  });

  it('keeps the father alone, without his son, apart', () => {
    expect(compareNames('هشام عبد الرزاق سالم', 'عبد الرزاق سالم').same).toBe(false);
  });
});
