import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a body's name with a country after it", () => {
  it('is the body without it, when the country is the only one named (a newsroom adds it)', () => {
    expect(compareNames('طيران آريانا الأفغانية', 'هواپیمایی آریانا').same).toBe(true);
  });

  it('is another body when the name already says another country', () => {
    const m = compareNames('الجامعة المصرية اليابانية', 'الجامعة المصرية');
    expect(m.same).toBe(false);
  });
});
