import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe('words of a name that the bilingual lexicon translates', () => {
  it('reads قوى, the plural of قوة, as the head of a force', () => {
    expectSameName('قوى الأمن الداخلي', 'نیروهای امنیت داخلی', "force's head is translated (قوى / نیروهای)");
    expectDifferentNames('قوى الأمن الداخلي', 'نیروهای امنیت ملی');
  });

  it("translates a church's apostolic rite and a science named by a phrase", () => {
    expectSameName('الكنيسة الرسولية اليونانية', 'کلیسای حواری یونانی', 'الرسولية is translated حواری');
    expectSameName('مركز طهران لعلم الفيروسات', 'مرکز ویروس‌شناسی تهران', 'is translated ویروس‌شناسی');
  });

  it("translates a board's governors and a police's horsemen", () => {
    expectSameName('مجلس محافظي البنك', 'شورای حکام بانک', 'محافظي is translated حکام');
    expectSameName('شرطة الخيالة', 'پلیس سواره', 'الخيالة is translated سواره');
  });
});

describe('a technical university', () => {
  it('translates the Arabic adjective التقنية by Persian فنی', () => {
    expectSameName('جامعة ميونخ التقنية', 'دانشگاه فنی مونیخ', 'التقنية is translated فنی');
  });

  it('keeps the technical university apart from the university of the town', () => {
    expectDifferentNames('جامعة ميونخ التقنية', 'دانشگاه مونیخ');
  });
});
