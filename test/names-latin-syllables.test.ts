import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// A Chinese, Korean or Vietnamese given name is written in syllables, in Arabic script one word each.
describe('an East Asian name in Latin letters against Arabic script', () => {
  it('is the same person with every syllable', () => {
    expect(compareNames('Wang Qishan', 'وانغ تشي شان').same).toBe(true);
    expect(compareNames('Kim Jong-nam', 'كيم جونغ نام').same).toBe(true);
  });

  it('is another person with a syllable of the given name missing', () => {
    const m = compareNames('Wang Shan', 'وانغ تشي شان');
    expect(m.same).toBe(false);
    expect(m.reason.detail).toContain('a syllable of the given name');
    expect(compareNames('Kim Jong-nam', 'كيم نام').same).toBe(false);
  });

  it('the surname alone may still stand for the person', () => {
    expect(compareNames('Kim Jong-nam', 'كيم').reason.detail).not.toContain('a syllable of the given name');
  });
});
