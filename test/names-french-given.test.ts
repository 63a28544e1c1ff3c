import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a given name in its English and its French form', () => {
  it('reads شارل as the French form of تشارلز and چارلز', () => {
    const m = compareNames('تشارلز أزنافور', 'شارل أزنافور');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('شارل is the French form of the given name تشارلز');
    expect(compareNames('چارلز آزناوور', 'شارل آزناوور').same).toBe(true);
    expect(compareNames('لويس التاسع', 'لوي التاسع').same).toBe(true);
  });

  it('keeps Charlie, a name of its own, apart', () => {
    expect(compareNames('شارل', 'تشارلي').same).toBe(false);
  });
});
