import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('the Korean ae, written اي in Arabic and ه in Persian', () => {
  it('reads the syllables of a Korean given name alike', () => {
    const m = compareNames('كيم داي جونغ', 'کیم ده جونگ');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('the Korean vowel ae');
    expect(compareNames('بارك تاي هو', 'پارک ته هو').same).toBe(true);
  });

  it('needs an East Asian surname first, and keeps two given names apart', () => {
    expect(compareNames('هاني داي', 'هانی ده').same).toBe(false);
    expect(compareNames('كيم داي جونغ', 'کیم ده سونگ').same).toBe(false);
  });
});
