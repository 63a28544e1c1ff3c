import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a country's army as its army or its armed forces", () => {
  it('is one body, in either language', () => {
    const m = compareNames('القوات المسلحة التشادية', 'الجيش التشادي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('as its army or its armed forces');
    expect(compareNames('الجيش الكيني', 'ارتش کنیا').same).toBe(true);
    expect(compareNames('نیروهای مسلح نیجر', 'اردوی نیجر').same).toBe(true);
  });

  it('keeps another country, a word more, and Iran’s army and guards apart', () => {
    expect(compareNames('الجيش الكيني', 'الجيش التشادي').same).toBe(false);
    expect(compareNames('الجيش الوطني الكيني', 'القوات المسلحة الكينية').same).toBe(false);
    expect(compareNames('نیروهای مسلح ایران', 'ارتش ایران').same).toBe(false);
  });
});
