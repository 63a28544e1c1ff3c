import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a given name in the forms of two languages', () => {
  it('reads شارل as the French form of تشارلز and چارلز', () => {
    const m = compareNames('تشارلز أزنافور', 'شارل أزنافور');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('شارل is the French form of the given name تشارلز');
    expect(compareNames('چارلز آزناوور', 'شارل آزناوور').same).toBe(true);
    expect(compareNames('لويس التاسع', 'لوي التاسع').same).toBe(true);
  });

  it('reads the Hebrew Yitzhak as the Arabic form of Isaac, and the Catalan Josep as Joseph', () => {
    const m = compareNames('إسحاق شامير', 'يتسحاق شامير');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Hebrew form of the given name');
    expect(compareNames('جوزيب غوارديولا', 'جوزيف غوارديولا').same).toBe(true);
  });

  it('reads لاوون, the Church Arabic Leo, as ليو, and keeps the regnal numbers', () => {
    const m = compareNames('البابا لاوون الثالث عشر', 'البابا ليو الثالث عشر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Church Arabic form');
    expect(compareNames('البابا لاوون الثالث عشر', 'البابا ليو الرابع عشر').same).toBe(false);
  });

  it('keeps Charlie, a name of its own, apart', () => {
    expect(compareNames('شارل', 'تشارلي').same).toBe(false);
  });
});
