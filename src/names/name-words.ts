// The words of a name as the comparison reads them: honorifics and particles taken off, given names, words
// frequent or ordinary enough that a match on them alone proves little.

import { isArabicLetter } from '../text/chars.js';
import { elementAt } from '../contract/element-at.js';
import { foldName, foldWords } from './phonetic.js';
import { entityKey, languageOfSpelling, lookupEntries, lookupAdjective, withoutArticle } from './gazetteer.js';
import { isCommonWord, vocabulary } from './vocabulary.js';
import { isDictionaryWord } from './lexicon-words.js';
import { EAST_ASIAN_SURNAME_SPELLINGS } from '../lexicon/given-names.js';
import { memoize } from '../text/memo.js';

// Words before a name that are not part of it.
export const HONORIFICS = new Set(['السيد', 'السيده', 'الشيخ', 'اقاي', 'خانم', 'الدكتور', 'دكتر', 'سيد'].map((w) => foldName(w)));
const SAYYID = foldName('سيد');
// Particles that say "son of" / "daughter of": what follows them is the father's name.
export const PATRONYMIC = new Set(['بن', 'ابن', 'بنت'].map((w) => foldName(w)));
// The same with the Mauritanian ولد (son of), which a title does not stand before (سلطان بن زايد, محمد ولد الغزواني).
export const FATHER_PARTICLES: ReadonlySet<string> = new Set([...PATRONYMIC, foldName('ولد')]);
// Words that join the parts of one name and that a transliteration may leave out.
export const PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ال', 'ابو', 'ولد'].map((w) => foldName(w)));
// Longer strings are not names; aligning them word by word would cost time for nothing.
export const MAX_WORDS = 10;
export const MAX_LETTERS = 80;
export function tokensOf(name: string): string[] {
  const folded = foldName(name);
  const tokens: string[] = [];
  let word = '';
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0x20;
    if (isArabicLetter(c)) word += folded.charAt(i);
    else if (word) {
      tokens.push(word);
      word = '';
    }
  }
  // سيد is also a given name (سيد قطب, سيد درويش): an honorific only before a full name (سید علی خامنه‌ای).
  while (tokens.length > 1 && HONORIFICS.has(elementAt(tokens, 0)) && !(tokens[0] === SAYYID && tokens.length < 3)) tokens.shift();
  return tokens;
}
/**
 * Whether a name of one word is a frequent word of its language (or of either, when its letters do not say which).
 * Remembered: the comparisons of names ask it of the same names again and again.
 */
export const isFrequentWord: (name: string) => boolean = /* @__PURE__ */ memoize((name: string): boolean => {
  const key = entityKey(name);
  const language = languageOfSpelling(name);
  return language ? isCommonWord(key, language) : isCommonWord(key, 'ar') || isCommonWord(key, 'fa');
});
/** A word without the Persian ezafe after a final vowel (کارولینای → کارولینا), for a word another follows. */
export function withoutEzafe(word: string): string {
  return word.length > 3 && (word.endsWith('اي') || word.endsWith('وي')) ? word.slice(0, -1) : word;
}
export function bareKey(word: string): string {
  const key = entityKey(word);
  return withoutArticle(key) ?? key;
}
export function joinPhrases(phrases: readonly string[]): string {
  const unique = [...new Set(phrases)];
  return unique.length <= 1 ? (unique[0] ?? '') : `${unique.slice(0, -1).join(', ')} and ${elementAt(unique, unique.length - 1)}`;
}
export function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
export function lowerFirst(s: string): string {
  // A sentence that opens with a Latin name (Reuters is …, AFP is …) keeps its capital.
  const first = /^[A-Z][^\s,;:]*/u.exec(s)?.[0];
  if (first && !SENTENCE_OPENERS.has(first)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}
// The English words a finding's sentence opens with, which lowerFirst lowers inside a longer sentence.
const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'The',
  'Both',
  'One',
  'Only',
  'An',
  'A',
  'Two',
  'Each',
  'Too',
  'Words',
  'Its',
  'It',
]);
/**
 * Whether a name of one word is an ordinary word of its language (قطار, جاده, مدرن), and no known name. Remembered:
 * the comparisons of names ask it of the same names again and again.
 */
export const isOrdinary: (name: string) => boolean = /* @__PURE__ */ memoize((name: string): boolean => {
  const words = tokensOf(name);
  if (words.length !== 1) return false;
  const key = entityKey(name);
  const language = languageOfSpelling(name);
  return lookupEntries(name).length === 0 && !lookupAdjective(key, language) && isDictionaryWord(key, language);
});
// Common Chinese, Korean and Vietnamese surnames as Arabic and Persian write them (folded), which open a name.
export let eastAsianSurnames: ReadonlySet<string> | undefined;
export function eastAsianSurnameSet(): ReadonlySet<string> {
  eastAsianSurnames ??= new Set(EAST_ASIAN_SURNAME_SPELLINGS.split(' ').map((w) => foldName(w)));
  return eastAsianSurnames;
}
/** Whether an Arabic word (folded or not) is feminine by its ending, ة (ه once folded): an adjective's gender. */
export function isFeminine(word: string): boolean {
  return /[ةه]$/u.test(foldWords(word));
}

// Second parts of compound given names (احمد شاه, سراج الدين): without them the given name is another.
export const COMPOUND_SECONDS = new Set(['شاه', 'الدين', 'الله'].map((w) => foldName(w)));
export function isGivenName(word: string): boolean {
  return vocabulary('ar').givenNames.has(entityKey(word));
}

/** A kind of thing in the possessive, for "the brigades' head" as for "the river's head". */
export function possessive(kind: string): string {
  return kind.endsWith('s') ? `${kind}'` : `${kind}'s`;
}
