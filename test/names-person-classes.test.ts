import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('people named two ways, by class', () => {
  it.each([
    ['Nima Yushij', 'علی اسفندیاری', 'the pen name'],
    ['شاه‌چراغ', 'احمد بن موسی بن جعفر', 'the shrine name'],
    ['ابومحمد جولانی', 'احمد حسین الشرع', 'the nom de guerre'],
    ['راما دهم', 'Vajiralongkorn', 'the regnal name'],
    ['سون یات سن', 'سون جونگ‌شان', 'the older romanisation'],
    ['پاپ فرانسیس', 'خورخه ماریو برگولیو', 'the papal name'],
    ['امام محمدتقی', 'محمد بن علی الجواد', 'a title and the given name'],
    ['المعتصم', 'محمد بن هارون المعتصم', 'the regnal name'],
  ])('%s / %s', (alias, own, what) => {
    const m = compareNames(alias, own);
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain(`${alias} is ${what} by which ${own} is known`);
  });

  it('keeps a son and his father, two Imams, and two namesakes apart', () => {
    expect(compareNames('Mahamat Deby', 'ادریس دبی اتنو').same).toBe(false);
    expect(compareNames('امام جواد', 'امام هادی').same).toBe(false);
    expect(compareNames('العلامة الحلي', 'المحقق الحلي').same).toBe(false);
    expect(compareNames('الأخطل الصغير', 'بشارة خليل الخوري').same).toBe(false);
    expect(compareNames('المعتصم بالله', 'محمد الأمين بن هارون الرشيد').same).toBe(false);
  });
});

describe('the marja title', () => {
  it('takes المرجع off a grand ayatollah named by it', () => {
    const m = compareNames('المرجع الخوئي', 'آية الله أبو القاسم الخوئي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('المرجع');
  });
});

describe('a given name in the forms of two source languages', () => {
  it('reads the Italian, French and Portuguese forms against the English or Spanish ones before a family name', () => {
    const m = compareNames('ماتئو پیانتدوزی', 'متیو پیانتدوزی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ماتئو is the Italian and متیو the English form of the given name Matthew');
    expect(compareNames('ادوار بالادور', 'ادوارد بالادور').same).toBe(true);
    expect(compareNames('ژوزه مورینیو', 'خوزه مورینیو').same).toBe(true);
  });

  it('keeps two names alone, and two kings of one number, apart', () => {
    expect(compareNames('باولو', 'بابلو').same).toBe(false);
    expect(compareNames('جواو الثالث', 'جون الثالث').same).toBe(false);
    expect(compareNames('جواو سانتوس', 'جون سانتوس').same).toBe(true);
  });
});

describe('how the source language says a foreign name', () => {
  it('reads a ts after l, n or r written تز against ز', () => {
    const m = compareNames('لورنتزو فونتانا', 'لورنزو فونتانا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ts after l, n or r');
  });

  it('reads a final e written ه or left out in a foreign name', () => {
    const m = compareNames('کازوهیده ایشیکاوا', 'کازوهید ایشیکاوا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('final e is written ه');
    expect(compareNames('ستاره', 'ستار').same).toBe(false);
  });
});
