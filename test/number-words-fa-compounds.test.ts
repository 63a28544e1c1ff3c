import { describe, expect, it } from 'vitest';
import { persianCompoundValue, persianNumbers } from '../src/lexicon/number-words/fa.js';
import { foldText } from '../src/text/normalize.js';

// Persian compounds typed as one word (بیست‌وپنج, folded بيستوپنج) are spelled in groups, each when a word first
// opens like it (fa.ts): the answers must be those of one table of every compound of 21–999, filled from 21 up with
// the first number a spelling gives, leaving out the spellings that are one number word (سی, دویست, یکصد).
const OPTIONS = [
  { glued: true },
  { glued: true, explicitOne: true },
  { glued: true, colloquial: true },
  { glued: true, explicitOne: true, colloquial: true },
];
const spelled = (n: number, o = {}): string => foldText(persianNumbers.spell(n, o));
const oneWord = new Set([
  ...Array.from({ length: 19 }, (_, k) => k + 1).flatMap((n) => [spelled(n), spelled(n, { colloquial: true })]),
  ...[20, 30, 40, 50, 60, 70, 80, 90, 100, 200, 300, 400, 500, 600, 700, 800, 900].map((n) => spelled(n)),
  spelled(100, { explicitOne: true }),
]);
const table = new Map<string, number>();
for (let n = 21; n < 1000; n++) {
  for (const o of OPTIONS) {
    const glued = spelled(n, o);
    if (!oneWord.has(glued) && !table.has(glued)) table.set(glued, n);
  }
}

describe('Persian compounds typed as one word', () => {
  it('are read as the one table of them all reads them', () => {
    expect(table.size).toBeGreaterThan(1000);
    for (const [glued, n] of table) {
      expect(persianCompoundValue(glued)).toBe(n);
      expect(persianNumbers.isNumberWord(glued)).toBe(true);
    }
  });

  it('are nothing else: not a number word, a compound cut short or lengthened, nor a word opening like one', () => {
    const others = [
      ...oneWord,
      ...[...table.keys()].flatMap((g) => [g.slice(0, -1), `${g}ي`, `و${g}`]),
      'سياست',
      'صدا',
      'بيستم',
      'صدوبيست',
    ];
    for (const word of others) expect(persianCompoundValue(word)).toBe(table.get(word));
  });
});
