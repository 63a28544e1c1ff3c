import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { pluralInOtherCase } from '../src/names/plural-case.js';

describe('an Arabic plural in two cases', () => {
  it('is one name whatever its case ending', () => {
    const m = compareNames('الصدريون', 'الصدريين');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('one Arabic plural in two cases');
    expect(compareNames('اللبنانيين', 'اللبنانيون').same).toBe(true);
  });

  it('needs a plural stem: a name ending in ين is no plural', () => {
    expect(pluralInOtherCase('حسين', 'حسون')).toBeUndefined();
    expect(pluralInOtherCase('الصدريون', 'الصدريين')).toBe('الصدريون');
    expect(pluralInOtherCase('جيش المهدي', 'جيش المهديين')).toBeUndefined();
  });
});
