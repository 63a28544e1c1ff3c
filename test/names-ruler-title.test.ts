import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a ruler named by his title and given name, against his full chain', () => {
  it('reads الشيخ with a given name as the Gulf ruler or prince whose chain with his house opens with it', () => {
    const m = compareNames('الشيخ منصور', 'منصور بن سعيد آل قاسم');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Gulf ruler or prince');
  });

  it('keeps the father named in the chain apart', () => {
    expect(compareNames('الشيخ سعيد', 'منصور بن سعيد آل قاسم').same).toBe(false);
  });

  it('keeps a sheikh apart from a full name without a ruling house', () => {
    expect(compareNames('الشيخ منصور', 'منصور سعيد الكعبي').same).toBe(false);
  });

  it('reads a monarch by the name he reigns under, with its ordinal', () => {
    const m = compareNames('الملك فهد الثالث', 'فهد الثالث بن ناصر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the name he reigns under');
    expect(compareNames('الملك فهد الثالث', 'فهد الثاني بن ناصر').same).toBe(false);
  });
});
