import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a body named word by word in Arabic and in Persian', () => {
  it('reads an Arabic word with its proclitic or as an adjective (للبتروكيماويات, الآسيوي) as the word it translates', () => {
    for (const [ar, fa] of <[string, string][]>[
      ['الاتحاد الآسيوي للشطرنج', 'فدراسیون آسیایی شطرنج'],
      ['الشركة الوطنية للبتروكيماويات', 'شرکت ملی پتروشیمی'],
      ['اللجنة البارالمبية الإيرانية', 'کمیته پارالمپیک ایران'],
      ['حزب العدل الديمقراطي', 'حزب عدالت دموکراتیک'],
    ]) {
      const m = compareNames(ar, fa);
      expect(m.same, `${ar} / ${fa}`).toBe(true);
      expect(m.reason.detail).toMatch(/is translated/u);
    }
  });

  it('takes a country named by two words on one side and one on the other (عربستان سعودی / السعودية) as one', () => {
    const m = compareNames('القنصلية السعودية', 'کنسولگری عربستان سعودی');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/both name Saudi Arabia/u);
  });

  it('matches an Arabic adjective in the feminine with the Persian one, which has no gender, and says so', () => {
    const m = compareNames('المدرسة الرضوية', 'مدرسه رضوی');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/الرضوية and رضوی are one adjective, the Arabic's feminine ة not written in Persian/u);
  });

  it('reads an Arabic word with the conjunction glued to it against the Persian one written apart', () => {
    const m = compareNames('جبهة العدالة والكرامة', 'جبهه عدالت و کرامت');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/والكرامة is spelled کرامت \(the conjunction و glued to the Arabic word\)/u);
  });

  it('reads an Arabic adjective against the Persian noun a name keeps (الفدرالي / فدرال)', () => {
    const m = compareNames('البنك الفدرالي الألماني', 'بانک فدرال آلمان');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/الفدرالي is the Arabic adjective of the Persian noun فدرال/u);
  });

  it('knows the Persian adjective of a country whose name ends in ی (اندونزیایی, مالزیایی)', () => {
    expect(compareNames('المستشفى الإندونيسي', 'بیمارستان اندونزیایی').same).toBe(true);
    expect(compareNames('الماليزي', 'مالزیایی').reason.detail).toMatch(/adjectives of Malaysia/u);
  });

  it('names the two words a spelling links, beside the words other links join', () => {
    const m = compareNames('وزارة الداخلية الكويتية', 'وزارت داخله کویت');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toMatch(/الداخلية is spelled داخله \(/u);
  });

  it('keeps apart a Persian name kept with the Arabic article, which is a name, not an adjective', () => {
    expect(compareNames('مجلة الوطنية', 'مجله الوطنی').same).toBe(false);
  });

  it("within one language, does not read an office's name as its holder's word (استانداری, فرمانداری: two offices)", () => {
    expect(compareNames('استانداری اصفهان', 'فرمانداری اصفهان').same).toBe(false);
  });

  it("takes a translated name with its country after it on one side only as a short form, and another country's as another body", () => {
    const m = compareNames('الحزب الشيوعي', 'حزب کمونیست چین');
    expect(m.same).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toMatch(/چین says the country of the body \(China\)/u);
    expect(compareNames('الحزب الشيوعي الفيتنامي', 'حزب کمونیست چین').same).toBe(false);
  });
});

describe('a name that opens with a word the headed name lacks', () => {
  it('is a person or another thing bearing the name, not the body or place without its head', () => {
    for (const [x, y] of <[string, string][]>[
      ['ماريو فيراري', 'شركة فيراري'],
      ['جسر الملك فهد', 'مدينة الملك فهد'],
    ]) {
      const m = compareNames(x, y);
      expect(m.same, `${x} / ${y}: ${m.reason.detail}`).toBe(false);
      expect(m.reason.detail).toMatch(/opens with/u);
    }
  });

  it('but a word for the same head, in the other language or with the ezafe, is that head', () => {
    expect(compareNames('إعصار مارتا', 'طوفان مارتا').same).toBe(true);
    expect(compareNames('شركة فيراري', 'فيراري').same).toBe(true);
  });
});

describe("a ruler's epithet", () => {
  it('is said in each language by its own words after a foreign given name, and the explanation names it', () => {
    const m = compareNames('فريدريك العظيم', 'فردریک کبیر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toMatch(/العظيم and کبیر are one epithet \(the Great\)/u);
    expect(compareNames('إيفان الرهيب', 'ایوان مخوف').same).toBe(true);
  });

  it('is no epithet after a native given name, where the word is a surname', () => {
    expect(compareNames('أحمد العادل', 'احمد دادگر').same).toBe(false);
  });
});
