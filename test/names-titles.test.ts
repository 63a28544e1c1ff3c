import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { splitTitles } from '../src/names/titles.js';

describe('titles before a name', () => {
  it('are no part of the name, on one side or both', () => {
    for (const [a, b] of [
      ['حجت‌الاسلام رئیسی', 'سید ابراهیم رئیسی'],
      ['آية الله الخوئي', 'أبو القاسم الخوئي'],
      ['آیت‌الله جنتی', 'احمد جنتی'],
      ['آیت‌الله‌العظمی منتظری', 'حسینعلی منتظری'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toMatch(/titles?, no part of the name/u);
    }
  });

  it('name a monarch with the given name alone', () => {
    const m = compareNames('السلطان هيثم', 'هيثم بن طارق');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("monarch's title");
    expect(compareNames('King Charles', 'تشارلز الثالث').same).toBe(true);
  });

  it('leave two people apart', () => {
    expect(compareNames('آیت‌الله جنتی', 'آیت‌الله خاتمی').same).toBe(false);
    expect(compareNames('سلطان بن سلمان', 'سلمان').same).toBe(false);
    expect(compareNames('الأمير محمد', 'أحمد بن محمد').same).toBe(false);
  });

  it('take off a military rank, and a rank that is also a given name only before a full name', () => {
    for (const [a, b] of [
      ['اللواء كامل', 'عباس كامل'],
      ['سرلشکر باقری', 'محمد باقری'],
      ['سردار حسین سلامی', 'حسین سلامی'],
      ['استاد سیاف', 'عبدالرب رسول سیاف'],
      ['داکتر عبدالله', 'عبدالله عبدالله'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toMatch(/is a title, no part of the name/u);
    }
    // سردار is the given name here: سردار احمدوف is not احمدوف's brother رستم.
    expect(compareNames('سردار احمدوف', 'رستم احمدوف').same).toBe(false);
    expect(splitTitles('سردار احمدوف').titles).toEqual([]);
  });

  it('take off titles, not a given name before بن', () => {
    expect(splitTitles('آیت‌الله سید علی سیستانی')).toMatchObject({ titles: ['آیت‌الله', 'سید'], rest: 'علی سیستانی' });
    expect(splitTitles('سلطان بن زايد').titles).toEqual([]);
    expect(splitTitles('Pope Francis')).toMatchObject({ titles: ['Pope'], monarch: true, rest: 'Francis' });
  });
});

describe('سيد, an honorific and a given name', () => {
  it('is the given name before a surname alone: two people of one family name', () => {
    expect(compareNames('سيد مكاوي', 'محمود مكاوي').same).toBe(false);
    expect(compareNames('Sayyid Qutb', 'محمد قطب').same).toBe(false);
  });

  it('is the honorific before a full name', () => {
    expect(compareNames('سید محمد خاتمی', 'محمد خاتمی').same).toBe(true);
    expect(compareNames('Sayyid Hasan Nasrallah', 'حسن نصر الله').same).toBe(true);
  });
});
