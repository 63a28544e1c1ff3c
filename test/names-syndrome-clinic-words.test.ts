import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe('a syndrome, a clinic, a bank and industries are heads', () => {
  it('reads a syndrome as a disease is read, in three scripts', () => {
    expectSameName('متلازمة مارفان', 'سندرم مارفان', "syndrome's head is translated (متلازمة / سندرم)");
    expectSameName('سندرم مارفان', 'نشانگان مارفان', "syndrome's head is translated (سندرم / نشانگان)");
    expectSameName('Marfan syndrome', 'متلازمة مارفان', "syndrome's head is translated (syndrome / متلازمة)");
  });

  it('keeps two syndromes apart', () => {
    expectDifferentNames('سندرم مارفان', 'سندرم ترنر');
  });

  it('reads the English head written in Arabic letters after the name, in English order', () => {
    expectSameName('لاهور كلينك', 'کلینیک لاهور', "clinic's head is translated (كلينك / کلینیک)");
    expectSameName('عيادة لاهور', 'لاهور كلينك', "clinic's head is translated");
    expectSameName('بنك حبيب', 'حبیب بانک', "bank's head is translated (بنك / بانک)");
    expectSameName('تاتا للصناعات', 'تاتا ایندستریز', "company's head is translated (للصناعات / ایندستریز)");
  });

  it('does not take a word that only looks like the head for it', () => {
    expectDifferentNames('دويتشه بنك', 'دويتشه بان');
  });
});

describe('a word of a name is never left over unread', () => {
  it('keeps a name with one more word that a stopword list happens to hold apart', () => {
    // امين, صفر and بان are in Arabic's stopword list (amen, zero, that); in a name they are names.
    expectDifferentNames('محمد', 'محمد امين');
    expectDifferentNames('حسن', 'حسن صفر');
    expectDifferentNames('حسن', 'حسن بان');
  });

  it('still lets a translation add or drop a conjunction, a preposition, "general" or "press"', () => {
    expectSameName('وزارة الشؤون الخارجية', 'وزارت امور خارجه', 'translated');
    expectSameName('الهيئة العامة للاستثمار', 'سازمان سرمایه‌گذاری', 'للاستثمار is translated سرمایه‌گذاری');
    expectSameName('وكالة فرانس برس', 'خبرگزاری فرانسه', "news agency's head is translated");
  });
});

describe('heads of provinces, airfields, corridors and air bases', () => {
  it('reads Governorate, Airfield and the Dari corridor as heads', () => {
    expectSameName('Basra Governorate', 'محافظة البصرة', "province's head is translated (Governorate / محافظة)");
    // An airfield the gazetteer does not list, so that the heads are read (Kandahar's is listed, geo-airports.ts).
    expectSameName('Farah Airfield', 'میدان هوایی فراه', "airport's head is translated (Airfield / میدان هوایی)");
    expectSameName('دهلیز واخان', 'کریدور واخان', "corridor's head is translated (دهلیز / کریدور)");
  });

  it('reads an air base\'s "the air" after the name as its head said again, never as a head alone', () => {
    // A base the gazetteer does not list (Ain al-Asad is listed, geo-airports.ts), so that the heads are read.
    expectSameName('قاعدة التاجي الجوية', 'پایگاه هوایی التاجی', "military base's head is translated");
    expectDifferentNames('القاعدة', 'القاعدة الجوية');
  });
});
