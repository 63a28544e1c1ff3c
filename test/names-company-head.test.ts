import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a company's head before an airline's or a bank's name", () => {
  it('leaves the company head out', () => {
    const m = compareNames('شركة طيران ناس', 'طيران ناس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("company's head شركة before the airline's name is left out");
    expect(compareNames('شركة بنك الخليج', 'بنك الخليج').same).toBe(true);
  });

  it('keeps another body of the company apart', () => {
    expect(compareNames('شركة طيران ناس', 'طيران السلام').same).toBe(false);
  });
});
