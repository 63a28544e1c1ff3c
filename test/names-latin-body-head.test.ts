import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a body's Latin name against its listed Arabic-script name without the head", () => {
  it('reads the bare name as the body the Latin name says', () => {
    const m = compareNames('Hamas', 'حماس');
    expect(m.same, m.reason.detail).toBe(true);
    const f = compareNames('Fatah', 'فتح');
    expect(f.same, f.reason.detail).toBe(true);
    expect(f.reason.detail).toContain('with its head');
  });

  it('does not take another word or place for the body', () => {
    expect(compareNames('Fatah', 'فتحي').same).toBe(false);
    expect(compareNames('Al Jazeera', 'جزيرة').same).toBe(false);
  });
});
