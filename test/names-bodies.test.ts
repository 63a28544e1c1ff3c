import { describe, expect, it } from 'vitest';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';

describe('a word that tells one body from another named after the same place', () => {
  it('keeps a university, a bank or a school of a town apart from its namesake with a scope or allegiance', () => {
    expect(apart('جامعة حلب الدولية', 'جامعة حلب')).toContain('tells apart two bodies named after');
    apart('بنك الكويت الإسلامي', 'بنك الكويت');
    apart('مدرسة عمان الدولية', 'مدرسة عمان');
  });

  it('lets a port or an airport of one town keep its formal word', () => {
    same('ميناء جدة الإسلامي', 'ميناء جدة');
  });

  it('keeps a scope left out of a body named by a name of its own', () => {
    same('مجلس الأمن الدولي', 'مجلس الأمن');
  });

  it('keeps a bank named after two places apart from the bank of the first', () => {
    apart('بنك بغداد دمشق', 'بنك بغداد');
    expect(apart('بنك القاهرة عمان', 'بنك القاهرة')).toContain('names another place than Cairo');
  });

  it("lets a club's or a university's own city or country follow its name", () => {
    same('نادي الزمالك المصري', 'نادي الزمالك');
    same('دانشگاه فردوسی مشهد', 'دانشگاه فردوسی');
  });
});

describe('one Arabic adjective qualifying another word', () => {
  it('keeps the national front for liberation apart from the front of national liberation', () => {
    expect(apart('جبهة الإنقاذ الوطني', 'الجبهة الوطنية للإنقاذ')).toContain('one adjective in two genders');
  });

  it('reads an adjective in one gender in either order as one (the central bank of a country)', () => {
    same('مصرف العراق المركزي', 'البنك المركزي العراقي');
  });

  it('lets Persian write the adjective before the name, as its ezafe does', () => {
    same('جامعة كييف الحكومية', 'دانشگاه دولتی کی‌یف');
  });
});

describe('generic heads translated between Arabic and Persian', () => {
  it('reads a television channel by either head', () => {
    expect(same('تلفزيون العراق', 'تلویزیون عراق')).toContain("television's head is translated");
    same('تلویزیون آریانا', 'شبکه آریانا');
  });

  it('reads an oil field, a village, a street, a college and a league through their heads', () => {
    expect(same('حقل مجنون', 'میدان نفتی مجنون')).toContain("field's head is translated");
    expect(same('قرية الدير', 'روستای الدیر')).toContain("village's head is translated");
    expect(same('شارع الحمراء', 'خیابان حمرا')).toContain("street's head is translated");
    expect(same('كلية الطب', 'دانشکده پزشکی')).toContain('head');
    same('دوري أبطال أفريقيا', 'لیگ قهرمانان آفریقا');
  });

  it("lets either side leave out a field's or a cemetery's head, with the field's fuel after the name", () => {
    same('حقل غوار للنفط', 'غوار');
    same('مقبرة وادي السلام', 'قبرستان وادی السلام');
  });

  it("does not take a college's discipline or a street's town for the body", () => {
    apart('كلية الهندسة', 'الهندسة');
    apart('شارع حلب', 'حلب');
  });
});

describe('more heads and their Persian and Dari forms', () => {
  it('reads Persian تنگه as a strait and as a pass on land, and a Dari range and hydroelectric dam', () => {
    same('تنگه سالنگ', 'گردنه سالنگ');
    same('سلسله کوه هندوکش', 'رشته‌کوه هندوکش');
    same('سد کجکی', 'بند برق کجکی');
  });

  it('reads a power station, a refinery with its fuel and a business group through their heads', () => {
    same('محطة بوشهر النووية', 'نیروگاه اتمی بوشهر');
    same('پالایشگاه نفت تبریز', 'پالایشگاه تبریز');
    same('مجموعة سامسونغ', 'گروه سامسونگ');
  });

  it("leaves a scope word out of a news agency's name, and a club's head with its home", () => {
    expect(same('وكالة مهر الدولية للأنباء', 'خبرگزاری مهر')).toContain(
      "الدولية is left out of the second name, a short form (الدولية says the body's scope or allegiance)",
    );
    same('نادي الوحدة الإماراتي', 'الوحدة');
  });
});

describe('heads in Latin letters and Dari spellings', () => {
  it("reads a channel's TV and a club's F.C. with their stops", () => {
    same('Al-Kawthar TV', 'قناة الكوثر');
    same('Sepahan F.C.', 'نادي سباهان');
  });

  it('reads the Dari حرکت as a movement, and keeps a movement with a word more inside apart', () => {
    expect(same('حركة النجاة', 'حرکت نجات')).toContain("movement's head");
    expect(apart('حرکت ملی افغانستان', 'حرکت انقلاب ملی افغانستان')).toContain('stands inside one name only');
  });

  it('reads Persian شبکه as a channel alone, and as an armed group against a group', () => {
    expect(same('شبکه نور', 'نور')).toContain("network's head");
    same('گروه حقانی', 'شبکه حقانی');
  });
});

describe('two bodies of one kind in one language', () => {
  it('keeps apart names with two head words and a word of the name in one only', () => {
    expect(apart('جنبش ملی دموکراتیک', 'حرکت دموکراتیک')).toContain('two head words');
  });

  it('lets a Dari head word and a city after the name go together', () => {
    same('شفاخانه وزیر اکبرخان', 'بیمارستان وزیر اکبرخان کابل');
  });

  it('keeps a head word that opens the name after the head as a word of the name', () => {
    expect(apart('حزب جنبش آزادی', 'حزب آزادی')).toContain('not a head to leave out');
  });
});

describe('a station', () => {
  it('reads Arabic محطة as the space or railway station Persian calls ایستگاه, and as a power station against نیروگاه', () => {
    expect(same('محطة مير', 'ایستگاه فضایی میر')).toContain("station's head is translated");
    expect(same('محطة بوشهر', 'نیروگاه بوشهر')).toContain("power station's head is translated");
  });

  it('keeps a Persian station apart from a power plant of the same name', () => {
    apart('ایستگاه تهران', 'نیروگاه تهران');
  });
});

describe('a Dari school', () => {
  it('reads لیسه, the Dari high school, as the head Iran writes دبیرستان and Arabic مدرسة', () => {
    same('لیسه نادریه', 'دبیرستان نادریه');
    same('مدرسة النادرية', 'لیسه نادریه');
    apart('لیسه نادریه', 'لیسه ملالی');
  });
});
