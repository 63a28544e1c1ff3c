import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('news agencies and bodies by their short names', () => {
  it('know the acronym words of the Arab state agencies and the Iranian ones', () => {
    for (const [a, b] of [
      ['كونا', 'وكالة الأنباء الكويتية'],
      ['واع', 'وكالة الأنباء العراقية'],
      ['سانا', 'الوكالة العربية السورية للأنباء'],
      ['ایلنا', 'خبرگزاری کار ایران'],
      ['حدکا', 'حزب دموکرات کردستان ایران'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(true);
      expect(m.reason.kind).toBe('convention');
    }
  });

  it('keep two Kurdish parties of one name apart', () => {
    expect(compareNames('حزب دموکرات کردستان ایران', 'حزب دموکرات کردستان عراق').same).toBe(false);
  });

  it('read a full name followed by its short name as one name', () => {
    const m = compareNames('وكالة الأنباء الكويتية (كونا)', 'كونا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('one after the other');
    expect(compareNames('وكالة الأنباء الكويتية سانا', 'كونا').same).toBe(false);
  });
});

describe('acronym words that are ordinary words', () => {
  it('are not taken for the bodies', () => {
    expect(compareNames('وام', 'وكالة أنباء الإمارات').same).toBe(false);
    expect(compareNames('برجام', 'JCPOA').reason.kind).toBe('convention');
  });
});
