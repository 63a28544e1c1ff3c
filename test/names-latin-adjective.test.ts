import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { adjectiveMovedAfter } from '../src/names/latin-adjective.js';

describe('an English adjective before a name', () => {
  it('is translated and stands after the name in Arabic and Persian', () => {
    const m = compareNames('Black Volta', 'الفولتا السوداء');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Black stands before the name in English and after it');
    expect(compareNames('Little Karoo', 'کارو کوچک').same).toBe(true);
    expect(compareNames('Southern Bug', 'بوگ جنوبی').same).toBe(true);
  });

  it('of another meaning names another thing', () => {
    expect(compareNames('Black Volta', 'الفولتا البيضاء').same).toBe(false);
    expect(compareNames('Little Karoo', 'کارو بزرگ').same).toBe(false);
    // The adjective alone is no name.
    expect(compareNames('Great Meadow', 'الكبرى').same).toBe(false);
  });

  it('is moved only when the first word is such an adjective', () => {
    expect(adjectiveMovedAfter('Red Bull')?.name).toBe('Bull Red');
    expect(adjectiveMovedAfter('Volta')).toBeUndefined();
    expect(adjectiveMovedAfter('Ben Bella')).toBeUndefined();
  });
});
