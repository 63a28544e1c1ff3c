import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Italian ch, said k', () => {
  it('is تش in one newsroom and ك in another', () => {
    const m = compareNames('ماركو تشيكيتي', 'ماركو كيكيتي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('said k in Italian');
    expect(compareNames('بينوتشيو', 'بينوكيو').same).toBe(true);
  });

  it('leaves an Arabic word alone', () => {
    expect(compareNames('كتاب', 'تشتاب').same).toBe(false);
  });
});
