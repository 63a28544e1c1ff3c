import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// Hard negatives written for the project: a known body's acronym against an ordinary word its letters read.

describe("a known body's acronym read as a word", () => {
  it('is not an ordinary word of the language that its letters happen to read', () => {
    const m = compareNames('WADA', 'وداع');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('ordinary word');
  });

  it('still names the body as a newsroom writes it', () => {
    expect(compareNames('UNAMA', 'يوناما').same).toBe(true);
    expect(compareNames('CIA', 'سيا').same).toBe(true);
  });
});
