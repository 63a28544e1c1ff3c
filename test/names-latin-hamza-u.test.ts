import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a Latin u for the vowel of a hamza on its waw', () => {
  it('reads u as ؤ, the hamza unwritten in Latin letters', () => {
    const m = compareNames('Fuad Haddad', 'فؤاد حداد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('u the vowel of a hamza (ؤ)');
    expect(compareNames('Lulua', 'لؤلؤة').same).toBe(true);
  });

  it('does not make a hamza of another consonant', () => {
    expect(compareNames('Fuad', 'فهد').same).toBe(false);
  });
});
