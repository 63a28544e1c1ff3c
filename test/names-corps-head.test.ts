import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a corps is a force', () => {
  it('reads فيلق as a force head', () => {
    const m = compareNames('فيلق بدر', 'قوات بدر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(compareNames('فيلق بدر', 'نیروی بدر').same).toBe(true);
  });

  it('keeps two corps apart', () => {
    expect(compareNames('فيلق الرحمن', 'فيلق الشام').same).toBe(false);
  });
});
