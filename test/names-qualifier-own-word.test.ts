import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a known body's name that ends with a scope or allegiance word of its own", () => {
  it('is its short form when the full name adds its country after that word', () => {
    const m = compareNames('الجهاد الإسلامي الفلسطيني', 'الجهاد الإسلامي');
    expect(m.same, m.reason.detail).toBe(true);
    // Palestinian Islamic Jihad is known to be of Palestine (organization-homes.ts): its own country, named after it.
    expect(m.reason.detail).toContain('with its own country (Palestinian Territories) named after it');
  });

  it('keeps two bodies with qualifiers of their own apart', () => {
    expect(compareNames('جيش التحرير الشعبي الصيني', 'جيش التحرير الشعبي السوداني').same).toBe(false);
    expect(compareNames('مجلس الأمن الروسي', 'شورای امنیت سازمان ملل').same).toBe(false);
  });
});

describe('a body named after an eponym, its scope word left out of the other language', () => {
  it('keeps the eponym, Arabic with its article and Persian without, and cuts the scope after it', () => {
    const m = compareNames('مطار الإمام الرضا الدولي', 'فرودگاه امام رضا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('الدولي is left out of the second name');
  });

  it('keeps two airports named after two people apart', () => {
    expect(compareNames('مطار الإمام الرضا الدولي', 'فرودگاه امام حسین').same).toBe(false);
  });
});
