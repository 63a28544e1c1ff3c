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

describe("a known body with its own country's name after it", () => {
  it('is the body (حزب‌الله لبنان), another country’s name no name of it', () => {
    const m = compareNames('حزب‌الله', 'حزب‌الله لبنان');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('with its own country (Lebanon) named after it');
    expect(compareNames('طالبان', 'طالبان افغانستان').same).toBe(true);
    expect(compareNames('حزب‌الله', 'حزب‌الله عراق').same).toBe(false);
  });

  it("and a known body named by a head and another known body's name is not that body", () => {
    const m = compareNames('كتائب حزب الله', 'حزب‌الله لبنان');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('whose name it carries');
  });
});
