import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe('a French adjective of a place in a name', () => {
  it('is written as the place’s name or its nisba', () => {
    expectSameName('Racing Marseillais', 'راسينغ مرسيليا', 'the French adjective of Marseille');
    expectSameName('Union Sfaxienne', 'الاتحاد الصفاقسي', 'French adjective of Sfax');
  });

  it('of a place the gazetteer knows, not any word in -ain or -ais', () => {
    expectDifferentNames('Bahrain', 'البحري');
    expect(compareNames('Racing Marseillais', 'راسينغ ليون').same).toBe(false);
  });
});
