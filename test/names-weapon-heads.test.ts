import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

/** Missiles, launchers, drones and spacecraft: the head translated, the name kept. Pairs written for the project. */
describe('the head of a missile, a launcher, a drone or a spacecraft', () => {
  it('is translated, in the singular or the plural, and the explanation says so', () => {
    for (const [a, b, kind] of [
      ['صاروخ فاتح 110', 'موشک فاتح ۱۱۰', 'missile'],
      ['طائرة مسيرة شاهد 136', 'پهپاد شاهد ۱۳۶', 'drone'],
      ['مسيرات أبابيل', 'پهپادهای ابابیل', 'drone'],
      ['مركبة سويوز', 'فضاپیمای سایوز', 'spacecraft'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toContain(`${kind}'s head is translated`);
    }
  });

  it('takes the Arabic rocket for the Persian satellite launcher (صاروخ قاصد / ماهواره‌بر قاصد)', () => {
    expect(compareNames('صاروخ قاصد', 'ماهواره‌بر قاصد').same).toBe(true);
  });

  it('keeps two missiles apart, and a missile, a drone and a spacecraft of one name', () => {
    expect(compareNames('صاروخ فاتح', 'موشک ذوالفقار').same).toBe(false);
    expect(compareNames('صاروخ فاتح', 'پهپاد فاتح').same).toBe(false);
    expect(compareNames('مركبة سويوز', 'موشک سایوز').same).toBe(false);
  });
});
