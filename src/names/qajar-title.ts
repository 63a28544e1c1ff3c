// Titles of the Qajar court built on a word and a word for the state (مصدق‌السلطنه, قوام‌السلطنه, وثوق‌الدوله,
// مشیرالدوله): when Iran made family names law in 1925, many who bore one took its first word as their
// family name (Mossadegh, Qavam, Vosough). The title and the later name are one man, as the history books write him
// both ways. Not the older titles on الملک (نظام‌الملک was a Seljuk vizier's, and no family name came of it).

import { foldName, lettersOf } from './phonetic.js';
import type { NameMatch } from './name-match.js';

/** The words for the state a Qajar title closes on, folded: the sultanate, the state. */
const STATE_WORDS: ReadonlySet<string> = new Set(['السلطنه', 'السلطنة', 'الدوله', 'الدولة'].map((w) => lettersOf(foldName(w))));

/** A word and its state word, written joined, with a joiner or apart: the word, or undefined. */
function titleWord(words: readonly string[]): string | undefined {
  if (words.length === 2 && STATE_WORDS.has(lettersOf(foldName(words[1] ?? '')))) return words[0];
  // Written as one word (مشیرالدوله): the word before the state word, of three letters or more.
  const one = words.length === 1 ? lettersOf(foldName(words[0] ?? '')) : '';
  for (const state of STATE_WORDS) if (one.length >= state.length + 3 && one.endsWith(state)) return one.slice(0, -state.length);
  return undefined;
}

/** A name's words, with the parts a zero-width non-joiner keeps apart read as words. */
const wordsOf = (name: string): string[] =>
  name
    .trim()
    .split(/[\s\u200c]+/u)
    .filter(Boolean);

/**
 * A Qajar court title against a name whose family name is the title's first word (قوام‌السلطنه / احمد قوام): the man
 * who bore the title and took that word as his family name. `compare` matches the word against the name. The match
 * that says so, or undefined.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('قوام‌السلطنه', 'احمد قوام').same; // => true
 * compareNames('قوام‌السلطنه', 'احمد وثوق').same; // => false
 * ```
 */
export function qajarTitleName(a: string, b: string, compare: (a: string, b: string) => NameMatch): NameMatch | undefined {
  const [wa, wb] = [wordsOf(a), wordsOf(b)];
  const [ta, tb] = [titleWord(wa), titleWord(wb)];
  if ((ta === undefined) === (tb === undefined)) return undefined;
  const [title, word, other] = ta !== undefined ? [a, ta, b] : [b, tb ?? '', a];
  const otherWords = wordsOf(other);
  // The other name must end in the word: the family name the title gave (احمد قوام), not a given name before it.
  if (otherWords.length < 2 || lettersOf(foldName(otherWords[otherWords.length - 1] ?? '')) !== lettersOf(foldName(word))) return undefined;
  const m = compare(word, other);
  if (!m.same) return undefined;
  const detail = `${title.trim()} is a title of the Qajar court built on ${word}, which its bearer took as his family name (${other.trim()}).`;
  return { ...m, score: Math.min(m.score, 0.8), reason: { ...m.reason, kind: 'convention', detail } };
}
