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

describe("a country's body named by the demonym, or with more words than the country", () => {
  it('reads an English demonym before the head as the country', () => {
    const m = compareNames('Ghanaian Airlines', 'الخطوط الجوية الغانية');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Ghanaian names Ghana');
    expect(compareNames('Ghanaian Airlines', 'الخطوط الجوية النيجيرية').same).toBe(false);
  });

  it('compares the words between the country and the head, the adjective last in Arabic script', () => {
    const m = compareNames('Ghana Nationalist Party', 'الحزب الوطني الغاني');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('Nationalist translated (الوطني)');
    expect(compareNames('Ghana Nationalist Party', 'الحزب الإسلامي الغاني').same).toBe(false);
    expect(compareNames('Ghana Nationalist Party', 'الحزب الغاني').same).toBe(false);
  });
});
