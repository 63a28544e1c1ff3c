import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('state news agencies by the acronym read as a word', () => {
  it('Sudan and Algeria', () => {
    expect(compareNames('وكالة السودان للأنباء', 'سونا').same).toBe(true);
    expect(compareNames('APS', 'واج').same).toBe(true);
  });

  it('but not an acronym-word that is a word or a city of its own', () => {
    // بترا alone is the city of Petra; the agency is وكالة بترا.
    expect(compareNames('وكالة الأنباء الأردنية', 'وكالة بترا').same).toBe(true);
    expect(compareNames('وكالة الأنباء الأردنية', 'بترا').same).toBe(false);
  });
});
