import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// A Persian spelling made after a known place's Latin name writes each Latin letter with Persian's own letter for it.
describe('a Persian spelling after a Latin name writes each letter for its own sound', () => {
  it('still reads a spelling after the Latin name', () => {
    const m = compareNames('قبرس', 'سایپروس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('after its name in Latin letters');
  });

  it('does not read ب for a Latin p, nor پ for a b: Persian has both letters', () => {
    expect(compareNames('قبرس', 'سایبروس').same).toBe(false);
  });

  it('does not read ی for a Latin a', () => {
    expect(compareNames('دمشق', 'دمسکس').same).toBe(true);
    expect(compareNames('دمشق', 'دیمسکس').same).toBe(false);
  });
});
