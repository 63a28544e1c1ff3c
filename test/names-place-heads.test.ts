import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('heads of ports, airports, stadiums, hospitals, volcanoes and corridors', () => {
  it('are translated, and the rest compared as a name', () => {
    const port = compareNames('ميناء بوشهر', 'بندر بوشهر');
    expect(port.same, port.reason.detail).toBe(true);
    expect(port.reason.detail).toContain("port's head is translated (ميناء / بندر)");
    expect(compareNames('مطار مزار شريف', 'میدان هوایی مزار شریف').same).toBe(true);
    expect(compareNames('مستشفى جمهوريت', 'شفاخانه جمهوریت').same).toBe(true);
    expect(compareNames('ملعب آزادي', 'ورزشگاه آزادی').same).toBe(true);
    expect(compareNames('بركان دماوند', 'آتشفشان دماوند').same).toBe(true);
    // A volcano is a mountain: English and Arabic name one with either head (Mount Fuji / بركان فوجي).
    expect(compareNames('Mount Nyiragongo', 'بركان نيراغونغو').same).toBe(true);
  });

  it('name two things when two heads of different kinds stand before one name', () => {
    const m = compareNames('مطار بوشهر', 'ميناء بوشهر');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('names an airport');
    expect(compareNames('ملعب الشارقة', 'جامعة الشارقة').same).toBe(false);
    expect(compareNames('فرودگاه قشم', 'جزیره قشم').same).toBe(false);
    expect(compareNames('ساحة الشهداء', 'میدان شهدا').same).toBe(true);
    expect(compareNames('ورزشگاه شهدا', 'میدان شهدا').same).toBe(false);
  });

  it('leave a town whose name opens with such a word whole (Bandar Abbas is no port named Abbas)', () => {
    expect(compareNames('بندر عباس', 'عباس').same).toBe(false);
    expect(compareNames('بندر عباس', 'بندرعباس').same).toBe(true);
  });
});

describe('an emirate', () => {
  it('is the province of its name, a city of that name another place', () => {
    expect(compareNames('إمارة عجمان', 'امیرنشین عجمان').same).toBe(true);
    expect(compareNames('إمارة عجمان', 'عجمان').same).toBe(true);
    const m = compareNames('إمارة عجمان', 'مدينة عجمان');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('names an emirate');
  });
});

describe('a military operation', () => {
  it('is named by its head translated and a name (Operation Sheba / عملية سبأ / عملیات سبا)', () => {
    const m = compareNames('Operation Sheba', 'عملیات سبا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("operation's head is translated");
    expect(compareNames('عملية سبأ', 'عملیات سبا').same).toBe(true);
    expect(compareNames('عملية سبأ', 'عملیات مأرب').same).toBe(false);
  });
});

describe('Persian دریا, a sea in Iran and a river in Dari', () => {
  it('translates نهر as well as بحر', () => {
    const m = compareNames('نهر هلمند', 'دریای هلمند');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("river's head is translated (نهر / دریای)");
    expect(compareNames('بحر مرمرة', 'دریای مرمره').same).toBe(true);
  });

  it('but a lake is still no river nor sea', () => {
    expect(compareNames('بحيرة هلمند', 'دریای هلمند').same).toBe(false);
  });
});

describe('a battalion and a museum', () => {
  it('translate their heads (Battalion / گردان / كتيبة / فوج, Museum / متحف / موزه)', () => {
    const m = compareNames('Sokol Battalion', 'گردان سوکول');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("The brigades' head is translated (Battalion / گردان)");
    expect(compareNames('فوج سوكول', 'كتيبة سوكول').same).toBe(true);
    expect(compareNames('Prado Museum', 'متحف برادو').same).toBe(true);
    expect(compareNames('متحف برادو', 'موزه پرادو').same).toBe(true);
  });

  it('not another battalion or museum', () => {
    expect(compareNames('Sokol Battalion', 'گردان کراکن').same).toBe(false);
    expect(compareNames('Prado Museum', 'متحف اللوفر').same).toBe(false);
  });
});
