import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('titles news writes before a name', () => {
  it('the doctor abbreviated to د., never the Pashto د ("of")', () => {
    const m = compareNames('د. محمد البرادعي', 'محمد البرادعي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('د. is a title');
    expect(compareNames('د کابل بانک', 'کابل بانک').reason.detail).not.toContain('title');
  });

  it('Persian ملک, a king, before a name of two words or more', () => {
    const m = compareNames('ملک محمد ششم', 'محمد السادس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ملک is a title');
    // Before one word it may be the given name Malik: not taken off as a title.
    expect(compareNames('ملک حسین', 'حسین').reason.detail).not.toContain('title');
  });

  it('the crown prince, named with his given name alone', () => {
    const m = compareNames('ولي العهد الأمير حمزة', 'حمزة بن الحسين');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("monarch's title");
  });
});

describe('a Maghrebi given name in a chain', () => {
  it('بلقاسم after a given name is the father’s', () => {
    const m = compareNames('عبد الرحمن بلقاسم الورفلي', 'بلقاسم الورفلي');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("father's name");
  });
});

describe("an emperor's title", () => {
  it('is no part of the name, in Latin, Arabic or Persian', () => {
    const m = compareNames('Emperor Taisho', 'الإمبراطور تايشو');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('are titles, no part of the name');
    expect(compareNames('Emperor Taisho', 'امپراتور تایشو').same).toBe(true);
    expect(compareNames('Emperor Taisho', 'الإمبراطور ميجي').same).toBe(false);
  });
});
