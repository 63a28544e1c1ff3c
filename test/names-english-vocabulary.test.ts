import { describe, it } from 'vitest';
import { expectDifferentNames as apart, expectSameName as same } from './support/names.js';

// Bodies, places and events made up for these tests, named in English and translated word by word into Arabic or
// Persian: the kinds of unit, channel, route and company, and the attributes that English news builds names from.

describe('the vocabulary of names of bodies, places and events', () => {
  it('reads the kinds of armed unit', () => {
    same("Velmar People's Defence Units", 'وحدات دفاع شعب فيلمار', 'Units translated وحدات');
    same('Eastern Corps', 'الفيلق الشرقي', 'Corps translated الفيلق');
  });

  it("reads People's and Peoples' apart, as Arabic says the people and the peoples", () => {
    same("Peoples' Liberation Council", 'مجلس تحرير الشعوب', "Peoples' translated الشعوب");
    apart("People's Liberation Council", 'مجلس تحرير الشعوب');
  });

  it('reads an "and" that Arabic joins to the next word', () => {
    same('Dignity and Reform Movement', 'حركة الكرامة والإصلاح', 'and written و, joined to the next word');
    same('Justice and Unity Front', 'جبهه عدالت و وحدت', 'Justice translated عدالت');
  });

  it('reads channels and stations, in Arabic and in Persian', () => {
    same('Zarin TV', 'تلویزیون زرین', "television's head is translated (TV / تلویزیون)");
    same('Radio Kelar', 'إذاعة كيلار', "radio's head is translated (Radio / إذاعة)");
    apart('Radio Kelar', 'تلویزیون کلار');
  });

  it('reads what a company makes, with the ل of "for" Arabic writes', () => {
    same('Norvik Electronics', 'نورفيك للإلكترونيات', 'Electronics translated');
    same('Tessara Aviation', 'تيسارا للطيران', 'Aviation translated');
    apart('Norvik', 'نورفيك للإلكترونيات');
  });

  it("reads a country's name as the adjective Arabic writes after the head", () => {
    same('Oman Housing Bank', 'بنك الإسكان العماني', 'العماني says as an adjective');
  });

  it('reads routes, fields, borders and peninsulas', () => {
    same('Harzan gas field', 'میدان گازی هرزان', 'field translated میدان');
    apart('Harzan gas field', 'حقل هرزان النفطي');
    same('Varsak Pass', 'گذرگاه ورسک', 'Pass translated گذرگاه');
    same('Molden Line', 'خط مولدن', 'Line translated خط');
    same('Korav Tunnel', 'تونل کوراو', 'Tunnel translated تونل');
    same('Tarsa Peninsula', 'شبه جزيرة ترسا', "peninsula's head is translated (Peninsula / شبه جزيرة)");
  });

  it('reads telescopes and storms', () => {
    same('Zelin Space Telescope', 'تلسكوب زيلين الفضائي', 'Space translated الفضائي');
    same('Storm Oriana', 'العاصفة أوريانا', 'Storm translated');
  });

  it('keeps a body apart from its country, its minister and another kind of unit', () => {
    same('Oman national team', 'منتخب عمان الوطني', 'team translated منتخب');
    apart('Oman national team', 'عمان');
    apart('Ministry of Housing', 'وزير الإسكان');
    apart('Eastern Corps', 'الفرقة الشرقية');
  });
});
