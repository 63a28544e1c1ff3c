import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Hard negatives written for the project: a channel listed only with its head against a university or club of its name.

describe('a body the list names only with a head of its own', () => {
  it('is not what another kind of head makes of its bare name', () => {
    const m = compareNames('Al Jazeera', 'جامعة الجزيرة');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('another body of the same name');
    expect(m.reason.entity?.id).toBe('AlJazeera');
    expect(compareNames('نادي الجزيرة', 'Al Jazeera').same).toBe(false);
  });

  it('is still named with a head of its own family, or by a bare listed name under any head', () => {
    expect(compareNames('Al Jazeera', 'شبكة الجزيرة').same).toBe(true);
    expect(compareNames('Al Jazeera', 'الجزيرة').same).toBe(true);
    expect(compareNames('BBC', 'إذاعة بي بي سي').same).toBe(true);
    expect(compareNames('بنك التنمية الأفريقي', 'مجموعة بنك التنمية الأفريقي').same).toBe(true);
  });
});
