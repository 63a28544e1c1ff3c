// A club's "sporting" (الرياضي, ورزشی): a word that qualifies a club's name, and after another kind of body's head
// names another body (روزنامه کیهان ورزشی, the sports paper). Its own file because the qualifier rules and the
// nisba reading of known-by.ts both need it, and known-by.ts is below the qualifier rules.

import { foldName, lettersOf } from './phonetic.js';

/** The word in Arabic, in both genders, and in Persian. */
export const SPORTING_WORDS: readonly string[] = ['الرياضي', 'الرياضية', 'ورزشی'];

const SPORTING: ReadonlySet<string> = new Set(SPORTING_WORDS.map((w) => lettersOf(foldName(w))));

/** Whether a word (as written or folded) is a club's "sporting". */
export function isSportingWord(word: string): boolean {
  return SPORTING.has(lettersOf(foldName(word.trim())));
}
