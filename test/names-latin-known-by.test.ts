import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a Latin name against the Arabic-script name with the nisba of a town after it', () => {
  it('is the person known by the one name, as within Arabic script', () => {
    const m = compareNames('Khajavi', 'خواجوی کرمانی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain('the nisba of his town (Kerman), is left out');
  });

  it('not when the one name is a given name, which alone names nobody in particular', () => {
    expect(compareNames('Kamal', 'کمال خجندی').same).toBe(false);
    expect(compareNames('Reza', 'رضا تبریزی').same).toBe(false);
  });
});
