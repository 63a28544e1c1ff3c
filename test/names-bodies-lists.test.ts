import { describe, expect, it } from 'vitest';
import { compareNames, findNames } from '../src/index.js';

// The hand lists of bodies beside organizations.ts (the UN system, regional bodies and banks, non-governmental bodies,
// media, the state bodies of Iran, of Afghanistan and of other states, parties, armed groups and companies): a body
// named by a translation, an acronym read as a word or a Dari word is one body across its names, and a sister body
// with a name one word away is another.
describe('bodies of the hand lists', () => {
  it('links a translated body across Arabic, Persian and its Latin acronym', () => {
    expect(compareNames('المجموعة الاقتصادية لدول غرب أفريقيا', 'اکوواس').same).toBe(true);
    expect(compareNames('ECOWAS', 'جامعه اقتصادی کشورهای غرب آفریقا').same).toBe(true);
    expect(compareNames('الوكالة الأوروبية لحرس الحدود والسواحل', 'فرونتکس').same).toBe(true);
    expect(compareNames('لجنة الإنقاذ الدولية', 'کمیته بین‌المللی نجات').same).toBe(true);
    expect(compareNames('منظمة الأقطار العربية المصدرة للبترول', 'اواپک').same).toBe(true);
  });

  it('reads the words Dari and Iran give a state body as the Arabic one', () => {
    expect(compareNames('وزارة الداخلية الأفغانية', 'وزارت امور داخله').same).toBe(true);
    expect(compareNames('المحكمة العليا الأفغانية', 'ستره محکمه').same).toBe(true);
    expect(compareNames('مكتب النائب العام الأفغاني', 'لوی څارنوالی').same).toBe(true);
    expect(compareNames('وزارة الاستخبارات الإيرانية', 'وزارت اطلاعات').same).toBe(true);
    expect(compareNames('المحكمة العليا الإيرانية', 'دیوان عالی کشور').same).toBe(true);
    // Dari مخابرات is telecommunications, Arabic مخابرات intelligence; Dari شاروالی is Iran's شهرداری.
    expect(compareNames('وزارة الاتصالات وتكنولوجيا المعلومات الأفغانية', 'وزارت مخابرات و تکنالوژی معلوماتی').same).toBe(true);
    expect(compareNames('بلدية كابول', 'شاروالی کابل').same).toBe(true);
    expect(compareNames('الديوان الملكي السعودي', 'دربار عربستان').same).toBe(true);
  });

  it('keeps sister bodies apart', () => {
    // Two national Red Crescent societies, two Iranian banks a letter apart, two clerical bodies, two ministries.
    expect(compareNames('الهلال الأحمر الإيراني', 'هلال احمر ترکیه').same).toBe(false);
    expect(compareNames('جمعية الهلال الأحمر الإيراني', 'هلال احمر ایران').same).toBe(true);
    expect(compareNames('بانک ملی', 'بانک ملت').same).toBe(false);
    expect(compareNames('جامعه روحانیت مبارز', 'مجمع روحانیون مبارز').same).toBe(false);
    expect(compareNames('وزارت اطلاعات', 'وزارت اطلاعات و فرهنگ').same).toBe(false);
    expect(compareNames('أوابك', 'اوپک').same).toBe(false);
    expect(compareNames('سازمان انرژی اتمی ایران', 'آژانس بین‌المللی انرژی اتمی').same).toBe(false);
    // Iraq's Fatah Alliance and the Palestinian Fatah; two clubs called al-Ahli; the army's navy and the Guard's.
    expect(compareNames('تحالف الفتح', 'جنبش فتح').same).toBe(false);
    expect(compareNames('الأهلي المصري', 'الاهلی عربستان').same).toBe(false);
    expect(compareNames('نیروی دریایی ارتش', 'نیروی دریایی سپاه').same).toBe(false);
  });

  it('does not take a newspaper for the word or place it is named after', () => {
    expect(compareNames('صحيفة الشرق الأوسط', 'روزنامه الشرق الاوسط').same).toBe(true);
    expect(compareNames('صحيفة الشرق الأوسط', 'خاورمیانه').same).toBe(false);
    expect(compareNames('وكالة الأنباء الألمانية', 'خبرگزاری آلمان').same).toBe(true);
  });

  it('finds the bodies in running text', () => {
    const ar = findNames('وقالت المجموعة الاقتصادية لدول غرب أفريقيا إن قمتها ستعقد الشهر المقبل.');
    expect(ar.some((m) => m.type === 'organization' && m.text === 'المجموعة الاقتصادية لدول غرب أفريقيا')).toBe(true);
    const fa = findNames('کمیته بین‌المللی نجات روز دوشنبه اعلام کرد که کمک‌ها متوقف شده است.', { language: 'fa' });
    expect(fa.some((m) => m.type === 'organization' && m.text === 'کمیته بین‌المللی نجات')).toBe(true);
  });
});
