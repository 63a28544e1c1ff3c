import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('one name inside a phrase of ordinary words', () => {
  it('is not the phrase (a Latin brand against an Arabic phrase, a body named by what it does)', () => {
    for (const [a, b] of [
      ['Salam', 'عملية السلام'],
      ['حزب عدالت', 'حزب عدالت ملی'],
    ] as const) {
      const m = compareNames(a, b);
      expect(m.same, `${a} / ${b}: ${m.reason.detail}`).toBe(false);
    }
    expect(compareNames('Salam', 'عملية السلام').reason.detail).toContain('phrase of two ordinary words');
  });

  it('leaves a name after a word that says what it names', () => {
    for (const [a, b] of [
      ['Apple', 'شركة أبل'],
      ['Hilton', 'فندق هيلتون'],
    ] as const)
      expect(compareNames(a, b).same, `${a} / ${b}`).toBe(true);
  });
});

describe('banks, newspapers and mosques', () => {
  it('are bodies of a kind: a newspaper and a bank of one name are two', () => {
    const m = compareNames('صحيفة الشرق', 'مصرف الشرق');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('a newspaper');
  });

  it('may be named without their head, and with another word for it', () => {
    expect(compareNames('روزنامه کیهان', 'کیهان').same).toBe(true);
    expect(compareNames('بنك عودة', 'مصرف عودة').same).toBe(true);
  });
});

describe('societies and airlines named with their head or without it', () => {
  it('a society without جمعية', () => {
    const m = compareNames('جمعية الهلال الأحمر القطري', 'الهلال الأحمر القطري');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("society's head");
  });

  it('an airline with the English Air written in Persian after it', () => {
    const m = compareNames('قشم ایر', 'هواپیمایی قشم');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("airline's head");
  });
});

describe("a body's name with its country's adjective on one side only", () => {
  it('is the body, and the explanation says the adjective is added', () => {
    const m = compareNames('طيران فلاي جناح الباكستانية', 'هواپیمایی فلای جناح');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('says the country of the body');
  });

  it('but not a place, which the country tells apart (Georgia the state, Georgia the country)', () => {
    expect(compareNames('ولاية جورجيا الأمريكية', 'جورجيا').same).toBe(false);
  });
});
