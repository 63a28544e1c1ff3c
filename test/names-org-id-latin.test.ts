import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a known body's English key read as a Latin name", () => {
  it('finds the body by the name the news uses beside its official English name', () => {
    const m = compareNames('Houthis', 'انصارالله');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Ansar Allah');
  });

  it('keeps another body apart', () => {
    expect(compareNames('Houthis', 'حزب الله').same).toBe(false);
  });
});
