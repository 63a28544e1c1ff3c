import { describe, expect, it } from 'vitest';
import { findNames, type NameLanguage } from '../src/index.js';

// Sentences written for the project: ordinary words in the places where the finder looks for names (after a
// title, beside a verb of saying, after a given name), one class of word at a time.
const people = (text: string, language: NameLanguage): string[] =>
  findNames(text, { language })
    .filter((m) => m.type === 'person')
    .map((m) => m.text);
const places = (text: string, language: NameLanguage): string[] =>
  findNames(text, { language })
    .filter((m) => m.type === 'place')
    .map((m) => m.text);

describe('findNames tells ordinary words from names', () => {
  it('takes no verbal noun for a person (دراسة, استطلاع, حالة, مراقبت)', () => {
    expect(people('وقالت دراسة نشرتها الجامعة أمس إن تلوث الهواء يزداد في المدن الكبرى.', 'ar')).toEqual([]);
    expect(people('وأظهر استطلاع أجرته الجمعية أن ثقة الناخبين تراجعت.', 'ar')).toEqual([]);
    expect(people('أعلنت الحكومة حالة الطوارئ في ثلاث محافظات بعد الفيضانات.', 'ar')).toEqual([]);
    expect(people('مراقبت‌های ویژه در بیمارستان ادامه دارد.', 'fa')).toEqual([]);
  });

  it('takes no adjective, verbal noun or broken plural that ends like a surname (خفيفة, تكيف, معروف, وظائف)', () => {
    expect(people('ويعاني المرضى من أعراض خفيفة وتكيف ضعيف مع الدواء الجديد.', 'ar')).toEqual([]);
    expect(people('وقال الباحث المعروف إن وظائف الكبد تتحسن بعد تخفيف الجرعة.', 'ar')).toEqual([]);
  });

  it('takes no declined word (tanween) and no word with a pronoun suffix for a name', () => {
    expect(people('وقال مسؤول في الوزارة مضيفًا أن الوضع ما زال صعبًا.', 'ar')).toEqual([]);
    expect(people('استقبل الرئيس ضيفه وزوجها في القصر الجمهوري.', 'ar')).toEqual([]);
  });

  it('takes no Persian plural of people for a person (دانشجویان, مشتریان)', () => {
    expect(people('دانشجویان گفتند که کلاس‌ها تا هفته آینده تعطیل است.', 'fa')).toEqual([]);
    expect(people('مشتریان گفتند که قیمت برنج دو برابر شده است.', 'fa')).toEqual([]);
  });

  it('reads the second word of a compound title as part of it (رئیس جمهور), and finds the name after it', () => {
    expect(people('رئیس جمهور فرانسه گفت که دولت از شرکت‌های کوچک حمایت می‌کند.', 'fa')).toEqual([]);
    expect(people('رئیس جمهور فرانسه امانوئل مکرون گفت که اروپا باید متحد بماند.', 'fa')).toEqual(['امانوئل مکرون']);
  });

  it('ends a name before a preposition glued to a noun (بعدم)', () => {
    expect(people('وتعهد الرئيس المكسيكي أندريس لوبيز أوبرادور بعدم رفع الضرائب.', 'ar')).toEqual(['أندريس لوبيز أوبرادور']);
  });

  it('takes no word the bilingual lexicon knows for a person, and no Dari verb written without its joiner', () => {
    expect(people('آژانس گفت که گزارش نهایی ماه آینده منتشر می‌شود.', 'fa')).toEqual([]);
    expect(people('او به حیث معاون رئیس ولایت کار میکند.', 'fa')).toEqual([]);
    expect(people('مدیر مرکز کنترول امراض گفت که واکسین‌ها رسیده است.', 'fa')).toEqual([]);
  });

  it('takes no Persian compound written with a space for a given name and a surname (امید واری, روان پریشی)', () => {
    expect(people('مردم با امید واری به آینده نگاه می کنند.', 'fa')).toEqual([]);
    expect(people('پزشکان گفتند روان پریشی با دارو درمان می‌شود.', 'fa')).toEqual([]);
    // The given name before a surname that makes no word with it is still a name.
    expect(people('امید حسینی در نشست خبری سخن گفت.', 'fa')).toEqual(['امید حسینی']);
    expect(people('روان اتکینسون در فیلم تازه‌ای بازی کرد.', 'fa')).toEqual(['روان اتکینسون']);
  });

  it('needs the light verb after the noun of a compound verb of saying (زنگ هشدار is no one speaking)', () => {
    expect(people('زنگ هشدار در شهر به صدا درآمده است.', 'fa')).toEqual([]);
    expect(people('کاظمی هشدار داد که بحران آب جدی است.', 'fa')).toEqual(['کاظمی']);
  });

  it('reads a place name that is also a word as a place only where a place stands (كيف, مالي, دوشنبه)', () => {
    expect(places('لا أحد يعرف كيف بدأ الحريق في المصنع.', 'ar')).toEqual([]);
    expect(places('وصل الوفد الطبي إلى مالي مساء الأحد.', 'ar')).toEqual(['مالي']);
    expect(places('نشست بعدی روز دوشنبه برگزار می‌شود.', 'fa')).toEqual([]);
    expect(places('وزیر خارجه در دوشنبه با همتای تاجیک خود دیدار کرد.', 'fa')).toEqual(['دوشنبه']);
    expect(places('دانشمندان در آستانه کشف یک داروی تازه هستند.', 'fa')).toEqual([]);
  });
});
