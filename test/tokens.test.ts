import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenize } from '../src/index.js';
import { spansInOrder } from './support/invariants.js';
import { isArabicLetter, isArabicMark, isDigit, isSpace, isWordChar, isZeroWidth } from '../src/text/chars.js';
import { hardText } from './support/arbitraries.js';

/** The tokenizer written with the character predicates alone, as it was before its table of classes. */
function byPredicates(text: string): string[] {
  const arabic = (c: number): boolean => isArabicLetter(c) || isArabicMark(c) || c === 0x0640 || isZeroWidth(c);
  const latin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c)) {
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if ([0x2e, 0x2c, 0x066b, 0x066c].includes(d) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) i += 2;
        else break;
      }
      let kind = 'number';
      if (i < text.length && latin(text.charCodeAt(i))) {
        while (i < text.length && latin(text.charCodeAt(i))) i++;
        kind = 'word';
      }
      out.push(`${kind}:${text.slice(start, i)}`);
      continue;
    }
    if (isWordChar(c) && !isZeroWidth(c)) {
      const a = arabic(c);
      while (i < text.length && (a ? arabic(text.charCodeAt(i)) : isWordChar(text.charCodeAt(i)) && !arabic(text.charCodeAt(i)))) i++;
      let end = i;
      while (end > start + 1 && isZeroWidth(text.charCodeAt(end - 1))) end--;
      out.push(`word:${text.slice(start, end)}`);
      continue;
    }
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (isZeroWidth(c) || (c < 0x20 && c !== 0x09)) continue;
    const t = text.slice(start, i);
    out.push(`${/^\p{P}$/u.test(t) ? 'punctuation' : 'symbol'}:${t}`);
  }
  return out;
}

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
    expect(show('«نعم»، 5% $')).toEqual([
      'punctuation:«',
      'word:نعم',
      'punctuation:»',
      'punctuation:،',
      'number:5',
      'punctuation:%',
      'symbol:$',
    ]);
  });

  test('the table of character classes cuts as the character predicates do', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        expect(show(text)).toEqual(byPredicates(text));
      }),
      { numRuns: 500 },
    );
  });

  test('tokens are ordered, inside the text, equal to their slice, and never blank', () => {
    fc.assert(
      fc.property(hardText, (text) => {
        const tokens = tokenize(text);
        spansInOrder('tokens', text, tokens, { disjoint: true, nonEmpty: true });
        for (const t of tokens) expect(t.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
