import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('letters for sounds of European languages', () => {
  it('the German ch, written خ as German says it or ش as English reads it', () => {
    const m = compareNames('يواخيم لوف', 'يواشيم لوف');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('German ch');
  });

  it('the Spanish v, said b, written ب or ف', () => {
    const m = compareNames('فيسنتي فوكس', 'بيسنتي فوكس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Spanish v');
  });

  it('the Basque and Catalan x, which Persian writes ژ', () => {
    expect(compareNames('شابي', 'ژابی').same).toBe(true);
  });

  it('only in a longer name, and not in a word with the article, an acronym read as a word as often', () => {
    expect(compareNames('خال', 'شال').same).toBe(false);
    expect(compareNames('الفيبا', 'الفيفا').same).toBe(false);
  });
});
