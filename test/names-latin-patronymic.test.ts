import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the particle of a patronymic chain in Latin letters', () => {
  it('is بن between two names whichever way the romanisation writes it', () => {
    const m = compareNames('Yusuf ibn Tashfin', 'يوسف بن تاشفين');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ibn as بن, the patronymic particle');
    expect(compareNames('Musa ibn Nusayr', 'موسی بن نصیر').same).toBe(true);
    expect(compareNames('Tariq bin Ziyad', 'طارق ابن زياد').same).toBe(true);
  });

  it('is بنت for a daughter', () => {
    expect(compareNames('Khadija bint Khuwaylid', 'خديجة بنت خويلد').same).toBe(true);
    expect(compareNames('Khadija ibn Khuwaylid', 'خديجة بنت خويلد').same).toBe(false);
  });

  it('does not make two fathers one', () => {
    expect(compareNames('Yusuf ibn Tashfin', 'يوسف بن ياسين').same).toBe(false);
  });
});
