// The English "and" between two words of a name, which Arabic writes as و joined to the next word (Bank of Bahrain
// and Kuwait / بنك البحرين والكويت) and Persian most often apart (و), which the word lists already read.

import type { LatinReading } from './latin.js';

const AND = /^and$/iu;
// و joined to a word of three letters or more after it (والكويت, وتونس); a shorter rest is too often a word of its own.
const JOINED_AND = /^\s*و(?=\S{3})/u;

/**
 * A Latin "and" with the word after it (`and`, `word`) against one Arabic-script word that joins و to that word's
 * counterpart (والكويت): the word read against the Arabic-script word without its و by `read`, the caller's reader,
 * with a step for the conjunction last (the reading's first step stays the word's own). Undefined when the Latin is
 * not "and" and a word, the Arabic-script word opens with no و, or the rest does not read.
 */
export function andJoined(
  latin: readonly string[],
  arabic: string,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const [and, word] = latin;
  if (latin.length !== 2 || !and || !word || !AND.test(and) || !JOINED_AND.test(arabic)) return undefined;
  const rest = arabic.replace(JOINED_AND, '');
  const reading = read(word, rest);
  if (!reading) return undefined;
  const step = { latin: and, arabic: 'و', cost: 0, note: 'and written و, joined to the next word as Arabic writes it' };
  return { ...reading, steps: [...reading.steps, step] };
}

/** Whether a Latin name joins two of its words with "and", so that an Arabic-script word may carry it as و. */
export function hasAnd(latinWords: readonly string[]): boolean {
  return latinWords.some((w) => AND.test(w));
}
