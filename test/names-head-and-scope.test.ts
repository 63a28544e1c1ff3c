import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a body's head and its scope both left out of the other name", () => {
  it('is the body by its short form', () => {
    const m = compareNames('حركة شباب الفجر الإسلامية', 'شباب الفجر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain("movement's head");
    expect(compareNames('سازمان بهزیستی کشور', 'بهزیستی کشور').same).toBe(true);
    expect(compareNames('جمعية أنصار السلام الإسلامية', 'أنصار السلام').same).toBe(true);
  });

  it('not when the bare rest is one word, nor when the rest differs', () => {
    expect(compareNames('حزب الدعوة الإسلامية', 'الدعوة').same).toBe(false);
    expect(compareNames('حركة شباب الفجر الإسلامية', 'شباب النصر').same).toBe(false);
  });

  it('ستاد heads a stadium as ملعب does', () => {
    expect(compareNames('ستاد فيصل بن سالم', 'ملعب فيصل بن سالم').same).toBe(true);
  });
});

describe("a stadium's, an airport's or a shrine's city after its name", () => {
  it('is the same building with its city said', () => {
    const m = compareNames('ورزشگاه شهید کاظمی اهواز', 'ورزشگاه شهید کاظمی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('says the city of the body');
    expect(compareNames('فرودگاه شهید هاشمی‌نژاد مشهد', 'فرودگاه شهید هاشمی‌نژاد').same).toBe(true);
  });

  it('not a newspaper with a city after it, another paper', () => {
    expect(compareNames('روزنامه صبح امروز شیراز', 'روزنامه صبح امروز').same).toBe(false);
  });
});
