import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// الله ends many names (رام الله, نصر الله, عبد الله): it is a word of the name, not the article before له.
describe('a name ending in الله', () => {
  it('is not the first word alone with the article', () => {
    expect(compareNames('البيرة', 'بيرة الله').same).toBe(false);
    expect(compareNames('الفتح', 'فتح الله').same).toBe(false);
  });

  it('is still itself written together or apart', () => {
    expect(compareNames('فتح الله', 'فتح‌الله').same).toBe(true);
    expect(compareNames('رام الله', 'رام‌الله').same).toBe(true);
  });
});
