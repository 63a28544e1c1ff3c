import { describe, expect, it } from 'vitest';
import { matchNames } from '../src/names/compare.js';
import { mayBeSame, mayReadAs } from '../src/names/latin-sounds-only.js';
import { latinDevelopmentPairs as developmentPairs } from './support/names.js';

// mayBeSame lets a caller skip matchNames for a Latin name against an Arabic-script one: sound only if matchNames never
// calls a pair it rules out the same. Checked on the development pairs in two scripts, on each Latin name of them
// against the Arabic-script names of the rows around it (most of which it rules out), and on names written here.

describe('mayBeSame rules out only pairs matchNames calls different', () => {
  it('keeps every development pair matchNames calls the same, and rules out none it calls the same among neighbours', () => {
    const pairs = developmentPairs();
    expect(pairs.length).toBeGreaterThan(50);
    let ruledOut = 0;
    for (const [i, { latin }] of pairs.entries()) {
      // The row's own name and those of the next rows: the names a leftover is weighed against are mostly others'.
      for (const { other } of pairs.slice(i, i + 12)) {
        if (mayBeSame(latin, other) && mayBeSame(other, latin)) continue;
        ruledOut++;
        expect(matchNames(latin, other).same, `${latin} / ${other}`).toBe(false);
        expect(matchNames(other, latin).same, `${other} / ${latin}`).toBe(false);
      }
    }
    expect(ruledOut).toBeGreaterThan(100);
  });

  it('reads plain Latin words by their letters, and leaves every listed or acronym name to matchNames', () => {
    expect(mayReadAs('Kettering', 'ماهان خسروی')).toBe(false);
    expect(mayReadAs('Kettering', 'کترینگ')).toBe(true);
    expect(mayReadAs('Whitby', 'شیراز')).toBe(false);
    expect(mayReadAs('Whitby', 'ویتبی')).toBe(true);
    // One word of the Arabic-script name is enough (a surname alone, a title before it).
    expect(mayReadAs('Whitby', 'خانم ویتبی')).toBe(true);
    // Listed names, acronyms and words the lists translate are not read by letters here.
    expect(mayReadAs('Kuwait', 'بنك')).toBe(true);
    expect(mayReadAs('NASA', 'بنك')).toBe(true);
    expect(mayReadAs('Persian', 'شیراز')).toBe(true);
    // Arabic-script names on both sides are not this test's.
    expect(mayBeSame('شیراز', 'شيراز')).toBe(true);
  });
});
