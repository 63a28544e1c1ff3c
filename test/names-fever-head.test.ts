import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a fever's head is translated", () => {
  it('reads English fever as حمى and تب, the rest transliterated', () => {
    const m = compareNames('Marburg fever', 'حمى ماربورغ');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("fever's head is translated");
    expect(compareNames('Marburg fever', 'تب ماربورگ').same).toBe(true);
    expect(compareNames('حمى ماربورغ', 'تب ماربورگ').same).toBe(true);
  });

  it('keeps two fevers apart', () => {
    expect(compareNames('Marburg fever', 'حمى إيبولا').same).toBe(false);
  });
});
