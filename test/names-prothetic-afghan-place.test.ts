import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the alef Persian puts before an opening s and consonant of an Afghan place named in Pashto', () => {
  it('reads the place with and without it as one', () => {
    const m = compareNames('اسپین بولدک', 'سپین‌بولدک');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Pashto');
  });

  it('lets no other letter of the place through', () => {
    expect(compareNames('اسپین بولدک', 'سپین بلدک').same).toBe(true);
    expect(compareNames('اسپین بولدک', 'سپین تولدک').same).toBe(false);
  });
});

describe('the alef Maghreb spellings put before the consonants that open a town', () => {
  it('reads the town with and without it as one, though its name is short', () => {
    const m = compareNames('فديرك', 'افديرك');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Maghreb');
  });
});
