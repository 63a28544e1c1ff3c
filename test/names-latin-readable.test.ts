import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableLetters, readLatin, readLatinFrench, readLatinUnmarkedFrench } from '../src/names/latin.js';
import { foldName, lettersOf } from '../src/names/phonetic.js';
import { latinDevelopmentPairs as developmentPairs } from './support/names.js';

// alignLatinWords reads no pair of word groups whose Arabic-script letters hold one outside the Latin group's
// readableLetters: that is sound only if every reader gives no reading for such a pair. Checked here on the word
// groups the alignment would try for the development pairs, and on generated words.

/** Whether some Arabic-script letter of `arabic` (folded, as the readers fold it) is outside the Latin group's readable letters. */
function unreadable(latin: string, arabic: string): boolean {
  const set = readableLetters(latin);
  return [...lettersOf(foldName(arabic))].some((c) => !set.has(c));
}

const readers = [readLatin, readLatinFrench, readLatinUnmarkedFrench];

/** The readers' answers for a pair the filter would skip (each must be undefined). */
const readings = (latin: string, arabic: string): unknown[] => readers.map((read) => read(latin, arabic));

/** Runs of one to `most` consecutive words, joined by `by`. */
function groups(words: readonly string[], most: number, by: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) for (let k = 1; k <= most && i + k <= words.length; k++) out.push(words.slice(i, i + k).join(by));
  return out;
}

describe('the readable letters of a Latin name bound its readings', () => {
  it('gives no reading for any word group of the development pairs with a letter outside them', () => {
    const pairs = developmentPairs();
    expect(pairs.length).toBeGreaterThan(50);
    let skipped = 0;
    for (const { latin, other } of pairs) {
      const latinGroups = groups(latin.split(/[\s\-–—]+/u).filter(Boolean), 2, ' ');
      const otherGroups = groups(other.split(/[\s\-–—/]+/u).filter(Boolean), 3, '');
      // Every Latin group against every Arabic-script group of the pair, as the word alignment tries them.
      for (const x of latinGroups) {
        for (const y of otherGroups) {
          if (!unreadable(x, y)) continue;
          skipped++;
          expect(readings(x, y), `${x} / ${y}`).toEqual([undefined, undefined, undefined]);
        }
      }
    }
    // The filter does skip groups here (a word against a group of words, a given name against a surname).
    expect(skipped).toBeGreaterThan(100);
  });

  it('gives no reading for generated words with a letter outside them', () => {
    const latinWord = fc.stringMatching(/^[A-Za-zéèçşšžğıñß0-9]{1,9}$/u);
    const arabicWord = fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويىةءأإآؤئپچژگکی'), { minLength: 1, maxLength: 8 })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(latinWord, arabicWord, (x, y) => {
        if (unreadable(x, y)) expect(readings(x, y), `${x} / ${y}`).toEqual([undefined, undefined, undefined]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the letters a reading writes', () => {
    // Pfizer is فايزر; MSNBC is read by its letters' names; Zinedine's -ed- is the article of -ad-Din.
    expect(unreadable('Pfizer', 'فايزر')).toBe(false);
    expect(unreadable('MSNBC', 'إم إس إن بي سي')).toBe(false);
    expect(unreadable('Zinedine', 'زين الدين')).toBe(false);
    expect(unreadable('Pfizer', 'موديرنا')).toBe(true);
  });
});
