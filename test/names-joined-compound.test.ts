import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe('a compound written in two words on one side and one on the other, within a translated name', () => {
  it('links the two words to the one (رأس العين / رأس‌العین) beside a translated word', () => {
    expectSameName('مجلس رأس العين العسكري', 'شورای نظامی رأس‌العین', 'رأس العين is written alike');
  });

  it('links a compound given name spelled apart (عبد الله / عبدالله) among translated words', () => {
    expectSameName('مؤسسة عبد الله الخيرية', 'بنیاد خیریه عبدالله', 'عبد الله is written alike');
  });

  it('keeps a number out of a compound: a second edition is another competition', () => {
    expectDifferentNames('دوري أبطال أفريقيا', 'لیگ قهرمانان آفریقا ۲');
  });

  it('keeps two compounds that differ in a letter apart (عبد الرحمن / عبدالرحیم)', () => {
    expectDifferentNames('مسجد عبد الرحمن', 'مسجد عبدالرحیم');
  });
});

describe("a compound's article written on one side only, the other joining its two words", () => {
  it('reads فضل حق against فضل‌الحق (the article written in the joined word only)', () => {
    expectSameName('فضل حق محمدي', 'فضل‌الحق محمدی', 'the article ال is written in the second only');
  });

  it('reads أهل البيت against اهل‌بیت (the article written apart only)', () => {
    expectSameName('مؤسسة أهل البيت', 'بنیاد اهل‌بیت', 'the article ال is written in the first only');
  });

  it('takes no vowel letter more beside the article left out', () => {
    expectDifferentNames('عبد الرسول', 'عبدوروسول');
  });

  it('keeps compounds of two different second words apart', () => {
    expectDifferentNames('فضل حق محمدي', 'فضل‌الرحمن محمدی');
  });
});
