import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/index.js';
import { hardText } from './support/arbitraries.js';

const show = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  test('words keep their joiners and marks; numbers keep their separators', () => {
    expect(show('می‌شود ١٬٣٤٤ كم و۲٫۵ مُحَمَّد')).toEqual(['word:می‌شود', 'number:١٬٣٤٤', 'word:كم', 'word:و', 'number:۲٫۵', 'word:مُحَمَّد']);
  });

  test('Arabic-script letters and digits are cut apart, Latin letters and digits are not', () => {
    expect(show('2025م G20 5G')).toEqual(['number:2025', 'word:م', 'word:G20', 'word:5G']);
  });

  test('scripts glued together are separate words', () => {
    expect(show('وكالةReuters')).toEqual(['word:وكالة', 'word:Reuters']);
  });

  test('a separator not followed by a digit ends the number', () => {
    expect(show('عام 2025. و1,')).toEqual(['word:عام', 'number:2025', 'punctuation:.', 'word:و', 'number:1', 'punctuation:,']);
  });

  test('punctuation and symbols', () => {
    expect(show('«نعم»، 5% $')).toEqual(['punctuation:«', 'word:نعم', 'punctuation:»', 'punctuation:،', 'number:5', 'punctuation:%', 'symbol:$']);
  });

  test('tokens are ordered, inside the text, equal to their slice, and never blank', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(t.text.trim().length).toBeGreaterThan(0);
          last = t.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});
