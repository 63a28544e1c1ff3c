import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('heads of ships, weapons, sites and events are translated', () => {
  it('reads an aircraft carrier, a weapon system and a bomber by their heads', () => {
    const carrier = compareNames('حاملة الطائرات نيميتز', 'ناو هواپیمابر نیمیتز');
    expect(carrier.same, carrier.reason.detail).toBe(true);
    expect(carrier.reason.detail).toContain("aircraft carrier's head is translated");
    expect(compareNames('منظومة باتريوت', 'سامانه پاتریوت').same).toBe(true);
    expect(compareNames('قاذفة توبوليف', 'بمب‌افکن توپولف').same).toBe(true);
  });

  it('keeps a carrier from a destroyer of the same name', () => {
    expect(compareNames('حاملة الطائرات نيميتز', 'ناوشکن نیمیتز').same).toBe(false);
  });

  it('reads a film festival with السينمائي after the name as جشنواره فیلم', () => {
    const m = compareNames('مهرجان القاهرة السينمائي', 'جشنواره فیلم قاهره');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('مهرجان القاهرة السينمائي', 'القاهرة').same).toBe(false);
  });

  it('reads bases, camps, nuclear sites, prisons, crossings and brigades', () => {
    for (const [a, b] of [
      ['قاعدة العديد', 'پایگاه العدید'],
      ['مخيم جنين', 'اردوگاه جنین'],
      ['مفاعل ديمونا', 'نیروگاه دیمونا'],
      ['سجن أبو غريب', 'زندان ابوغریب'],
      ['معبر نصيب', 'گذرگاه مرزی نصیب'],
      ['لقاح فايزر', 'واکسن فایزر'],
      ['كأس ديفيز', 'جام دیویس'],
      ['Nasib crossing', 'معبر نصيب'],
      ['Abu Ghraib prison', 'سجن أبو غريب'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
    }
  });

  it('keeps a camp or a crossing from the town it is named after, and two cups apart', () => {
    expect(compareNames('مخيم جنين', 'جنين').same).toBe(false);
    expect(compareNames('معبر رفح', 'رفح').same).toBe(false);
    expect(compareNames('كأس العالم', 'كأس آسيا').same).toBe(false);
  });

  it('does not read القاعدة with its article as the head of a base', () => {
    const m = compareNames('تنظيم القاعدة في بلاد المغرب الإسلامي', 'القاعدة في بلاد المغرب الإسلامي');
    expect(m.same, m.reason.detail).toBe(true);
  });
});
