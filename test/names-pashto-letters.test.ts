import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Afghan news writes names of the country in Pashto letters and in Dari's; Dari writes the Pashto letter with its own.
describe('Pashto letters against their Dari and Persian forms', () => {
  it('are one letter: ګ گ, ښ ش, ډ د, ټ ت, ړ ر, ې ی', () => {
    const m = compareNames('ګل آغا شېرزی', 'گل آغا شیرزی');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('in its Pashto and its Persian form');
    expect(compareNames('ډاکتر ښکلی', 'داکتر شکلی').same).toBe(true);
    expect(compareNames('لښکرګاه', 'لشکرگاه').same).toBe(true);
  });

  it('do not make two names one that differ in another letter', () => {
    expect(compareNames('ګل آغا', 'گل بابا').same).toBe(false);
  });
});
