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
    expect(compareNames('ستاد جاسم بن حمد', 'ملعب جاسم بن حمد').same).toBe(true);
  });
});
