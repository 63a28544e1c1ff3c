import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a known body by its name without the head in front', () => {
  it('reads the rest of two words or more as the body', () => {
    const m = compareNames('منظمة التجارة العالمية', 'التجارة العالمية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("without the organisation's head منظمة");
    expect(m.reason.entity?.id).toBe('WTO');
    expect(compareNames('سازمان تجارت جهانی', 'تجارت جهانی').same).toBe(true);
  });

  it('keeps one word alone, and a short form under another head, apart', () => {
    expect(compareNames('منظمة الصحة العالمية', 'الصحة').same).toBe(false);
    expect(compareNames('منظمة الصحة العالمية', 'جامعة الصحة العالمية').same).toBe(false);
  });
});

describe('a committee is a head', () => {
  it('is translated', () => {
    const m = compareNames('Olympic Committee', 'اللجنة الأولمبية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("committee's head is translated");
  });
});
