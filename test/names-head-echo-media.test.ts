import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe("a media network's الإعلامية and a company's للتكنولوجيا after a name its head opens", () => {
  it('reads them as the head said again, which the short name leaves out with the head', () => {
    const m = compareNames('شبكة هيوا الإعلامية', 'هيوا');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('شبكة … الإعلامية');
    expect(compareNames('شركة بيلاتون للتكنولوجيا', 'بيلاتون').same).toBe(true);
  });

  it('needs the head before the name: without it the words name another body', () => {
    expect(compareNames('بيلاتون للتكنولوجيا', 'بيلاتون').same).toBe(false);
  });

  it('keeps two networks apart', () => {
    expect(compareNames('شبكة هيوا الإعلامية', 'كردستان').same).toBe(false);
  });
});
