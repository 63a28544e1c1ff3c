import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { ORGANIZATION_SHORT_FORMS } from '../src/lexicon/organization-short-forms.js';
import { allOrganizations } from '../src/lexicon/organizations.js';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe("a body's name against its short form: words that make no other body", () => {
  it("leaves out a church's rite, a site's holiness and a society's charity", () => {
    const m = compareNames('الكنيسة السريانية الأرثوذكسية', 'الكنيسة السريانية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("says the church's rite");
    expect(same('العتبة العباسية المقدسة', 'العتبة العباسية')).toBe(true);
    expect(same('جمعية البر الخيرية', 'جمعية البر')).toBe(true);
  });

  it('cuts a club\'s "sporting" and country from its one-word name, the two together saying a club', () => {
    expect(same('الفيصلي الرياضي الأردني', 'الفيصلي')).toBe(true);
    // "Sporting" alone after a paper's name makes its sports weekly.
    expect(same('النهار الرياضي', 'النهار')).toBe(false);
  });

  it("leaves a company's legal form out of its name, not a word that makes another company", () => {
    expect(same('شركة المراعي المحدودة', 'شركة المراعي')).toBe(true);
    expect(same('تويوتا', 'تويوتا تسوشو')).toBe(false);
  });

  it('keeps a church of another rite apart', () => {
    expect(same('الكنيسة القبطية الكاثوليكية', 'الكنيسة القبطية')).toBe(false);
  });

  it("leaves out an Arabic party's \"national\" where its gender is the head's, not the word's before it", () => {
    const m = compareNames('حزب الكرامة القومي', 'حزب الكرامة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('says the body is national, in the gender of its head');
    // National salvation, national liberation: the name's own phrase.
    expect(same('جبهة الخلاص الوطني', 'جبهة الخلاص')).toBe(false);
    // Persian does not say which word ملی qualifies; nor is it cut after a newspaper's name.
    expect(same('حزب اعتماد ملی', 'حزب اعتماد')).toBe(false);
    expect(same('روزنامه همبستگی', 'روزنامه همبستگی ملی')).toBe(false);
  });

  it("leaves out a federation's football, unless the rest is another known body or another sport is said", () => {
    // The continental federation of football, and the European Union.
    expect(same('الاتحاد الأوروبي لكرة القدم', 'الاتحاد الأوروبي')).toBe(false);
    expect(same('الاتحاد الآسيوي لكرة السلة', 'الاتحاد الآسيوي')).toBe(false);
  });
});

describe("a known body's own country, and its namesakes abroad", () => {
  it("cuts a known party's own country from its full name", () => {
    const m = compareNames('حزب الوحدة الإسلامية الأفغاني', 'حزب الوحدة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('says the country (Afghanistan)');
  });

  it('keeps a namesake of another country apart from the known party', () => {
    const m = compareNames('حزب الاستقلال', 'حزب الاستقلال العراقي');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('another country (Iraq)');
    expect(same('حزب الله', 'حزب الله العراقي')).toBe(false);
  });
});

describe("a known body's listed short forms", () => {
  it('matches a short form against one of the body’s listed names, and says the convention', () => {
    const m = compareNames('الحرس الثوري الإيراني', 'الحرس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.entity?.id).toBe('IRGC');
    expect(m.reason.detail).toContain('is the short name by which news calls');
    expect(same('صندوق النقد الدولي', 'صندوق النقد')).toBe(true);
    expect(same('مجلس التعاون لدول الخليج العربية', 'مجلس التعاون')).toBe(true);
  });

  it('does not read a short form against another body, nor a word that only looks like one', () => {
    // The Arab Monetary Fund is another fund than the IMF; a national guard is no Guard Corps.
    const m = compareNames('صندوق النقد العربي', 'صندوق النقد');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('another body than Arab Monetary Fund');
    expect(same('الحرس الوطني', 'الحرس')).toBe(false);
  });

  it('keeps two bodies whose names differ by a word apart, once both are known', () => {
    expect(same('دانشگاه ملک سعود', 'دانشگاه علوم بهداشتی ملک سعود بن عبدالعزیز')).toBe(false);
    expect(same('جمعية قطر الخيرية', 'مؤسسة قطر للتربية والعلوم وتنمية المجتمع')).toBe(false);
  });
});

describe('the list of short forms', () => {
  it('names bodies of the organisation lists, each with its reason', () => {
    const ids = new Set(allOrganizations().map((o) => o.id));
    for (const [id, forms, reason] of ORGANIZATION_SHORT_FORMS) {
      expect(ids.has(id), id).toBe(true);
      expect(
        forms.split('|').every((f) => f.trim().length > 0),
        id,
      ).toBe(true);
      expect(reason.length, id).toBeGreaterThan(10);
    }
  });
});
