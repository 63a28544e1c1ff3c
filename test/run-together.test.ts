import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../src/index.js';
import { splitGlued } from '../src/text/glued.js';

/**
 * Text copied from the web often loses the space between two words (فيسوريا, ثلاثمرات). A fact written so is
 * still there: the comparison must not report it as left out at warning. Every sentence here was written for
 * these tests.
 */

function findings(a: string, b: string, kind: Finding['kind']): [string, string][] {
  return compare({ text: a, language: 'ar' }, { text: b, language: 'fa' })
    .findings.filter((f) => f.kind === kind)
    .map((f) => [f.rule, f.severity]);
}

describe('a fact the other side writes run together with another word', () => {
  it('a number word glued to the word after it is the number (ثلاثمرات), a word that only begins like one is not (الثلاثاء)', () => {
    const persian = 'وزیر سال گذشته سه بار از شهر دیدن کرد.';
    expect(findings('زار الوزير المدينة ثلاثمرات خلال العام الماضي.', persian, 'number')).toEqual([]);
    expect(findings('زار الوزير المدينة يوم الثلاثاء من العام الماضي.', persian, 'number')).toEqual([['number/unmatched', 'warning']]);
  });

  it('a month glued to the preposition before it is the month (فييوليو), not another month glued so', () => {
    const persian = 'نمایشگاه در ماه جولای با حضور وزیر افتتاح شد.';
    expect(findings('افتتح المعرض فييوليو بحضور الوزير.', persian, 'date')).toEqual([]);
    expect(findings('افتتح المعرض فيأغسطس بحضور الوزير.', persian, 'date')).toEqual([['date/unmatched', 'warning']]);
  });

  it('a known place glued to a word of the language is the place, named at info with the run (فيسوريا)', () => {
    const persian = 'وزیر دیروز در سوریه از اردوگاه‌ها دیدن کرد.';
    const glued = compare({ text: 'زار الوزير فيسوريا المخيمات أمس.', language: 'ar' }, { text: persian, language: 'fa' }).findings;
    expect(glued.map((f) => [f.rule, f.severity, f.a?.text])).toEqual([['name/unmatched', 'info', 'فيسوريا']]);
    expect(glued[0]?.message).toContain('run together');
    // A place left out stays a warning.
    expect(findings('زار الوزير المخيمات الشمالية أمس.', persian, 'name')).toEqual([['name/unmatched', 'warning']]);
  });
});

describe('splitGlued', () => {
  it('cuts a word into two parts that join back into it, each at least two code units', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.nat(12), (word, pick) => {
        const parts = splitGlued(word, (head) => head.length === pick);
        if (parts === undefined) return pick < 2 || pick > word.length - 2;
        return parts[0] + parts[1] === word && parts[0].length === pick && parts[1].length >= 2;
      }),
    );
  });
});
