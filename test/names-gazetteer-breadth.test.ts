import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// The place lists beyond the capitals (src/lexicon/geo-cities-east.ts, geo-cities-europe-americas.ts,
// geo-cities-asia-africa.ts, geo-features.ts, geo-provinces.ts): exonyms and old names that share no letters, and
// places a letter apart that both lists know, which stay two places.
describe('the wider gazetteer', () => {
  it('matches an exonym to the local name: the Arabic medieval name of a Spanish or Sicilian town', () => {
    const m = compareNames('بطليوس', 'Badajoz');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('ES/Badajoz');
    expect(compareNames('قلمرية', 'کوئیمبرا').same).toBe(true);
    expect(compareNames('ميورقة', 'مایورکا').same).toBe(true);
  });

  it('matches a translated feature name across the languages', () => {
    expect(compareNames('رأس الرجاء الصالح', 'دماغه امید نیک').same).toBe(true);
    expect(compareNames('البحر الأصفر', 'دریای زرد').same).toBe(true);
  });

  it('matches a historical name to the current one', () => {
    const m = compareNames('کراسنوودسک', 'ترکمن‌باشی');
    expect(m.same).toBe(true);
    const wroclaw = compareNames('Breslau', 'وروتسواف');
    expect(wroclaw.same).toBe(true);
    expect(wroclaw.reason.detail).toContain('PL/Wroclaw');
  });

  it('keeps two known places a letter apart apart', () => {
    const korea = compareNames('غوانغجو', 'قوانغتشو');
    expect(korea.same).toBe(false);
    expect(korea.reason.detail).toContain('KR/Gwangju');
    expect(korea.reason.detail).toContain('CN/Guangzhou');
    expect(compareNames('طرسوس', 'طرطوس').same).toBe(false);
    expect(compareNames('Samara', 'سامراء').same).toBe(false);
    expect(compareNames('رفحاء', 'رفح').same).toBe(false);
    expect(compareNames('باتنا', 'باتنة').same).toBe(false);
  });

  it('lists a name that is also an ordinary word only with its head, and says so', () => {
    // ينبع is also a verb (it springs): Yanbu is listed as مدينة ينبع, and the bare name beside its Latin one is read through the head.
    const m = compareNames('ينبع', 'Yanbu');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('with its head');
  });
});
