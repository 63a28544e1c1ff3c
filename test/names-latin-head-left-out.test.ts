import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a Latin name's English head that the Arabic-script name leaves out", () => {
  it("leaves out a mountain range's or a river's head when the bare name is that feature", () => {
    const range = compareNames('Karakoram Mountains', 'قراقرم');
    expect(range.same, range.reason.detail).toBe(true);
    expect(range.reason.detail).toContain("mountain's head Mountains is left out of the second");
    const river = compareNames('Atrak River', 'اترک');
    expect(river.same, river.reason.detail).toBe(true);
    expect(river.reason.detail).toContain("river's head River is left out");
  });

  it('keeps a river apart from the city or province its bare name names', () => {
    expect(compareNames('Kabul River', 'کابل').same).toBe(false);
    expect(compareNames('Kunar River', 'کنر').same).toBe(false);
  });

  it("leaves out a movement's head when the rest is its name", () => {
    const m = compareNames('Hamas movement', 'حماس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toContain("group's head movement is left out");
  });

  it('keeps a party named by ordinary English words apart from the words', () => {
    expect(compareNames('Labour Party', 'العمل').same).toBe(false);
    expect(compareNames('Liberal Party', 'الليبرالي').same).toBe(false);
  });

  it("translates a lagoon's and a garden's head", () => {
    const lagoon = compareNames('Gomishan Lagoon', 'تالاب گمیشان');
    expect(lagoon.same, lagoon.reason.detail).toBe(true);
    expect(lagoon.reason.detail).toContain('Lagoon translated تالاب');
    expect(compareNames('Shazdeh Garden', 'باغ شازده').same).toBe(true);
    expect(compareNames('Shazdeh Garden', 'شازده').same).toBe(false);
  });
});

describe("an English region's or state's head against Arabic's", () => {
  it('reads region as إقليم and state as ولاية', () => {
    const m = compareNames('Gao region', 'إقليم غاو');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('region / إقليم');
    expect(compareNames('Kassala state', 'ولاية كسلا').same).toBe(true);
  });

  it('keeps a region apart from another name under the head', () => {
    expect(compareNames('Gao region', 'إقليم تمبكتو').same).toBe(false);
  });
});
