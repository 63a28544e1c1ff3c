// The checks of the aligners' arguments and options, shared by alignSentences, alignTexts, matchClaims and
// compare (see src/contract/validate.ts).
import { arrayOf, callback, fail, iterable, mapped, number, string, type Check } from '../contract/validate.js';
import { languageOption } from '../text/language.js';
import type { SentenceSimilarity } from './types.js';

/** A caller's dictionary: `[sourceWord, targetWord]` or `[sourceWord, [targetWord, …]]` pairs. */
export type Dictionary = Iterable<readonly [string, string | readonly string[]]>;

const WORDS = mapped(
  (value: unknown, at) => (typeof value === 'string' || Array.isArray(value) ? value : fail(at, 'a word or an array of words', value)),
  (value, at) => (typeof value === 'string' ? value : arrayOf(string, 'words')(value, at)),
);

const ENTRY: Check<readonly [string, string | readonly string[]]> = (value, at) => {
  if (!Array.isArray(value) || value.length !== 2) return fail(at, 'a pair [sourceWord, targetWord or targetWords]', value);
  return [string(value[0], { ...at, path: `${at.path}[0]` }), WORDS(value[1], { ...at, path: `${at.path}[1]` })];
};

/**
 * A dictionary is read once per call, here, and then again where the lexicon is built, so it must be
 * something that can be read twice (an array, a Set, a Map of word to word): an iterator would come empty
 * the second time. The object itself is handed on, since the lexicon built from it is kept for that object.
 */
export const dictionary: Check<Dictionary> = (value, at) => {
  const entries = iterable<unknown>('word pairs')(value, at);
  const iterator = entries[Symbol.iterator]();
  if ((iterator as unknown) === entries) return fail(at, 'an array, Set or Map of word pairs (an iterator can be read only once)', value);
  let i = 0;
  for (let step = iterator.next(); !step.done; step = iterator.next()) ENTRY(step.value, { ...at, path: `${at.path}[${i++}]` });
  return entries as Dictionary;
};

/** The sentences to align: an array of strings (copied). */
export const sentences = arrayOf(string, 'sentences (strings)');

/** The options of {@link alignSentences} that {@link alignTexts} and {@link compare} take too. */
export const ALIGN_OPTIONS = {
  sourceLanguage: languageOption,
  targetLanguage: languageOption,
  dictionary,
  similarity: callback<SentenceSimilarity>(),
  similarityWeight: number({ min: 0, max: 100 }),
};

/** The thresholds of claim matching, for {@link matchClaims} and compare's `claims` option. */
export const CLAIM_THRESHOLDS = {
  minSurprise: number(),
  minOverlap: number({ min: 0, max: 1 }),
};
