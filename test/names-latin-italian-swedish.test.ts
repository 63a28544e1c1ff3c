import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Latin letter groups of Italian and Swedish', () => {
  it('reads the Italian gli as ly, its g unsaid', () => {
    const m = compareNames('Luigi Figliolia', 'لويجي فيليوليا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Italian gli');
  });

  it('reads the Swedish skj and sj as sh', () => {
    const m = compareNames('Skjelbred', 'شلبرد');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Swedish skj');
    expect(compareNames('Sjöstrand', 'شوستراند').same).toBe(true);
  });

  it('still tells another name apart', () => {
    expect(compareNames('Figliolia', 'فيلوني').same).toBe(false);
  });
});
