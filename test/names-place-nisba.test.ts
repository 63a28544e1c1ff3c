import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a club named in French after its town, which Arabic names by the town’s nisba', () => {
  it('reads the town as its nisba after the club’s word', () => {
    const m = compareNames('Kawkab Marrakech', 'الكوكب المراكشي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("Marrakech written as the place's nisba");
  });

  it('makes the nisba of a two-word name from its last word, a final اء written او', () => {
    expect(compareNames('Étoile de Casablanca', 'النجم البيضاوي').same).toBe(true);
  });

  it('translates the French words of club names and leaves out de and a club’s sporting', () => {
    const m = compareNames('Avenir de Tunis', 'المستقبل الرياضي التونسي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Avenir translated المستقبل');
    expect(compareNames('Jeunesse de Sfax', 'الشبيبة الصفاقسية').same).toBe(true);
  });

  it('keeps apart clubs whose words or towns differ, and a place from a person’s nisba', () => {
    expect(compareNames('Étoile de Casablanca', 'الترجي البيضاوي').same).toBe(false);
    expect(compareNames('Kawkab Marrakech', 'الكوكب البيضاوي').same).toBe(false);
    expect(compareNames('Zarqa', 'الزرقاوي').same).toBe(false);
  });
});
