import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a province's and a region's head before a place abroad", () => {
  it('reads مقاطعة, إقليم and منطقة as one head before a foreign place', () => {
    const m = compareNames('مقاطعة أوديسا', 'منطقة أوديسا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('إقليم كيبيك', 'منطقة كيبيك').same).toBe(true);
  });

  it('keeps a region and a province of an Arab country apart, and a city', () => {
    expect(compareNames('محافظة جدة', 'منطقة جدة').same).toBe(false);
    expect(compareNames('مدينة أوديسا', 'منطقة أوديسا').same).toBe(false);
  });
});
