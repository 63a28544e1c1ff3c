import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a tower and a research institute are heads of their own kind', () => {
  it('tells a tower from a hospital of the same name', () => {
    const m = compareNames('برج میلاد', 'بیمارستان میلاد');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('a tower');
    // A listed tower (geo-renamed.ts) is told apart by its listed names instead.
    expect(compareNames('برج آزادی', 'بیمارستان آزادی').same).toBe(false);
    expect(compareNames('برج خليفة', 'برج خلیفه').same).toBe(true);
  });

  it('tells a research institute from an organisation of the same name', () => {
    const m = compareNames('سازمان انرژی اتمی ایران', 'پژوهشکده انرژی اتمی ایران');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('an institute');
  });
});
