import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe("a party's head before a name with a head of its own", () => {
  it('matches a movement named a party in Persian (حزب جنبش …) against the Arabic movement', () => {
    expectSameName('حركة النهضة', 'حزب جنبش نهضت', 'stands before the body');
  });

  it('keeps two bodies apart when the names after the heads differ', () => {
    expectDifferentNames('حركة النهضة', 'حزب جنبش آزادی');
  });

  it('keeps a party whose own word is another kind (brigades) apart from a force', () => {
    expectDifferentNames('حزب الكتائب اللبنانية', 'القوات اللبنانية');
  });
});
