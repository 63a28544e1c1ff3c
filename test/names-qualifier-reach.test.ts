import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a body's reach or the land it fights to free, left out of a short form", () => {
  it('cuts Persian کشور and کل کشور after a state body', () => {
    const m = compareNames('اداره ثبت اسناد کشور', 'اداره ثبت اسناد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the whole country');
    expect(compareNames('سازمان نظارت کل کشور', 'سازمان نظارت').same).toBe(true);
  });

  it('cuts "for the liberation of" a known land', () => {
    const m = compareNames('الجبهة المتحدة لتحرير كينيا', 'الجبهة المتحدة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the land it fights to free');
  });

  it('keeps a head alone, and two lands, apart', () => {
    expect(compareNames('وزارت کشور', 'وزارت').same).toBe(false);
    expect(compareNames('الجبهة المتحدة لتحرير كينيا', 'الجبهة المتحدة لتحرير أوغندا').same).toBe(false);
    expect(compareNames('الجبهة المتحدة لتحرير كينيا', 'الجبهة الشعبية').same).toBe(false);
  });
});
