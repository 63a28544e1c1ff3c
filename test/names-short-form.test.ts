import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a body by a short form of its name, its trailing qualifier left out', () => {
  it('leaves out a scope or allegiance word', () => {
    const m = compareNames('مجلس التعاون الاقتصادي الدولي', 'مجلس التعاون الاقتصادي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain('الدولي is left out of the second name');
    expect(compareNames('جمعية الإغاثة', 'جمعية الإغاثة الإسلامية').same).toBe(true);
    expect(compareNames('دادگاه انقلاب اسلامی', 'دادگاه انقلاب').same).toBe(true);
  });

  it("leaves out the body's country, by a long form of its name too", () => {
    const m = compareNames('بانک کشاورزی جمهوری اسلامی ایران', 'بانک کشاورزی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('names the country (Iran)');
  });

  it('leaves out the United Nations the body belongs to, and an eponym with his title', () => {
    expect(compareNames('کمیسیون حقوق بشر سازمان ملل', 'کمیسیون حقوق بشر').same).toBe(true);
    const m = compareNames('مؤسسه خیریه امام خمینی', 'مؤسسه خیریه');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the body is named after امام خمینی');
  });

  it('compares the rest across the languages', () => {
    expect(compareNames('وزارة الزراعة العراقية', 'وزارت کشاورزی').same).toBe(true);
  });

  it('keeps bodies with qualifiers of their own apart', () => {
    // Two councils: one of a country, one of the United Nations.
    expect(compareNames('شورای امنیت ملی ترکیه', 'شورای امنیت سازمان ملل').same).toBe(false);
    expect(compareNames('وزارة الزراعة العراقية', 'وزارة الزراعة الأردنية').same).toBe(false);
  });

  it('keeps a word inside the name, and a short form of one word, apart', () => {
    expect(compareNames('بانک توسعه کشاورزی ایران', 'بانک کشاورزی').same).toBe(false);
    expect(compareNames('الجهاد الإسلامي', 'الجهاد').same).toBe(false);
  });

  it('leaves out the nisba of the town a scholar comes from, not after a kunya alone', () => {
    const m = compareNames('ابن رشد القرطبي', 'ابن رشد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('says where the bearer comes from');
    expect(compareNames('أبو علي الموصلي', 'أبو علي').same).toBe(false);
    expect(compareNames('عبد الكريم الموصلي', 'عبد الكريم').same).toBe(false);
  });

  it("cuts no person's given names", () => {
    expect(compareNames('حسن علي الإيراني', 'حسن علي').same).toBe(false);
  });
});
