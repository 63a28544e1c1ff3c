import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the hamza Persian seats between a vowel and a final e', () => {
  it('is no letter of the name against Arabic ي after the vowel', () => {
    const m = compareNames('تاكيشي كوي', 'تاکشی کوئه');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the hamza Persian seats between a vowel and a final e');
    expect(compareNames('جان فوي', 'ژان فوئه').same).toBe(true);
  });

  it('does not make an adjective of a name ending in a vowel and ي', () => {
    expect(compareNames('موسوي', 'موسوئه').same).toBe(false);
  });
});
