import { describe, it } from 'vitest';
import { expectDifferentNames, expectSameName } from './support/names.js';

describe("Arabic ميناء for the بندر of a port town's Persian name", () => {
  it('matches the Arabic port against the town Persian names with بندر', () => {
    expectSameName('ميناء أنزلي', 'بندر انزلی', 'Persian names with بندر');
  });

  it('matches when the Arabic keeps بندر after its own head (ميناء بندر …)', () => {
    expectSameName('ميناء بندر أنزلي', 'بندر انزلی', 'which Arabic translates ميناء');
  });

  it('keeps a port apart from the town named without بندر: the port is named after it', () => {
    expectDifferentNames('ميناء بوشهر', 'بوشهر');
  });
});
