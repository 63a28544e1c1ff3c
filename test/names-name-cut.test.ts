import { describe, expect, it } from 'vitest';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';

// Names written for the project: none is a real person's as far as we know.
describe("a person's full name cut at its end", () => {
  it('is the same person when the kept words are a given name and a family name', () => {
    expect(same('سلمى قدورة', 'سلمى قدورة الحسيني')).toContain('as news names a person by the given name and the family name');
    same('كمال بوزيد الزواوي', 'كمال بوزيد');
    same('بهروز فرهمند', 'بهروز فرهمند لاهیجی');
    // A given name joined on one side is two words of the shorter name.
    same('كمال بوزيد', 'كمالبوزيد الزواوي');
  });

  it('and when they are a chain of fathers, or a title before given names', () => {
    expect(same('عامر بن سالم', 'عامر بن سالم العبدلي')).toContain('his chain of fathers');
    expect(same('ملا محمد نسیم', 'ملا محمد نسیم عارفی')).toContain('by the title and the given names');
  });

  it('is another person after a given name and a father, or after محمد and one word', () => {
    apart('سعيد حسن', 'سعيد حسن الكندي');
    apart('محمد قدورة', 'محمد قدورة العلوي');
    // A title before one given name (Shia imams are named so, and several bore each given name).
    apart('الإمام جعفر', 'الإمام جعفر الصادق');
  });

  it('is another person when the words left out make one: junior, a son, a regnal number, a family-name ending, a chain', () => {
    apart('فريد هاملتون', 'فريد هاملتون جونيور');
    apart('كمال بوزيد', 'كمال بوزيد الابن');
    apart('فيصل بوزيد', 'فيصل بوزيد الثاني');
    apart('كريم لاهيجي', 'كريم لاهيجي زاده');
    apart('سعيد بوزيد', 'سعيد بوزيد بن علي');
    // Two words left out that make no compound name: a phrase, a company's name after a person's.
    apart('كمال بوزيد', 'كمال بوزيد فارما تيك');
    // An ordinary adjective with the article after a name qualifies a body named after the person.
    apart('حزب كمال بوزيد الوطني', 'حزب كمال بوزيد');
    // So does a word "for the …" or a feminine adjective, after a prize's or a school's person.
    apart('جائزة سلمى قدورة', 'جائزة سلمى قدورة للشعر');
    apart('مدرسة عامر بن سالم', 'مدرسة عامر بن سالم الابتدائية');
    // After a title and given names, a word with the article is a place's nisba, or it describes a body.
    apart('مستشفى الأمير عبد الرحيم', 'مستشفى الأمير عبد الرحيم التخصصي');
    same('الأمير عبد الرحيم', 'الأمير عبد الرحيم المغربي');
    // East Asian given names in syllables: one fewer is another person.
    apart('لي مينغ', 'لي مينغ هوا');
  });
});

describe('a Pashtun tribal name after a name', () => {
  it('is left out after a family name, not after a given name and a father', () => {
    same('کمال فرهمند احمدزی', 'کمال فرهمند');
    apart('محمد سالم احمدزی', 'محمد سالم');
  });
});

describe('محمد joined to an Afghan given name', () => {
  it('is left out as news does, but not before the second of a Persian compound', () => {
    expect(same('محمدنسیم فرهمند', 'نسیم فرهمند')).toContain('news leaves out محمد');
    apart('محمدتقی فرهمند', 'تقی فرهمند');
    apart('محمدرضاشاه فرهمند', 'رضاشاه فرهمند');
  });
});

describe('titles of scholars and academics before a name', () => {
  it('are no part of the name', () => {
    expect(same('پروفسور نسرین کاظمیان', 'نسرین کاظمیان')).toContain('پروفسور is a title');
    expect(same('علامه لاهیجی', 'حسن لاهیجی')).toContain('علامه is a title');
    expect(same('حکیم عمر فرهمند', 'عمر فرهمند')).toContain('حکیم is a title');
  });

  it('حکیم before one word is a name, as the given name it also is', () => {
    apart('حکیم فرهمند', 'سعید فرهمند');
  });
});

describe('a foreign name with its final vowel written or not', () => {
  it('is one name in a long word, not in a short one, where ي makes another name', () => {
    same('أنطونيو كاستيلانيزي', 'أنطونيو كاستيلانيز');
    apart('أنطونيو ماري', 'أنطونيو مار');
  });
});

describe('a rank that is also a given name, before a family name alone', () => {
  it('stands for the given name before a Persian family name, not before one with the Russian ending', () => {
    expect(same('سردار فرهمند', 'امیرحسین فرهمند')).toContain('سردار is a title');
    apart('سردار کاظم‌اف', 'رستم کاظم‌اف');
  });
});

describe('a compound given name left out whole', () => {
  it('keeps the family name alone, which names the person; its first part kept alone is another person', () => {
    expect(same('شمس الدين البزاري', 'البزاري')).toContain('شمس الدين is missing');
    expect(apart('أحمد شاه فرهمند', 'أحمد فرهمند')).toContain('compound given name');
  });
});
