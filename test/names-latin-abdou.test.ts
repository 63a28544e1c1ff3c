import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('عبد and the article in West African French romanisations', () => {
  it('reads Abdou- and the sun letter written once as عبد and the article said as that letter', () => {
    const m = compareNames('Abdousalam Diallo', 'عبد السلام ديالو');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ous as الس (the article said as the letter after it, written once)');
    expect(compareNames('Abdourazak', 'عبد الرزاق').same).toBe(true);
    expect(compareNames('Abdurahman', 'عبد الرحمن').same).toBe(true);
  });

  it('still tells two names of God apart', () => {
    expect(compareNames('Abdourazak', 'عبد الرحيم').same).toBe(false);
    expect(compareNames('Abdousalam', 'عبد الستار').same).toBe(false);
  });

  it('keeps the doubled letter described as the article said as it', () => {
    expect(compareNames('Abdurrahman', 'عبد الرحمن').reason.detail).toContain('the article, its l said r before ر');
  });
});
