import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the German h after a long vowel, not said', () => {
  it('is written by one newsroom and left out by another', () => {
    const m = compareNames('فولفغانغ شتاهل', 'ولفگانگ اشتال');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the German h after a long vowel');
    expect(compareNames('أوهلمان', 'اولمان').same).toBe(true);
  });

  it('is a root letter of a word of Arabic shape', () => {
    expect(compareNames('زاهر', 'زار').same).toBe(false);
  });
});
