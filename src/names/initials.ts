// A name abbreviated in Arabic script by the first letters of its words, written apart with dots (م.ت.ف for منظمة
// التحرير الفلسطينية, ج.ا.ا for جمهوری اسلامی ایران): the letters are the words' initials, the article left out.

import { foldName, lettersOf } from './phonetic.js';
import { tokensOf } from './name-words.js';
import type { NameMatch } from './name-match.js';

// Single Arabic-script letters, each followed by a dot, a space or a ZWNJ (the last one's dot optional).
const ABBREVIATION = /^\p{Script=Arabic}(?:[.\u200c ]+\p{Script=Arabic}){2,}\.?$/u;

/** The letters of an abbreviation written apart (م.ت.ف → متف), or undefined for any other name. */
function abbreviationLetters(name: string): string | undefined {
  const trimmed = name.trim();
  if (!ABBREVIATION.test(trimmed)) return undefined;
  return lettersOf(foldName(trimmed.replace(/[.\u200c ]/gu, '')));
}

/** The first letters of a name's words, each without the article (منظمة التحرير الفلسطينية → متف). */
function initials(name: string): string {
  return tokensOf(name)
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w).charAt(0))
    .join('');
}

/**
 * Two names of which one abbreviates the other by its words' first letters, three or more, written apart (م.ت.ف /
 * منظمة التحرير الفلسطينية), or undefined.
 */
export function matchInitials(a: string, b: string): NameMatch | undefined {
  const [abbreviation, full] = abbreviationLetters(a) ? [a, b] : [b, a];
  const letters = abbreviationLetters(abbreviation);
  if (!letters || abbreviationLetters(full) || initials(full) !== letters) return undefined;
  return {
    same: true,
    score: 1,
    reason: {
      kind: 'convention',
      detail: `${abbreviation.trim()} abbreviates ${full.trim()} by the first letters of its words.`,
      parts: [],
      unmatched: { a: [], b: [] },
      differences: [],
    },
  };
}
