import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a place by its name in its own language, and by its name before a renaming', () => {
  it('says that the local name is the one some newsrooms write', () => {
    const m = compareNames('هولير', 'اربیل');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('in its own language');
  });

  it('knows the towns Ukraine renamed by their Soviet names', () => {
    const m = compareNames('بوكروفسك', 'كراسنوارميسك');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('old name');
    expect(compareNames('بوكروفسك', 'توريتسك').same).toBe(false);
  });
});
