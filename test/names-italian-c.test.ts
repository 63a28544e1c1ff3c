import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a c before e or i, said ch in Italian, read s by another newsroom (تش / س)', () => {
  it('links the two spellings of a foreign name', () => {
    const m = compareNames('فينتشنزو ماركيتي', 'فينسنزو ماركيتي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('said ch in Italian');
  });

  it('keeps another family name apart', () => {
    expect(compareNames('فينتشنزو ماركيتي', 'فينسنزو بالوتيلي').same).toBe(false);
  });
});
