import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the reformed Persian spelling of a final alef maksura in مقتدى', () => {
  it('reads مقتدا and مقتدی as one name', () => {
    const m = compareNames('مقتدا حکیمی', 'مقتدی حکیمی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('reformed');
  });

  it('keeps another family name apart', () => {
    expect(compareNames('مقتدا حکیمی', 'مقتدی کریمی').same).toBe(false);
  });
});
