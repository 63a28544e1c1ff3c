import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { expectDifferentNames as apart, expectSame as same } from './support/names.js';
import { dynastyForm, dynastyInOtherForm } from '../src/names/dynasty-plural.js';

describe('a place by another name', () => {
  it('by its classical or medieval name against the modern one', () => {
    same('Emesa', 'حمص');
    same('تیسفون', 'المدائن');
    same('بحر القلزم', 'دریای سرخ');
    same('سرنديب', 'سريلانكا');
    same('تستر', 'شوشتر');
    same('Oxus', 'نهر جيحون');
  });

  it('by its colonial, Soviet or postal name', () => {
    same('Coquilhatville', 'مبانداكا');
    same('Port-Étienne', 'نواذيبو');
    same('Pishpek', 'بيشكك');
    same('Yekaterinodar', 'کراسنودار');
    same('Tientsin', 'تيانجين');
    same('خانبالیغ', 'پکن');
  });

  it('by the name it bore before a renaming in India, Iraq or Iran', () => {
    same('اورنگ‌آباد', 'سامباجي نغر');
    same('شاهجهان‌آباد', 'دهلی');
    same('محافظة التأميم', 'محافظة كركوك');
    same('لواء المنتفق', 'محافظة ذي قار');
    same('دهخوارقان', 'آذرشهر');
    same('بارفروش', 'بابل');
  });

  it('a stadium or an airport by its old or its sponsor’s name', () => {
    const m = compareNames('ورزشگاه آزادی', 'ورزشگاه آریامهر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('old name of Azadi Stadium');
    // The row's word on the old name reaches the explanation.
    expect(m.reason.detail).toContain('Aryamehr Stadium until 1979');
    same('مطار بيروت الدولي', 'فرودگاه بین‌المللی رفیق حریری');
    same('مطار كابل الدولي', 'فرودگاه بین‌المللی حامد کرزی');
    same('ملعب 974', 'ملعب راس أبو عبود');
    same('Westfalenstadion', 'ورزشگاه سیگنال ایدونا پارک');
  });

  it('an island or a city with two names, disputed or not', () => {
    same('Takeshima', 'دوکدو');
    same('ليفكوشا', 'نیکوزیا');
    same('Fernando Po', 'بيوكو');
  });

  it('keeps apart the places a former name is one letter or one ending from', () => {
    apart('سبزوار', 'سبزواران');
    apart('شنشي', 'شانشی');
    apart('قيسارية', 'قیصریه');
    apart('دنيبرو', 'نهر دنيبر');
    apart('بختر', 'باختر');
    apart('الإمبراطورية المغولية', 'گورکانیان');
  });
});

describe('a river, a sea or a lake against its Latin name', () => {
  it('may leave out its head, since the Latin name says which it is', () => {
    const m = compareNames('Oxus', 'جيحون');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('with its head');
    same('Jaxartes', 'سيحون');
  });

  it('but the bare name against another river is still another', () => {
    apart('Jaxartes', 'جيحون');
  });
});

describe('a dynasty as an Arabic state and a Persian plural', () => {
  it('reads the nisba of either form', () => {
    expect(dynastyForm('الدولة الطولونية')).toEqual({ nisba: 'طولوني', head: 'الدولة', form: 'headed' });
    expect(dynastyForm('طولونیان')).toEqual({ nisba: 'طولوني', form: 'plural' });
    expect(dynastyForm('الحمدانيون')).toEqual({ nisba: 'حمداني', form: 'plural' });
    expect(dynastyForm('دودمان حفصی')?.nisba).toBe('حفصي');
    expect(dynastyForm('الدولة')).toBeUndefined();
  });

  it('matches a dynasty the gazetteer does not list', () => {
    const m = compareNames('الدولة الزيرية', 'زیریان');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toContain('one dynasty');
    same('الرستميون', 'دودمان رستمی');
    same('الأسرة الهاشمية', 'هاشمیان');
  });

  it('and one it lists, by either form', () => {
    same('الدولة السامانية', 'سامانیان');
    same('الدولة المغولية في الهند', 'گورکانیان');
    same('مغول الهند', 'مغولان هند');
  });

  it('but not a country’s adjective or an ordinary word, nor two houses', () => {
    expect(dynastyInOtherForm('الدولة المصرية', 'مصریان')).toBeUndefined();
    expect(dynastyInOtherForm('الدولة الإسلامية', 'اسلامیان')).toBeUndefined();
    apart('الدولة العراقية', 'عراقیان');
    apart('الدولة الطولونية', 'حمدانیان');
    apart('الدولة الصفوية', 'صفاریان');
    // Two plurals alone name a house only when the nisba is a dynasty's: دانشجویان (students) is no house.
    expect(dynastyInOtherForm('الطالبيون', 'طالبیان')).toBeUndefined();
  });
});
