import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a corps is a force', () => {
  it('reads فيلق as a force head', () => {
    const m = compareNames('فيلق بدر', 'قوات بدر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('فيلق بدر', 'نیروی بدر').same).toBe(true);
  });

  it('keeps two corps apart', () => {
    expect(compareNames('فيلق الرحمن', 'فيلق الشام').same).toBe(false);
  });
});

describe("a court's head", () => {
  it('is translated and may be left out', () => {
    const m = compareNames('المحكمة الدستورية العليا', 'الدستورية العليا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("court's head");
    expect(compareNames('محكمة الثورة', 'دادگاه انقلاب').same).toBe(true);
  });

  it('keeps two courts apart, and a court from a ministry of one name', () => {
    expect(compareNames('محكمة الاستئناف', 'محكمة التمييز').same).toBe(false);
    expect(compareNames('محكمة العدل', 'وزارة العدل').same).toBe(false);
  });
});

describe('a Persian head joined with ZWNJ or written apart', () => {
  it('reads ماهواره بر as ماهواره‌بر', () => {
    expect(compareNames('ماهواره‌بر قائم', 'ماهواره بر قائم').same).toBe(true);
    expect(compareNames('ماهواره بر قائم', 'ماهواره قائم').same).toBe(false);
  });
});
