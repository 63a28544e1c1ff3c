import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the article of a compound name after a first word that ends in a vowel', () => {
  it('reads -eddine and -uddin after Safi, Mohi, Alaa as the article said before د', () => {
    const m = compareNames('Mohieddine Kassem', 'محيي الدين قاسم');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the article, its l said d');
    expect(compareNames('Alaeddine', 'علاء الدين').same).toBe(true);
  });

  it('does not read any vowel pair as the article', () => {
    expect(compareNames('Safiedine', 'صفي الدين').same).toBe(false);
  });
});
