import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

describe('a university of technology', () => {
  it('reads Arabic للتكنولوجيا after the name as the Persian head دانشگاه صنعتی', () => {
    const m = compareNames('جامعة خواجه نصير للتكنولوجيا', 'دانشگاه صنعتی خواجه نصیر');
    expect(m.same, m.reason.detail).toBe(true);
    expect(m.reason.detail).toContain('university of technology');
    expect(compareNames('جامعة خواجه نصير للتكنولوجيا', 'دانشگاه خواجه نصیر').same).toBe(true);
  });

  it('tells it from the university named after the same town', () => {
    const m = compareNames('دانشگاه تبریز', 'دانشگاه صنعتی تبریز');
    expect(m.same, m.reason.detail).toBe(false);
    expect(m.reason.detail).toContain('two kinds of body named after one place');
    expect(compareNames('جامعة تبريز للتكنولوجيا', 'دانشگاه تبریز').same).toBe(false);
  });

  it('says a university with a vowel-letter kind takes the article a', () => {
    expect(compareNames('دانشگاه تبریز', 'دانشگاه صنعتی تبریز').reason.detail).toContain('a university and');
  });
});
