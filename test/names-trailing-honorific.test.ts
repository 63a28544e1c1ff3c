import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('an Ottoman or Persian honorific after a name (Pasha, Bey, Effendi)', () => {
  it('reads one honorific spelled two ways as a convention', () => {
    const m = compareNames('جمال بك', 'جمال بیگ');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toContain('one honorific after the name');
  });

  it('leaves it out after a name of two words or more', () => {
    const m = compareNames('Ismail Sidqi Pasha', 'إسماعيل صدقي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.kind).toBe('partial');
    expect(compareNames('حسين فوزي أفندي', 'حسين فوزي').same).toBe(true);
  });

  it('keeps two honorifics, and a one-word name before a surname-like word, apart', () => {
    expect(compareNames('جمال باشا', 'جمال بك').same).toBe(false);
    expect(compareNames('يورغن بيك', 'يورغن هابرماس').same).toBe(false);
  });
});
