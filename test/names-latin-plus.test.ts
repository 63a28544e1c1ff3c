import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a plus at the end of a Latin name', () => {
  it('is read out as a word in Arabic script, or kept as a sign', () => {
    const m = compareNames('Apple TV+', 'آبل تي في بلس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('read out as a word');
    expect(compareNames('Canal+', 'کانال پلاس').same).toBe(true);
    expect(compareNames('Canal+', 'كانال+').same).toBe(true);
  });

  it('is part of the name: the name without it is another', () => {
    expect(compareNames('Canal+', 'كانال').same).toBe(false);
  });
});
