// A name abbreviated in Arabic script by the first letters of its words, written apart with dots (م.ت.ف for منظمة
// التحرير الفلسطينية, ج.ا.ا for جمهوری اسلامی ایران) or together as a word said as one (حمس for حركة مجتمع السلم,
// ناجا for نیروی انتظامی جمهوری اسلامی): the letters are the words' initials, the article left out.

import { foldName, lettersOf } from './phonetic.js';
import { isGivenName, tokensOf } from './name-words.js';
import type { NameMatch } from './name-match.js';

// Single Arabic-script letters, each followed by a dot, a space or a ZWNJ (the last one's dot optional).
const ABBREVIATION = /^\p{Script=Arabic}(?:[.\u200c ]+\p{Script=Arabic}){2,}\.?$/u;

/** The letters of an abbreviation written apart (م.ت.ف → متف), or undefined for any other name. */
function abbreviationLetters(name: string): string | undefined {
  const trimmed = name.trim();
  if (!ABBREVIATION.test(trimmed)) return undefined;
  return lettersOf(foldName(trimmed.replace(/[.\u200c ]/gu, '')));
}

// An acronym said as a word: one word of three to six letters.
const ACRONYM_WORD = /^\p{Script=Arabic}{3,6}$/u;

/** The letters of a name of one word that may be an acronym said as a word, or undefined. */
function acronymWordLetters(name: string): string | undefined {
  const trimmed = name.trim();
  if (!ACRONYM_WORD.test(trimmed)) return undefined;
  const letters = lettersOf(foldName(trimmed));
  return letters.length >= 3 ? letters : undefined;
}

/** The first letters of a name's words (the conjunction و left out), each without the article (منظمة التحرير الفلسطينية → متف). */
function initials(name: string): string {
  return tokensOf(name)
    .filter((w) => w !== 'و')
    .map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w).charAt(0))
    .join('');
}

/**
 * Two names of which one abbreviates the other by its words' first letters, three or more, written apart (م.ت.ف /
 * منظمة التحرير الفلسطينية) or together as a word (حمس / حركة مجتمع السلم), or undefined.
 */
export function matchInitials(a: string, b: string): NameMatch | undefined {
  const apart = abbreviationLetters(a) ? a : abbreviationLetters(b) ? b : undefined;
  if (apart) {
    const full = apart === a ? b : a;
    if (abbreviationLetters(full) || initials(full) !== abbreviationLetters(apart)) return undefined;
    return abbreviates(`${apart.trim()} abbreviates ${full.trim()} by the first letters of its words.`);
  }
  for (const [word, full] of [
    [a, b],
    [b, a],
  ] as const) {
    const letters = acronymWordLetters(word);
    const words = tokensOf(full);
    if (!letters || words.length < 3 || initials(full) !== letters) continue;
    // A person's name opens with a given name, and a given name alone is no acronym (علي / علي لاريجاني يزدي).
    if (isGivenName(words[0] ?? '') || isGivenName(word)) continue;
    return abbreviates(`${word.trim()} is an acronym said as a word, made of the first letters of the words of ${full.trim()}.`);
  }
  return undefined;
}

function abbreviates(detail: string): NameMatch {
  return { same: true, score: 1, reason: { kind: 'convention', detail, parts: [], unmatched: { a: [], b: [] }, differences: [] } };
}
