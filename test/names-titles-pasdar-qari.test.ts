import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Pasdar and Qari, titles before a name of two words or more', () => {
  it('are no part of the name', () => {
    const m = compareNames('سرتیپ پاسدار حمید نوروزی', 'حمید نوروزی');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('پاسدار');
    expect(compareNames('قاری عبدالرحیم ستانکزی', 'عبدالرحیم ستانکزی').same).toBe(true);
  });

  it('keep the son apart from his father', () => {
    expect(compareNames('قاری عبدالرحیم ستانکزی', 'احمد عبدالرحیم ستانکزی').same).toBe(false);
  });
});
