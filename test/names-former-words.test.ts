import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { lookupAside, lookupEntries } from '../src/names/gazetteer.js';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';

describe('a former name that is also a word or a given name', () => {
  it('is the place against one of its own names', () => {
    same('دولت‌آباد', 'ملایر');
    same('بهرام‌آباد', 'رفسنجان');
    same('حسین‌آباد', 'شهر ایلام');
    same('شاهپور', 'سلماس');
    same('الجماهيرية', 'ليبيا');
    same('تنجانيقا', 'تنزانيا');
    same('الغري', 'النجف');
  });

  it('names the link in the explanation', () => {
    const m = compareNames('ناصری', 'اهواز');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('old name of Ahvaz');
    expect(m.reason.detail).toContain('Naser al-Din Shah');
    const latin = compareNames('Chennai', 'مدرس');
    expect(latin.same, latin.reason.detail).toBe(true);
    expect(latin.reason.detail).toContain('Madras until 1996');
  });

  it('is never found by a look-up of the word alone', () => {
    for (const word of ['ناصری', 'شهسوار', 'دولت‌آباد', 'طيبة', 'الفيحاء']) {
      expect(lookupEntries(word).length, word).toBe(0);
      expect(lookupAside(word).length, word).toBeGreaterThan(0);
    }
  });

  it('stays apart from another place and from a spelling of the word', () => {
    apart('دولت‌آباد', 'رفسنجان');
    apart('شاهپور', 'تبریز');
    apart('الجديدة', 'جديدة');
    // Persian عمان is Oman: Amman's Arabic name is read aside only with its shadda.
    apart('عمان', 'امان');
    same('عمّان', 'امان');
  });

  it('is read of the names as given, not of a part after a head', () => {
    // فارس alone may be the province; in an agency's name it is the agency's word, and پارس another agency.
    apart('وكالة فارس', 'خبرگزاری پارس');
    same('فارس', 'پارس');
  });

  it('an epithet two cities share is the city the other name names', () => {
    same('الفيحاء', 'البصرة');
    same('الفيحاء', 'دمشق');
    same('طيبة', 'المدينة المنورة');
    apart('الفيحاء', 'بغداد');
  });
});

describe('renamed streets, squares and dams', () => {
  it('a Tehran street or square by its name before 1979', () => {
    same('خیابان شاهرضا', 'خیابان انقلاب');
    same('میدان ژاله', 'میدان شهدا');
    same('بلوار الیزابت', 'بلوار کشاورز');
    apart('میدان شهیاد', 'برج آزادی');
  });

  it('a dam by its former or second name', () => {
    same('سد صدام', 'سد الموصل');
    same('سد الثورة', 'سد الطبقة');
    apart('سد الموصل', 'سد الطبقة');
  });

  it('a river, highland or region that two eras name differently', () => {
    same('الزاب الأسفل', 'الزاب الصغير');
    apart('الزاب الكبير', 'الزاب الصغير');
    same('مصر السفلى', 'الوجه البحري');
    apart('الصعيد', 'الوجه البحري');
    same('Jebel Druze', 'جبل العرب');
  });
});
