import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a family name of a nisba with a second family name after it', () => {
  it('is the person with the second name left out', () => {
    const m = compareNames('پرستو موسوی', 'پرستو موسوی گرمارودی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(m.reason.detail).toContain('a second family name after the family name');
    expect(compareNames('کامران رحیمی', 'کامران رحیمی اردستانی').same).toBe(true);
  });

  it('not after a given name, nor with junior, a suffix of the name, or a body', () => {
    expect(compareNames('سامان احمد', 'سامان احمد رحیمی').same).toBe(false);
    expect(compareNames('کامران رحیمی', 'کامران رحیمی زاده').same).toBe(false);
    expect(compareNames('جيمس موراني', 'جيمس موراني جونيور').same).toBe(false);
    expect(compareNames('الحزب الديمقراطي', 'الحزب الديمقراطي الكردستاني').same).toBe(false);
    expect(compareNames('حزب ملی', 'حزب ملی زاگرس').same).toBe(false);
  });
});
