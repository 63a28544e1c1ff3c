import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Ukrainian h against the Russian g', () => {
  it('reads ه against غ or گ as one sound inside a longer name', () => {
    const m = compareNames('فيشهورود', 'فيشغورود');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Ukrainian h, the Russian g');
    expect(compareNames('ميرهورود', 'میرگورود').same).toBe(true);
  });

  it('keeps short names apart, and a native name', () => {
    expect(compareNames('فيهان', 'فيغان').same).toBe(false);
    expect(compareNames('بهرام', 'بغرام').same).toBe(false);
  });
});
