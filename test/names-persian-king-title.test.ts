import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('Persian ملک before a king', () => {
  it('is a title, no part of the name', () => {
    const m = compareNames('ملک محمد ششم', 'محمد السادس');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('ملک is a title');
  });

  it('is no title alone, where it is a name or a word', () => {
    expect(compareNames('ملک', 'مالك').same).toBe(false);
  });
});
