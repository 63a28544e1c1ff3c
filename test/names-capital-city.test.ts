import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Arabic names a capital that shares its country's or state's name with العاصمة after it.
describe('a capital named with العاصمة after it', () => {
  it('is the city: the same as the city with another head', () => {
    expect(compareNames('تونس العاصمة', 'شهر تونس').same).toBe(true);
    expect(compareNames('الكويت العاصمة', 'مدينة الكويت').same).toBe(true);
  });

  it('is neither the country nor the state of the same name', () => {
    const country = compareNames('تونس العاصمة', 'تونس');
    expect(country.same).toBe(false);
    expect(country.reason.detail).toContain('names the city');
    const state = compareNames('واشنطن العاصمة', 'ولاية واشنطن');
    expect(state.same).toBe(false);
    expect(state.reason.detail).toContain('a province of the same name');
  });

  it('a city by its head is not the country it is named like', () => {
    expect(compareNames('مدينة الكويت', 'الكويت').same).toBe(false);
  });

  it('a province or a state by its head is not the country it is named like', () => {
    const state = compareNames('ولاية جورجيا', 'جورجيا');
    expect(state.same).toBe(false);
    expect(state.reason.detail).toContain('the country');
    expect(compareNames('استان آذربایجان', 'جمهوری آذربایجان').same).toBe(false);
    // A province of a country, named after its town, is still the province's name without its head.
    expect(compareNames('استان کرمان', 'کرمان').same).toBe(true);
  });
});
