import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Hard negatives of the classes that make false "same" verdicts, written for the project (not from the pair sets):
// each pair names two things, and each must stay apart.

const apart = (a: string, b: string): void => {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
};

describe('hard negatives', () => {
  it('a city against the province of its name, both headed', () => {
    apart('مدينة كربلاء', 'محافظة كربلاء');
    apart('شهر کرمانشاه', 'استان کرمانشاه');
    apart('ولاية نيويورك', 'مدينة نيويورك');
  });

  it('a party against its splinter', () => {
    apart('حزب العمال', 'حزب العمال الاشتراكي');
    apart('الحزب الشيوعي العراقي', 'الحزب الشيوعي العمالي العراقي');
    apart('حزب الأمة القومي', 'حزب الأمة الإصلاح والتجديد');
  });

  it('a body against its branch or mission abroad', () => {
    apart('بنك ملي إيران', 'بنك ملي إيران فرع دبي');
    apart('الهلال الأحمر القطري', 'الهلال الأحمر القطري في غزة');
    apart('سفارت ایران در لندن', 'سفارت ایران');
  });

  it('two known towns a letter apart', () => {
    apart('طرطوس', 'طرسوس');
    apart('كرمان', 'كرمانشاه');
  });

  it('a known name against a look-alike word', () => {
    apart('Tikrit', 'تقرير');
    apart('Mosul', 'وصول');
    apart('حلب', 'حليب');
  });
});
