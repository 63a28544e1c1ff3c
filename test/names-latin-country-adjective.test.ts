import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a country's body: its name before the English head, its adjective after the Arabic-script one", () => {
  it('reads the adjective as the country', () => {
    const m = compareNames('Ghana Airways', 'الخطوط الجوية الغانية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('as an adjective after the head');
    expect(compareNames('Yemen Air', 'الطيران اليمني').same).toBe(true);
    expect(compareNames('Tajikistan Airlines', 'هواپیمایی تاجیکی').same).toBe(true);
  });

  it("keeps another country's body apart", () => {
    expect(compareNames('Ghana Airways', 'الخطوط الجوية النيجيرية').same).toBe(false);
    expect(compareNames('Yemen Air', 'الطيران العماني').same).toBe(false);
  });
});
