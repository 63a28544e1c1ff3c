import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rightToLeftRuns, showBidiControls } from '../src/report/bidi.js';
import { mixedMarkdown } from '../src/report/escape-markdown.js';

const rtl = (text: string): string[] => rightToLeftRuns(text).filter((r) => r.rtl).map((r) => r.text);

describe('rightToLeftRuns', () => {
  test('an Arabic or Persian run takes the numbers it counts, never the English around it', () => {
    expect(rtl('The same place is named طاجيكستان in the Arabic text and تاجیکستان in the Dari text.')).toEqual(['طاجيكستان', 'تاجیکستان']);
    expect(rtl('The dates disagree: عام 2025 (Gregorian) and ۱۴ قوس (Solar Hijri).')).toEqual(['عام 2025', '۱۴ قوس']);
    // Between two right-to-left words, with no English letter between them, everything is one run.
    expect(rtl('counts 12 شاحنة, 1,344.5 كيلومتر and 2025-01-29 في')).toEqual(['12 شاحنة, 1,344.5 كيلومتر', '2025-01-29 في']);
    // A number with a letter before it belongs to that word, not to the run after it.
    expect(rtl('F16 طائرة')).toEqual(['طائرة']);
    expect(rtl('no right-to-left letter, 2025')).toEqual([]);
  });

  test('the runs joined are the line, for any text', () => {
    const unit = fc.constantFrom('a', 'B', ' ', '12', '۱۴', '٫', ',', '-', ':', 'عام', 'سال', '«', '»', '\u202e', '(', '.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((u) => u.join('')), (text) => {
        const runs = rightToLeftRuns(text);
        expect(runs.map((r) => r.text).join('')).toBe(text);
        // Every Arabic or Persian letter is in a right-to-left run; no English letter is.
        for (const r of runs) expect(r.text).not.toMatch(r.rtl ? /[A-Za-z]/ : /[\u0621-\u064a\u067e-\u06cc]/u);
      }),
    );
  });

  test('a long run of digits is read in one pass', () => {
    const digits = '1'.repeat(200_000);
    expect(rtl(`${digits} عام`)).toEqual([`${digits} عام`]);
    expect(rtl(`x${'1,'.repeat(100_000)}عام`)).toEqual(['عام']);
  });
});

describe('bidi controls', () => {
  test('are shown, never obeyed; marks that reorder nothing beyond their neighbours stay', () => {
    expect(showBidiControls('a\u202eb\u2066c\u2069d\u200fe')).toBe('a⟦U+202E⟧b⟦U+2066⟧c⟦U+2069⟧d\u200fe');
  });

  test('in Markdown an English line keeps its own direction: first-strong isolate, each run isolated', () => {
    expect(mixedMarkdown('named تاس\u202e here', true)).toBe('\u2068named \u2067تاس\u2069⟦U+202E⟧ here\u2069');
    expect(mixedMarkdown('تاس', true)).toBe('\u2067تاس\u2069');
    expect(mixedMarkdown('plain English', true)).toBe('plain English');
  });
});
