import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Pairs written for these tests (not taken from the pair sets): each reads a Latin spelling by the convention of
// the language the name comes from.
describe('Latin letter groups read as the name’s own language says them', () => {
  it('reads a final ei as the Russian ending Arabic writes يه', () => {
    const m = compareNames('Sergei Lavrov', 'سيرغيه لافروف');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('final ei');
    expect(compareNames('Alexei Navalny', 'أليكسيه نافالني').same).toBe(true);
  });

  it('reads French and Spanish gu before e or i as a hard g, which Maghrebi Arabic may write ك', () => {
    const m = compareNames('Guenfouda', 'كنفودة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('gu before e or i');
    expect(compareNames('Rodrigue Guerin', 'رودريغ غيرين').same).toBe(true);
  });

  it('reads a romanised Arabic dh as ذ or ظ', () => {
    const m = compareNames('Dhi Kifl', 'ذي الكفل');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('dh as ذ');
    expect(compareNames('Dhahran', 'الظهران').same).toBe(true);
  });

  it('reads Portuguese lh and nh as ly and ny', () => {
    const m = compareNames('Carvalho', 'كارفاليو');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Portuguese lh');
    expect(compareNames('Ronaldinho', 'رونالدينيو').same).toBe(true);
  });

  it('reads Spanish ll as y', () => {
    expect(compareNames('Llorente', 'يورينتي').same).toBe(true);
    const n = compareNames('Guillermo Lasso', 'غييرمو لاسو');
    expect(n.same, n.reason.detail).toBe(true);
    expect(n.reason.detail).toContain('Spanish ll');
  });

  it('reads ph as an aspirated p in Thai and Indic romanisations, and the Bantu tsh as ch', () => {
    const m = compareNames('Phitsanulok', 'بيتسانولوك');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('aspirated p');
    expect(compareNames('Moise Tshombe', 'مويس تشومبي').same).toBe(true);
  });

  it('keeps the old readings: ph is f, gu before a is g and u', () => {
    expect(compareNames('Philadelphia', 'فيلادلفيا').same).toBe(true);
    expect(compareNames('Guatemala', 'غواتيمالا').same).toBe(true);
    expect(compareNames('Phuket', 'فوكيت').same).toBe(true);
  });
});
