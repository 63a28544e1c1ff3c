import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('heads of camps, bases, crossings, prisons, dams and nuclear sites', () => {
  it('are translated, and the rest compared as a name', () => {
    const camp = compareNames('مخيم النصيرات', 'اردوگاه نصیرات');
    expect(camp.same, camp.reason.detail).toBe(true);
    expect(camp.reason.detail).toContain("camp's head is translated (مخيم / اردوگاه)");
    expect(compareNames('معبر كرم أبو سالم', 'گذرگاه کرم ابوسالم').same).toBe(true);
    expect(compareNames('سجن صيدنايا', 'زندان صیدنایا').same).toBe(true);
    expect(compareNames('سد الموصل', 'سد موصل').same).toBe(true);
    expect(compareNames('منشأة فوردو', 'تأسیسات فردو').same).toBe(true);
    // A reactor and a nuclear facility of one town are one site, named either way.
    expect(compareNames('مفاعل آراك', 'نیروگاه اراک').same).toBe(true);
  });

  it('are read in English names too (Nuseirat camp, Sednaya Prison, Kajaki Dam)', () => {
    expect(compareNames('Nuseirat camp', 'مخيم النصيرات').same).toBe(true);
    expect(compareNames('Sednaya Prison', 'سجن صيدنايا').same).toBe(true);
    expect(compareNames('Kajaki Dam', 'بند کجکی').same).toBe(true);
    expect(compareNames('Nasib crossing', 'معبر نصيب').same).toBe(true);
  });

  it('read a word of two families in the family the names share (Dari بندر: a port, and a border crossing)', () => {
    const m = compareNames('بندر حیرتان', 'گذرگاه حیرتان');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("border crossing's head is translated (بندر / گذرگاه)");
    // The general word of the family (گذرگاه, a corridor's too) against a crossing's word names the crossing.
    expect(compareNames('گذرگاه حیرتان', 'بندر حیرتان').reason.detail).toContain("border crossing's head is translated");
    expect(compareNames('بندر حیرتان', 'میدان هوایی حیرتان').same).toBe(false);
  });

  it('name two bodies when their kinds differ', () => {
    const m = compareNames('سجن صيدنايا', 'مستشفى صيدنايا');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('names a prison');
    expect(compareNames('زندان اوین', 'Evin Hospital').same).toBe(false);
  });
});

describe('a head word that is part of the other name', () => {
  it('is no head there: the other name is the whole one, its own head left out', () => {
    const m = compareNames('حزب الجبهة الوطنية', 'الجبهة الوطنية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('حزب حركة النهضة', 'حركة النهضة').same).toBe(true);
  });

  it('not a province’s or a town’s head, which says which of two places is meant', () => {
    expect(compareNames('منطقة المدينة المنورة', 'المدينة المنورة').same).toBe(false);
    expect(compareNames('محافظة مدينة الكويت', 'مدينة الكويت').same).toBe(false);
  });
});

describe('Persian and Dari heads of seas, oceans and port cities', () => {
  it('Dari بحیره for a sea and Persian بحر for an ocean, read in the family the names share', () => {
    expect(compareNames('بحیره خزر', 'دریای خزر').same).toBe(true);
    expect(compareNames('بحر منجمد شمالی', 'اقیانوس منجمد شمالی').same).toBe(true);
    expect(compareNames('بحیره مرمره', 'دریای مرمره').reason.detail).toContain("sea's head is translated");
  });

  it('بندر before a port city in Persian is the city itself, unlike the Arabic ميناء', () => {
    const m = compareNames('بندر چابهار', 'چابهار');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Persian writes بندر');
    expect(compareNames('ميناء بوشهر', 'بوشهر').same).toBe(false);
  });
});

describe("a palace's head", () => {
  it('is translated (قصر / کاخ), and a known palace may be named without it', () => {
    const m = compareNames('قصر بعبدا', 'کاخ بعبدا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("palace's head is translated");
    expect(compareNames('کرملین', 'کاخ کرملین').same).toBe(true);
    // A town whose name opens with the word stays whole.
    expect(compareNames('قصر شیرین', 'شیرین').same).toBe(false);
  });
});

describe("a shrine's head", () => {
  it('is translated (مرقد / حرم, ضريح / آرامگاه), the saint or poet buried there named alike', () => {
    const m = compareNames('مرقد الإمام علي', 'حرم امام علی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("shrine's head is translated");
    expect(compareNames('ضريح سعدي', 'آرامگاه سعدی').same).toBe(true);
  });

  it('names two shrines for two people, and leaves مزار شریف the city', () => {
    expect(compareNames('مرقد الإمام علي', 'حرم امام حسین').same).toBe(false);
    expect(compareNames('مزار شریف', 'مزار شريف').reason.detail).toContain('Mazar');
    // عتبة is a given name too: no head to leave out before a chain of fathers.
    expect(compareNames('عتبة بن ربيعة', 'ربيعة').same).toBe(false);
  });
});

describe('السيدة before a woman of the Prophet’s house', () => {
  it('is a title, as the Persian حضرت is', () => {
    const m = compareNames('مرقد السيدة رقية', 'حرم حضرت رقیه');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('are titles');
  });
});
