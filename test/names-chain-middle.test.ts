import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Arabic chains name a person, his father and his grandfather with بن between them; news shortens a chain at its end.
describe('a chain of fathers', () => {
  it('without its father but with the grandfather names the grandson’s namesake, another person', () => {
    const m = compareNames('سلطان بن زايد', 'سلطان بن خليفة بن زايد');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('grandson named after his grandfather');
    expect(compareNames('فيصل بن فهد بن سعود', 'فيصل بن سعود').same).toBe(false);
  });

  it('shortened at its end is the same person', () => {
    expect(compareNames('سلطان بن خليفة بن زايد', 'سلطان بن خليفة').same).toBe(true);
    expect(compareNames('فيصل بن فهد بن سعود آل سعود', 'فيصل بن فهد').same).toBe(true);
  });

  it('of three given names without بن, cut after the father, is the same person', () => {
    const m = compareNames('عثمان يوسف حسن', 'عثمان يوسف');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain("the grandfather's name حسن left out");
    // Not a family name after the given names (a nisba or a surname): that is the person's own.
    expect(compareNames('حسن روحاني', 'حسن روحاني علي').same).toBe(false);
  });

  it('with a title before it, is the son of the name without the son and the particle', () => {
    const m = compareNames('الإمام حسن حميد الدين', 'الإمام علي بن حسن حميد الدين');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain("father's name");
  });
});
