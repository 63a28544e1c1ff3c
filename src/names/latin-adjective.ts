// An English adjective before a name (Blue Nile, Greater Tunb) stands after it in Arabic and Persian (النيل الأزرق,
// تنب بزرگ): words compared in order miss it, so the Latin name is also read with the adjective moved to its end.

import { ENGLISH_ADJECTIVES } from '../lexicon/english-words.js';

/**
 * A Latin name whose first word is an adjective that Arabic and Persian translate and put after the noun, with
 * that word moved to the end (Blue Nile → Nile Blue), and the word; undefined for any other name.
 */
export function adjectiveMovedAfter(latin: string): { readonly name: string; readonly adjective: string } | undefined {
  const words = latin.trim().split(/\s+/u);
  const [first] = words;
  if (words.length < 2 || !first || !ENGLISH_ADJECTIVES.has(first.toLowerCase())) return undefined;
  return { name: [...words.slice(1), first].join(' '), adjective: first };
}
