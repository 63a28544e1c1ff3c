import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a known party or movement with a country's adjective after its name", () => {
  it('is the body with its own country', () => {
    const m = compareNames('حزب العدالة والتنمية', 'حزب العدالة والتنمية التركي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('حزب الله', 'حزب الله اللبناني').same).toBe(true);
  });

  it('is a body of that country of the same name with another country', () => {
    const m = compareNames('حزب العدالة والتنمية', 'حزب العدالة والتنمية المغربي');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("another country (Morocco) than the known body's own");
    expect(compareNames('حزب الله', 'حزب الله العراقي').same).toBe(false);
  });
});

describe("a known body with its own country's name after it", () => {
  it('is the body (حزب‌الله لبنان), another country’s name no name of it', () => {
    const m = compareNames('حزب‌الله', 'حزب‌الله لبنان');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('with its own country (Lebanon) named after it');
    expect(compareNames('طالبان', 'طالبان افغانستان').same).toBe(true);
    expect(compareNames('حزب‌الله', 'حزب‌الله عراق').same).toBe(false);
  });

  it("and a known body named by a head and another known body's name is not that body", () => {
    const m = compareNames('كتائب حزب الله', 'حزب‌الله لبنان');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('whose name it carries');
  });
});

describe('a known body of any kind with a country or a city after its name', () => {
  it('is the body with its own country: a news agency, a bank, a company, a university', () => {
    for (const [a, b] of [
      ['خبرگزاری مهر', 'خبرگزاری مهر ایران'],
      ['وكالة مهر', 'وكالة مهر الإيرانية'],
      ['بنك ملت', 'بنك ملت الإيراني'],
      ['جامعة السوربون', 'جامعة السوربون الفرنسية'],
      ['انستیتو پاستور', 'انستیتو پاستور فرانسه'],
      ['الإخوان المسلمون', 'الإخوان المسلمون في مصر'],
    ] as const)
      expect(compareNames(a, b).same, `${a} / ${b}`).toBe(true);
  });

  it('is a body of another country, or a branch abroad, with another country', () => {
    const m = compareNames('شركة أرامكو', 'شركة أرامكو الأمريكية');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("another country (United States) than the known body's own (Saudi Arabia)");
    for (const [a, b] of [
      ['بانک ملت', 'بانک ملت عراق'],
      ['وكالة مهر', 'وكالة مهر الأفغانية'],
      ['انستیتو پاستور', 'انستیتو پاستور الجزایر'],
      ['معهد باستور', 'معهد باستور تونس'],
      ['صحيفة النهار', 'صحيفة النهار الكويتية'],
      ['جماعة الإخوان المسلمين', 'جماعة الإخوان المسلمين في الأردن'],
      ['اخوان المسلمین', 'اخوان المسلمین در سوریه'],
    ] as const)
      expect(compareNames(a, b).same, `${a} / ${b}`).toBe(false);
  });

  it("is its branch with a city of another country, the body with a city of its own (a university's campus)", () => {
    const m = compareNames('دانشگاه آزاد اسلامی', 'دانشگاه آزاد اسلامی دبی');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("a city of another country (United Arab Emirates) than the body's own (Iran)");
    expect(compareNames('جامعة الأزهر', 'جامعة الأزهر غزة').same).toBe(false);
    expect(compareNames('جامعة السوربون', 'جامعة السوربون باريس').same).toBe(true);
  });

  it('and a body named after a place is of its country: a city of another country names its branch there', () => {
    const m = compareNames('جامعة القاهرة', 'جامعة القاهرة الخرطوم');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("than the body's own (Egypt)");
    expect(compareNames('جامعة دمشق', 'جامعة دمشق اللاذقية').same).toBe(true);
  });

  it('and a known branch is not the body (its name is listed apart)', () => {
    expect(compareNames('انستیتو پاستور', 'انستیتو پاستور ایران').same).toBe(false);
    expect(compareNames('جامعة السوربون', 'جامعة السوربون في أبوظبي').same).toBe(false);
  });
});

describe("a newspaper's title that papers of several countries bear", () => {
  it('is another name with a country after it', () => {
    const m = compareNames('جريدة الوطن', 'جريدة الوطن العمانية');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('the title of newspapers of several countries');
    expect(compareNames('صحيفة الأيام', 'صحيفة الأيام البحرينية').same).toBe(false);
  });

  it('but a foreign paper of one title keeps the country a newsroom adds', () => {
    expect(compareNames('صحيفة لوموند', 'صحيفة لوموند الفرنسية').same).toBe(true);
    expect(compareNames('جريدة الوطن العمانية', 'جريدة الوطن العمانية').same).toBe(true);
  });
});

describe('a known body with "in" a place after its name', () => {
  it('is its namesake or branch in another country, in Latin letters too', () => {
    const m = compareNames('Taliban', 'Taliban in Pakistan');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('a body of Afghanistan, in Pakistan, another country');
    expect(compareNames('Institut Pasteur', 'Institut Pasteur Tunis').same).toBe(false);
    expect(compareNames('حزب‌الله', 'حزب‌الله در عراق').same).toBe(false);
  });

  it('and the body in its own country', () => {
    expect(compareNames('حزب‌الله', 'حزب‌الله در لبنان').same).toBe(true);
  });
});
