import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("an army's head in Persian", () => {
  it('is ارتش in Iran and اردو in Dari: one head, the Dari word named as such', () => {
    const m = compareNames('اردوی ملی تاجیکستان', 'ارتش ملی تاجیکستان');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('اردوی is the Dari word for army, ارتش the Iranian one');
  });

  it('keeps two armies apart, and an army apart from a front of the same cause', () => {
    expect(compareNames('ارتش ملی تاجیکستان', 'ارتش ملی ازبکستان').same).toBe(false);
    expect(compareNames('ارتش آزادی‌بخش کردستان', 'جبهه آزادی‌بخش کردستان').same).toBe(false);
  });

  it('leaves the Arabic جيش of an armed group to its name (گروه جیش‌الاسلام)', () => {
    expect(compareNames('جيش الإسلام', 'گروه جیش‌الاسلام').same).toBe(true);
  });
});
