import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('two bodies of one kind whose names differ by one word inside', () => {
  it('are two bodies (the export bank and the export development bank)', () => {
    // The cooperation bank and the cooperation development bank (the export banks are rows of the lists now).
    const m = compareNames('بانک تعاون ایران', 'بانک توسعه تعاون ایران');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('توسعه stands inside one name only');
    expect(compareNames('جبهه ملی', 'جبهه آزادی ملی').same).toBe(false);
  });

  it('not when the word is a title, a country or its adjective, or part of a compound with الله', () => {
    expect(compareNames('مسجد امام علی', 'مسجد حضرت امام علی').same).toBe(true);
    expect(compareNames('وزارة الصحة في رام الله', 'وزارة الصحة الفلسطينية في رام الله').same).toBe(true);
  });

  it('nor a short form that leaves out what follows', () => {
    expect(compareNames('شرکت ملی نفت', 'شرکت ملی نفت ایران').same).toBe(true);
    // Words of rank or reach inside a body's name (national, general, supreme) are left out by news.
    expect(compareNames('سازمان ملی استاندارد ایران', 'سازمان استاندارد ایران').same).toBe(true);
    expect(compareNames('وزارة الشؤون الخارجية', 'وزارة الخارجية').same).toBe(true);
  });
});

describe("a club's sporting", () => {
  it("is left out of a club's name, inside it too (باشگاه ورزشی استقلال)", () => {
    expect(compareNames('باشگاه پیکان', 'باشگاه ورزشی پیکان').same).toBe(true);
  });

  it("makes another body after a newspaper's or a channel's head (the sports paper of کیهان)", () => {
    expect(compareNames('روزنامه اطلاعات', 'روزنامه اطلاعات ورزشی').same).toBe(false);
  });

  it("is cut from a club's one-word name when the other name says it is a club, and is never a town's nisba", () => {
    const m = compareNames('نادي الوحدة', 'الوحدة الرياضي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('a club\'s "sporting"');
    expect(compareNames('باشگاه ملوان', 'ملوان ورزشی').same).toBe(true);
    // Without a club's head the word may make another body (a paper's sports weekly): not read as of Riyadh.
    const weekly = compareNames('الوطن', 'الوطن الرياضي');
    expect(weekly.reason.detail).not.toContain('Riyadh');
    expect(weekly.same).toBe(false);
  });
});
