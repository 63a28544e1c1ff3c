import { describe, expect, it } from 'vitest';
import { compareNames } from '../src/index.js';

// The English article written out in Arabic script (ذا before a consonant, ذي before a vowel), as some Arab
// newsrooms write the names of English papers and bands; others write the Arabic article or nothing.
describe('the English article written out in Arabic script', () => {
  it('is the article of a Latin name that opens with The', () => {
    const m = compareNames('The Telegraph', 'ذا تلغراف');
    expect(m.same).toBe(true);
    expect(m.reason.kind).toBe('convention');
    expect(m.reason.detail).toMatch(/^ذا writes the English article the/u);
    expect(compareNames('ذي أوبزرفر', 'The Observer').same).toBe(true);
  });

  it('is the article before a name the gazetteer knows with ال, in Arabic and against Persian', () => {
    expect(compareNames('ذا غارديان', 'الغارديان').same).toBe(true);
    const m = compareNames('ذا غارديان', 'گاردین');
    expect(m.same).toBe(true);
    expect(m.reason.detail).toContain('writes the English article');
  });

  it('is not read so in an Arabic name of its own or against a Latin name without The', () => {
    // ذي قار, ذو الفقار: Arabic names that open with ذي, ذو; nothing known follows.
    expect(compareNames('ذي قار', 'قار').reason.detail).not.toContain('English article');
    expect(compareNames('ذا تلغراف', 'Telegraph').reason.detail).not.toContain('English article');
    expect(compareNames('ذا تلغراف', 'The Independent').same).toBe(false);
  });
});
