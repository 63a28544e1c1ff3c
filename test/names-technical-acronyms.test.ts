import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { findSpelledName } from '../src/names/spelled-in.js';
import { TECHNICAL_ACRONYM_ROWS } from '../src/lexicon/technical-acronyms.js';

const same = (a: string, b: string): boolean => compareNames(a, b).same;

describe('technical acronyms against the words they abbreviate', () => {
  it('links an acronym to its Arabic expansion and its Persian forms', () => {
    const m = compareNames('RNA', 'الحمض النووي الريبي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ribonucleic acid');
    expect(same('RNA', 'حمض نووي ريبوزي')).toBe(true);
    expect(same('ICU', 'العناية المركزة')).toBe(true);
    expect(same('ICU', 'بخش مراقبت‌های ویژه')).toBe(true);
    expect(same('ARDS', 'متلازمة الضائقة التنفسية الحادة')).toBe(true);
    expect(same('GDP', 'تولید ناخالص داخلی')).toBe(true);
    expect(same('NGOs', 'المنظمات غير الحكومية')).toBe(true);
    expect(same('RT PCR', 'تفاعل البوليميراز المتسلسل بالنسخ العكسي')).toBe(true);
  });

  it('links two forms in Arabic script of one term', () => {
    expect(same('الحمض النووي الريبي', 'آران‌ای')).toBe(true);
    expect(same('وحدة العناية المركزة', 'مراقبت ویژه')).toBe(true);
    expect(same('فيروسات كورونا', 'کرونا ویروس')).toBe(true);
  });

  it('reads the figures of a term, in either script', () => {
    expect(same('ACE2', 'الإنزيم المحول للأنجيوتنسين 2')).toBe(true);
    expect(same('ACE2', 'آنزیم مبدل آنژیوتانسین ۲')).toBe(true);
    expect(same('ACE2', 'الإنزيم المحول للأنجيوتنسين')).toBe(false);
    expect(same('HIV-1', 'فيروس نقص المناعة البشرية 2')).toBe(false);
  });

  it('links a coronavirus to the family name, a little less surely', () => {
    for (const latin of ['CoV', 'CoVs', 'HCoV', 'HCoV-OC43', 'SARS-CoV', 'SARSr-CoV', 'SARS-CoV-2', 'MERS-CoV']) {
      const m = compareNames(latin, 'فيروس كورونا');
      expect(m.same, `${latin}: ${m.reason.detail}`).toBe(true);
    }
    expect(compareNames('CoV', 'فيروس كورونا').score).toBe(1);
    expect(compareNames('HCoV-229E', 'فيروسات كورونا').score).toBeLessThan(1);
    expect(same('HCoV', 'کروناویروس‌های انسانی')).toBe(true);
    expect(same('SARS-CoV-2', 'ویروس کرونای جدید')).toBe(true);
  });

  it('keeps apart what is different', () => {
    expect(same('DNA', 'الحمض النووي الريبي')).toBe(false);
    expect(same('RNA', 'دی‌ان‌ای')).toBe(false);
    expect(same('mRNA', 'الحمض النووي الريبي')).toBe(false);
    expect(same('RNA', 'الرنا المرسال')).toBe(false);
    expect(same('SARS-CoV', 'فيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية')).toBe(false);
    expect(same('SARS-CoV-2', 'MERS-CoV')).toBe(false);
    expect(same('SARS', 'متلازمة الشرق الأوسط التنفسية')).toBe(false);
    expect(same('HIV', 'فيروس الورم الحليمي البشري')).toBe(false);
    expect(same('HPV', 'اچ‌آی‌وی')).toBe(false);
    expect(same('GDP', 'الناتج القومي الإجمالي')).toBe(false);
  });

  it('leaves a transliteration to the letters, which say how it is read', () => {
    expect(compareNames('PCR', 'بي سي آر').reason.kind).toBe('transliteration');
    expect(compareNames('كورونا', 'کرونا').reason.kind).toBe('transliteration');
  });

  it('answers alike in either order', () => {
    for (const [a, b] of [
      ['COPD', 'مرض الانسداد الرئوي المزمن'],
      ['NICU', 'وحدة العناية المركزة'],
      ['DNA', 'آران‌ای'],
    ] as const) {
      expect(compareNames(a, b).same).toBe(compareNames(b, a).same);
      expect(compareNames(a, b).score).toBe(compareNames(b, a).score);
    }
  });
});

describe('findSpelledName and technical acronyms', () => {
  it('finds the Arabic words for an acronym over a window as long as its expansion', () => {
    const text = 'نقل المريض إلى وحدة العناية المركزة بعد أن أصيب بمتلازمة الضائقة التنفسية الحادة.';
    expect(findSpelledName('ICU', text, 0, text.length, 'ar')?.text).toBe('وحدة العناية المركزة');
    expect(findSpelledName('ARDS', text, 0, text.length, 'ar')?.text).toBe('متلازمة الضائقة التنفسية الحادة');
    expect(findSpelledName('RNA', text, 0, text.length, 'ar')).toBeUndefined();
  });

  it('reads the words after a ل that hides their article', () => {
    const text = 'أرسلت العينات لتحليل عاجل للحمض النووي الريبي قبل نقل المريض للعناية المركزة.';
    expect(findSpelledName('RNA', text, 0, text.length, 'ar')?.text).toBe('حمض النووي الريبي');
    expect(findSpelledName('ICU', text, 0, text.length, 'ar')?.text).toBe('عناية المركزة');
    expect(findSpelledName('DNA', text, 0, text.length, 'ar')).toBeUndefined();
  });

  it('finds a coronavirus whose number the Arabic leaves out, and not another virus', () => {
    const text = 'يدرس الباحثون كيف ينتقل فيروس كورونا المستجد بين الخفافيش.';
    expect(findSpelledName('SARS-CoV-2', text, 0, text.length, 'ar')?.text).toContain('فيروس كورونا');
    expect(findSpelledName('HIV', text, 0, text.length, 'ar')).toBeUndefined();
  });

  it('finds the Persian words in a Persian text', () => {
    const text = 'آزمایش واکنش زنجیره‌ای پلیمراز برای همه مسافران لازم است.';
    expect(findSpelledName('PCR', text, 0, text.length, 'fa')?.text).toBe('واکنش زنجیره‌ای پلیمراز');
  });
});

describe('the list of technical acronyms', () => {
  it('writes its Arabic and Persian forms without Latin letters, and names an earlier broader row', () => {
    const seen = new Set<string>();
    for (const [latin, english, ar, fa, reason, of] of TECHNICAL_ACRONYM_ROWS) {
      expect(english.length, latin).toBeGreaterThan(0);
      expect(reason.length, latin).toBeGreaterThan(0);
      expect(/[A-Za-z]/u.test(ar) || /[A-Za-z]/u.test(fa), latin).toBe(false);
      if (of) expect(seen.has(of), `${latin} of ${of}`).toBe(true);
      for (const l of latin.split('|')) seen.add(l);
    }
  });
});
