import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('diseases and drugs named by words of their own', () => {
  it('matches the names each language gives one disease', () => {
    const m = compareNames('الحمى الصفراء', 'تب زرد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('yellow fever');
    expect(compareNames('Whooping cough', 'سیاه‌سرفه').same).toBe(true);
    expect(compareNames('الجمرة الخبيثة', 'سیاه زخم').same).toBe(true);
    expect(compareNames('شاهدانه', 'القنب الهندي').same).toBe(true);
  });

  it('keeps diseases that share a word or look alike apart', () => {
    expect(compareNames('الجدري', 'جدري القردة').same).toBe(false);
    expect(compareNames('Rubella', 'الحصبة').same).toBe(false);
    // The Arabic حصبة is measles, the Persian حصبه typhoid.
    expect(compareNames('الحصبة', 'حصبه').same).toBe(false);
  });

  it('leaves a word that is also a disease to the letters', () => {
    expect(compareNames('ضنك', 'تب دنگی').same).toBe(false);
  });
});
