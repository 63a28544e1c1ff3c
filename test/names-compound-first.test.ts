import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a compound given name written apart against its first part alone', () => {
  it('is another person before the same family name', () => {
    const m = compareNames('محمد تقي كرمانی', 'محمد كرمانی');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('compound given name');
    expect(compareNames('علی اکبر نوروزی', 'علی نوروزی').same).toBe(false);
    expect(compareNames('أحمد ضياء فرهمند', 'أحمد فرهمند').same).toBe(false);
  });

  it('not when the word after محمد is a father in an Arab chain, nor when the second part is kept', () => {
    // The father's name between a given and a family name, which news leaves out.
    expect(compareNames('محمد يونس الشريف', 'محمد الشريف').same).toBe(true);
    expect(compareNames('أحمد حسن العطار', 'أحمد العطار').same).toBe(true);
    // محمدجواد ظریف goes by جواد ظریف: the second part alone is the same man.
    expect(compareNames('محمد جواد فرهمند', 'جواد فرهمند').same).toBe(true);
  });
});

describe('a compound given name in Latin letters against its first part alone in Arabic script', () => {
  it('is another person, and the compound written in both is the same', () => {
    const m = compareNames('Mohammad Taqi Kermani', 'محمد كرماني');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('compound given name');
    expect(compareNames('Mohammad Taqi Kermani', 'محمد تقي كرماني').same).toBe(true);
    // An Arab father's name after محمد is left out as news does.
    expect(compareNames('Mohammad Younis Sharif', 'محمد الشريف').same).toBe(true);
  });
});
