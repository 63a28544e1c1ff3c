import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a number in a name, in words on one side and in figures on the other', () => {
  it('reads cardinals and ordinals in either language', () => {
    const m = compareNames('کانال پنج', 'کانال ۵');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('پنج and ۵ write one number, in words and in figures');
    expect(compareNames('کوچه بیست و یکم', 'کوچه ۲۱').same).toBe(true);
    expect(compareNames('اللواء التاسع', 'اللواء 9').same).toBe(true);
    expect(compareNames('مدرسه ۱۲ بهمن', 'مدرسه دوازده بهمن').same).toBe(true);
  });

  it('keeps two numbers apart', () => {
    expect(compareNames('کانال پنج', 'کانال ۶').same).toBe(false);
    expect(compareNames('اللواء التاسع', 'اللواء 8').same).toBe(false);
    expect(compareNames('کوچه بیست و یکم', 'کوچه ۲۰').same).toBe(false);
  });

  it('reads a head with a number alone after it in any digits', () => {
    expect(compareNames('کانال 5', 'کانال ۵').same).toBe(true);
    expect(compareNames('کانال پنج', 'کانال ۵').same).toBe(true);
    expect(compareNames('کانال 5', 'کانال ۶').same).toBe(false);
  });

  it('still needs the rest of the name', () => {
    expect(compareNames('کانال پنج', 'شبکه ۵ شیراز').same).toBe(false);
  });
});
