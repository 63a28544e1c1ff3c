import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('heads of features, buildings and bodies translated between Arabic and Persian', () => {
  it('a waterfall, a forest, a refinery, a library, a church and a stock exchange', () => {
    const pairs: readonly (readonly [string, string, string])[] = [
      ['شلالات إيغواسو', 'آبشار ایگواسو', 'waterfall'],
      ['غابة بيالوفيجا', 'جنگل بیالوویژا', 'forest'],
      ['مصفاة بندر عباس', 'پالایشگاه بندرعباس', 'refinery'],
      ['مكتبة الكونغرس', 'کتابخانه کنگره', 'library'],
      ['كنيسة المهد', 'کلیسای مهد', 'church'],
      ['بورصة طهران', 'بورس تهران', 'stock exchange'],
    ];
    for (const [a, b, kind] of pairs) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.detail).toContain(kind);
    }
  });

  it('a building named after a place is not the place, and two kinds are two bodies', () => {
    expect(compareNames('مكتبة الإسكندرية', 'اسکندریه').same).toBe(false);
    expect(compareNames('سفارة فرنسا', 'فرانسه').same).toBe(false);
    expect(compareNames('مصفاة عبادان', 'مدرسة عبادان').same).toBe(false);
    expect(compareNames('مكتبة الكونغرس', 'کلیسای کنگره').same).toBe(false);
  });

  it('قناة heads a television channel as well as a canal', () => {
    expect(compareNames('قناة المنار', 'شبکه المنار').same).toBe(true);
    expect(compareNames('قناة بنما', 'کانال پاناما').same).toBe(true);
  });
});

describe('a medical complex is a hospital', () => {
  it('named so in Arabic, a hospital in Persian and in other Arabic', () => {
    const m = compareNames('مجمع العودة الطبي', 'بیمارستان العوده');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("hospital's head");
    expect(compareNames('مجمع العودة الطبي', 'مستشفى العودة').same).toBe(true);
  });

  it('not a university or a complex of another kind of the same name', () => {
    expect(compareNames('مجمع العودة الطبي', 'جامعة العودة').same).toBe(false);
    expect(compareNames('مجمع العودة الطبي', 'مجمع العودة التجاري').same).toBe(false);
  });
});
