import { describe, it } from 'vitest';
import { expectDifferentNames as apart, expectSameName as same } from './support/names.js';

// Places from the gazetteer and names made up for these tests.

describe("an island's head before a known land", () => {
  it('names the land itself, with either side leaving the head out', () => {
    same('جزيرة سخالين', 'سخالين', 'names the land itself');
    same('جزیره قبرس', 'قبرص', 'names the land itself');
    same('أرخبيل سقطرى', 'سقطری', 'names the land itself');
  });

  it('reads the archipelago as an island head in both languages', () => {
    same('مجمع‌الجزایر مادیرا', 'جزر ماديرا', "island's head is translated");
  });

  it('keeps other heads named after a land apart from it', () => {
    apart('بحر اليابان', 'اليابان');
    apart('مطار قبرص', 'قبرص');
    apart('فرودگاه قشم', 'جزیره قشم');
  });
});

describe('French endings a newsroom follows', () => {
  it('reads the Persian -ی of a French -ie against the Latin -ia', () => {
    same('بولانيزيا', 'بولانزی', 'French -ie');
    same('بولانزیا', 'بولانزی', 'French -ie');
  });

  it('keeps a country apart from its adjective, and a known land from another word', () => {
    apart('زامبیا', 'زامبی');
    apart('سوريا', 'سوری');
    apart('روسيا', 'روسی');
    apart('نيجيريا', 'نیجری');
  });

  it('reads the silent t of a French -ert', () => {
    same('ألبير دوفال', 'ألبرت دوفال', 'French final t of -ert');
    same('گیلبر دوفال', 'جيلبرت دوفال', 'French final t of -ert');
  });
});

describe("the reformed Persian spelling of an Arabic name's final ى", () => {
  it('reads ا for ى at the end of a listed native name', () => {
    same('سلمى الراشد', 'سلما راشد', 'the reformed Persian one');
    same('يحيى', 'یحیا', 'the reformed Persian one');
  });
});

describe('a place or a body named after a person', () => {
  it('is not the person', () => {
    apart('مطار الملك خالد', 'الملك خالد');
    apart('مستشفى الإمام جعفر الصادق', 'الإمام جعفر الصادق');
    apart('حرم امام رضا', 'امام رضا');
  });

  it('is still named by a short form that keeps its own words', () => {
    same('دانشگاه علوم پزشکی شهید رجایی', 'علوم پزشکی شهید رجایی', 'is left out');
    same('مستشفى الإمام جعفر الصادق', 'مستشفى جعفر الصادق', '');
  });
});

describe('words read as one word of the other name', () => {
  it('do not meet on a letter the other writes once', () => {
    apart('ووک بارانیچ', 'رادوان بارانیچ');
  });

  it('still join where the letters run on', () => {
    same('عبد الله', 'عبدالله', 'written as one word on one side');
    same('محمد داود', 'محمدداود', 'written as one word on one side');
  });
});

describe("a body's own hospital, club or grounds", () => {
  it('is not the body named in full after its head', () => {
    apart('جامعة الزهراء للعلوم', 'مستشفى جامعة الزهراء للعلوم');
    apart('وزارة الداخلية', 'نادي وزارة الداخلية');
  });

  it('leaves a head word that is part of a name to that name', () => {
    same('بحيرة بند أمير', 'بند امیر', "lake's head");
  });
});
