import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

const same = (a: string, b: string): void => {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
};
const apart = (a: string, b: string): void => {
  const m = compareNames(a, b);
  expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
};

describe('diseases, drugs and pathogens in Latin and Arabic script', () => {
  it('matches a disease named by each language’s own words', () => {
    same('Tetanus', 'الكزاز');
    same('Mumps', 'اوریون');
    same('Leprosy', 'خوره');
    same('Bilharzia', 'البلهارسيا');
    same('River blindness', 'کوری رودخانه‌ای');
    same('Scarlet fever', 'مخملک');
    same('الحمى القلاعية', 'تب برفکی');
    same('الفصام', 'اسکیزوفرنی');
    same('فقر الدم المنجلي', 'کم‌خونی داسی‌شکل');
  });

  it('reads a Latin name with a hyphen, a possessive or British spelling', () => {
    same('Crimean–Congo hemorrhagic fever', 'تب خونریزی‌دهنده کریمه کنگو');
    same("Hansen's disease", 'الجذام');
    same('Thalassaemia', 'تالاسمی');
    const m = compareNames('Legionnaires’ disease', 'بیماری لژیونر');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain("Legionnaires' disease");
  });

  it('matches a drug by its other international name or its brand', () => {
    same('Acetaminophen', 'الباراسيتامول');
    same('Paracetamol', 'تیلنول');
    same('Quinine', 'گنه‌گنه');
  });

  it('matches a virus whose head English fuses and Arabic writes apart', () => {
    same('Rotavirus', 'الفيروس العجلي');
    same('Norovirus', 'ویروس نورو');
    same('Adenovirus', 'آدنوویروس');
  });

  it('keeps apart two diseases that share a word', () => {
    apart('Hepatitis A', 'هپاتیت سی');
    apart('التهاب الكبد الوبائي ب', 'هپاتیت C');
    apart('Type 1 diabetes', 'السكري من النوع الثاني');
    apart('دیابت نوع ۱', 'دیابت نوع ۲');
    apart('سکته قلبی', 'السكتة الدماغية');
    apart('Glaucoma', 'المياه البيضاء');
    apart('Breast cancer', 'سرطان الرئة');
    apart('Foot-and-mouth disease', 'بیماری دست و پا و دهان');
    apart('Herpes', 'الحزام الناري');
    apart('Typhus', 'تب حصبه');
    apart('Sleeping sickness', 'مرض شاغاس');
  });

  it('keeps a drug apart from another whose name it contains', () => {
    apart('Chloroquine', 'هیدروکسی‌کلروکین');
    apart('Staphylococcus', 'المكورات العقدية');
  });

  it('leaves two spellings of one disease that fold alike to the letters, the list their fallback', () => {
    same('إيبولا', 'ایبولا');
    same('الإيدز', 'ایدز');
  });
});

describe('public-health bodies and acronyms', () => {
  it('matches a centre of disease control by its continent', () => {
    same('ECDC', 'مرکز اروپایی پیشگیری و کنترل بیماری‌ها');
    same('Africa CDC', 'المراكز الأفريقية لمكافحة الأمراض والوقاية منها');
    apart('Africa CDC', 'المركز الأوروبي للوقاية من الأمراض ومكافحتها');
  });

  it('matches a technical acronym against its English expansion', () => {
    same('Multiple sclerosis', 'ام‌اس');
    same('traditional Chinese medicine', 'الطب الصيني التقليدي');
    same('BCG', 'واکسن ب.ث.ژ');
    apart('OPV', 'لقاح شلل الأطفال المعطل');
    apart('NCDs', 'الأمراض المدارية المهملة');
  });
});

describe('vaccines, syndromes and Dari health words', () => {
  it('matches a vaccine’s brand run together or apart, and keeps two vaccines apart', () => {
    same('لقاح كوفبركت', 'واکسن کوو ایران برکت');
    apart('واکسن کووایران برکت', 'واکسن پاستوکووک');
  });

  it('matches a syndrome Persian says as French does', () => {
    same('متلازمة توريت', 'سندرم توره');
  });

  it('matches the Dari and the Iranian word for an emergency hospital', () => {
    same('شفاخانه ایمرجنسی هرات', 'بیمارستان اورژانس هرات');
  });
});
