import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a known city with a word after its name that is no part of it', () => {
  it('an epithet of honour news gives the holy cities, in Arabic and in Persian with the ezafe', () => {
    const m = compareNames('قم', 'قم المقدسة');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('epithet of honour');
    expect(compareNames('مشهد', 'مشهد مقدس').same).toBe(true);
    expect(compareNames('کربلا', 'کربلای معلی').same).toBe(true);
  });

  it("its country's adjective, which tells it from a town of the same name elsewhere", () => {
    const m = compareNames('بغداد', 'بغداد العراقية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('names its country');
    // Another country's adjective names another town.
    expect(compareNames('طرابلس الغرب', 'طرابلس اللبنانية').same).toBe(false);
  });

  it('not a word that makes another place', () => {
    expect(compareNames('قم', 'قم الجديدة').same).toBe(false);
  });
});
