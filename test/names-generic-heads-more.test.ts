import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

/** Whether two names are one, with the explanation shown when the test fails. */
function same(a: string, b: string): boolean {
  const m = compareNames(a, b);
  expect(m.reason.detail.length).toBeGreaterThan(0);
  return m.same;
}

describe("an airline's head in Arabic, Persian and English", () => {
  it('translates طيران and the Persian Air before the name', () => {
    const m = compareNames('طيران كندا', 'ایر کانادا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("airline's head is translated (طيران / ایر)");
  });
  it('reads Airlines after the name and the country as its adjective', () => {
    expect(same('الخطوط الجوية الماليزية', 'مالزی ایرلاینز')).toBe(true);
  });
  it('keeps an airline apart from its country and from an airport', () => {
    expect(compareNames('طيران كندا', 'کانادا').reason.detail).toContain('an airline named after Canada');
    expect(same('الخطوط الجوية الماليزية', 'ماليزيا')).toBe(false);
    expect(same('مطار أوتاوا', 'ایر کانادا')).toBe(false);
  });
});

describe('treaties, battles and games', () => {
  it('translates the head and spells the place', () => {
    expect(compareNames('معاهدة أماسيا', 'پیمان آماسیه').reason.detail).toContain("treaty's head is translated");
    expect(same('غزوة تبوك', 'جنگ تبوک')).toBe(true);
    expect(same('معركة حطين', 'نبرد حطین')).toBe(true);
    expect(same('دورة الألعاب الأفريقية', 'بازی‌های آفریقایی')).toBe(true);
  });
  it('keeps two battles, and a battle or games against its place, apart', () => {
    expect(same('معركة حطين', 'معركة القادسية')).toBe(false);
    expect(same('غزوة تبوك', 'تبوك')).toBe(false);
    expect(same('دورة الألعاب الأفريقية', 'أفريقيا')).toBe(false);
  });
});

describe('institutes, foundations and centres', () => {
  it('reads مؤسسة as a foundation and an institution', () => {
    expect(same('مؤسسة فورد', 'بنیاد فورد')).toBe(true);
    expect(same('Ford Foundation', 'مؤسسة فورد')).toBe(true);
    expect(same('Hoover Institution', 'مؤسسه هوور')).toBe(true);
  });
  it('keeps a university of the same benefactor apart', () => {
    expect(same('مؤسسة فورد', 'جامعة فورد')).toBe(false);
  });
  it('keeps an institute named after a person apart from the person', () => {
    const m = compareNames('معهد ألبرت أينشتاين', 'ألبرت أينشتاين');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('named after a person, ألبرت أينشتاين: the body, not the person');
  });
});

describe("a state's form before a country", () => {
  it('names the country, in both scripts and in English', () => {
    expect(compareNames('سلطنة بروناي', 'برونئی').reason.detail).toContain('with the form of its state (سلطنة)');
    expect(same('Kingdom of Bhutan', 'بوتان')).toBe(true);
  });
  it('leaves a long form that names another state to its own row', () => {
    expect(same('جمهورية الصين', 'الصين')).toBe(false);
  });
});

describe("an Arab town's Latin name written in Arabic letters", () => {
  it('is read through the Latin name, without the article', () => {
    expect(compareNames('أكابا', 'العقبة').reason.detail).toContain('is the Latin-script name of Aqaba');
  });
});
