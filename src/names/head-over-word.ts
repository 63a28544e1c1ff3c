// A head before a word without the article makes a name of the word (حركة أمل, the Amal movement; مدينة بلد, the
// town of Balad); the same word with the article, alone, is the word of the language (الأمل, hope; البلد, the
// country), not the movement or the town: Arabic writes the article where the name has none only when it means the word.

import { different, type NameMatch } from './name-match.js';
import { isOrdinary, tokensOf } from './name-words.js';
import { languageOfSpelling } from './gazetteer.js';
import type { NameHead } from '../lexicon/name-heads.js';

/**
 * Within Arabic (no Persian letters on either side: Persian drops the article of Arabic names, الري / شهر ری), a
 * one-word name with the article that the lexicon knows as an ordinary word, against a head and that word without
 * the article: the word, not the thing the head names by it. Returns the finding, or undefined.
 */
export function wordWithoutItsHead(headed: string, head: NameHead, rest: string, other: string): NameMatch | undefined {
  if (languageOfSpelling(headed) === 'fa' || languageOfSpelling(other) === 'fa') return undefined;
  const [restWords, otherWords] = [tokensOf(rest), tokensOf(other)];
  if (restWords.length !== 1 || otherWords.length !== 1 || !isOrdinary(other)) return undefined;
  const [bare, articled] = [restWords[0] ?? '', otherWords[0] ?? ''];
  if (bare.startsWith('ال') || articled !== `ال${bare}`) return undefined;
  return different(
    `${other.trim()}, with the article, is an ordinary Arabic word; ${headed.trim()} names ${head.kind === 'island' ? 'islands' : `a ${head.kind}`} by the word without it.`,
  );
}
