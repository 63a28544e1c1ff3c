import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a known party or movement with a country's adjective after its name", () => {
  it('is the body with its own country', () => {
    const m = compareNames('حزب العدالة والتنمية', 'حزب العدالة والتنمية التركي');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('حزب الله', 'حزب الله اللبناني').same).toBe(true);
  });

  it('is a body of that country of the same name with another country', () => {
    const m = compareNames('حزب العدالة والتنمية', 'حزب العدالة والتنمية المغربي');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("another country (Morocco) than the known body's own");
    expect(compareNames('حزب الله', 'حزب الله العراقي').same).toBe(false);
  });
});
