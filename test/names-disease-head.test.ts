import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a disease's head is translated", () => {
  it('reads English disease as مرض, داء and بیماری, the possessive unwritten', () => {
    const m = compareNames("Huntington's disease", 'مرض هنتنغتون');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("disease's head is translated");
    expect(compareNames("Huntington's disease", 'بیماری هانتینگتون').same).toBe(true);
    expect(compareNames('مرض هنتنغتون', 'بیماری هانتینگتون').same).toBe(true);
  });

  it('keeps two diseases apart', () => {
    expect(compareNames("Huntington's disease", 'مرض باركنسون').same).toBe(false);
  });
});
