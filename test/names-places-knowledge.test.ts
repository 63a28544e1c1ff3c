import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { airportRows } from '../src/lexicon/geo-airports.js';
import { DISTRICT_ROWS } from '../src/lexicon/geo-districts.js';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';

// Pairs written for these tests from general knowledge of the places; none is taken from the pair sets.
describe('airports and air bases under every name', () => {
  it('writes each head a language uses, with and without the word international', () => {
    const casablanca = airportRows().find((r) => r[0] === 'MA/MohammedVAirport');
    expect(casablanca?.[3].split('|')).toEqual(
      expect.arrayContaining(['مطار محمد الخامس', 'مطار محمد الخامس الدولي', 'مطار الدار البيضاء']),
    );
    expect(casablanca?.[4].split('|')).toEqual(expect.arrayContaining(['فرودگاه بین‌المللی محمد پنجم', 'میدان هوایی کازابلانکا']));
    const shayrat = airportRows().find((r) => r[0] === 'SY/ShayratAirbase');
    expect(shayrat?.[3].split('|')).toEqual(expect.arrayContaining(['قاعدة الشعيرات الجوية', 'مطار الشعيرات العسكري']));
    expect(shayrat?.[2].split('|')).toContain('Shayrat Air Base');
  });

  it('an airport named after a person is the airport of its city', () => {
    same('مطار أحمد بن بلة', 'مطار وهران الدولي');
    same('فرودگاه شهید بهشتی', 'فرودگاه اصفهان');
    same('مطار الملك فهد', 'مطار الدمام الدولي');
  });

  it('an airport and the air base on its field are one site', () => {
    same('قاعدة حميميم الجوية', 'مطار باسل الأسد الدولي');
    same('Mitiga Airport', 'قاعدة معيتيقة الجوية');
    same('میدان هوایی جلال‌آباد', 'قاعدة جلال آباد الجوية');
  });

  it('a listed airport with its city said after its name is the airport', () => {
    expect(compareNames('فرودگاه شهید دستغیب شیراز', 'فرودگاه شهید دستغیب').reason.detail).toContain('with its city');
    // Not with another country's city after it.
    apart('فرودگاه شهید دستغیب بغداد', 'فرودگاه شهید دستغیب');
  });

  it('two airports of one city stay two', () => {
    apart('مطار معيتيقة', 'مطار طرابلس العالمي');
    apart('مطار أتاتورك', 'مطار صبيحة كوكتشن');
    apart('فرودگاه مهرآباد', 'فرودگاه امام خمینی');
  });
});

describe('Afghan districts named in the Latin of the Afghan press', () => {
  it('reads the ezafe written -i-, -e- or -e as one', () => {
    const dasht = DISTRICT_ROWS.find((r) => r[0] === 'AF/DashtEQala');
    expect(dasht?.[2].split('|')).toEqual(expect.arrayContaining(['Dasht-e Qala', 'Dasht-i-Qala', 'Dasht-e-Qala']));
    same('Koh-i-Safi', 'کوه صافی');
    same('Nahr-i-Saraj', 'نهر سراج');
  });

  it('sets a district whose name is a word against the bare word only beside its Latin name', () => {
    same('Charkh', 'چرخ');
    same('Nerkh', 'نرخ');
    apart('چرخ', 'چرخه');
  });
});

describe('the knowledge of a class, not of one pair', () => {
  it('knows the epithets of cities, and keeps apart the town that shares one', () => {
    same('الحدباء', 'الموصل');
    same('أم القرى', 'مكة المكرمة');
    apart('شهبا', 'الشهباء');
  });

  it('knows the Arabic names of the Gulf islands', () => {
    same('جزيرة الشيخ شعيب', 'جزیره لاوان');
    same('جزيرة ميون', 'Perim');
    apart('جزيرة بوبيان', 'جزيرة وربة');
  });

  it('knows the several Arabic spellings of Maghreb, Sahel and Horn towns', () => {
    same('غالكعيو', 'جالكايو');
    same('إن قزام', 'عين قزام');
    same('Ouahigouya', 'واهيغويا');
    apart('جيبو', 'جيبوتي');
  });
});
