// A romanised Arabic or Persian given name against a listed one: Latin letters leave the short and long vowels of
// Arabic ambiguous, so a name may fit two listed names (Rashid: راشد and رشيد), but one that reads closer as another
// listed name is that name (Hassan is حسن, not حسين; Mahmoud is محمود, not محمد).

import { closerNativeNames } from './native-names.js';
import { foldName, lettersOf } from './phonetic.js';
import { readableLetters, readLatin, type LatinReading } from './latin.js';
import { vocabulary } from './vocabulary.js';
import { memoize } from '../text/memo.js';

// How much closer, and how close, the other name must read: a tie is the ambiguity of Latin vowels.
const MARGIN = 0.04;
const CLOSE = 0.95;

/**
 * The listed given name that a Latin word reads clearly closer to than to the listed given name `arabic` it was
 * read as, or undefined: then both may be it (Hamid for حامد and حميد).
 */
export function closerGivenName(latin: string, arabic: string, reading: LatinReading): string | undefined {
  if (/\s/u.test(latin.trim()) || /\s/u.test(arabic.trim()) || reading.how === 'letters' || reading.how === 'translation') return undefined;
  const own = lettersOf(foldName(arabic));
  // With the article the word names a place or a thing as often as a person (النعمة, a town): not weighed here.
  if (own.startsWith('ال')) return undefined;
  const others = closerNativeNames(own);
  if (others.length === 0) return undefined;
  const score = Math.max(reading.score, readLatin(latin, own)?.score ?? 0);
  let best: { name: string; score: number } | undefined;
  for (const name of others) {
    const s = readLatin(latin, name)?.score ?? 0;
    if (s >= CLOSE && s >= score + MARGIN && (!best || s > best.score)) best = { name, score: s };
  }
  return best?.name;
}

// How closely a Latin word must read as a listed given name to be taken for it when nothing else is known of it.
const GIVEN = 0.9;

/**
 * The listed given name (folded, Arabic or Persian) a single Latin word reads as most closely (Uday as عدي, Maryam as
 * مريم), or undefined when it reads as none: what lets a Latin name's opening be weighed as a given name.
 */
export const givenNameRead: (latin: string) => string | undefined = /* @__PURE__ */ memoize((latin: string) => {
  if (/[\s-]/u.test(latin.trim())) return undefined;
  // A name can write only letters some reading of the Latin writes: most listed names are passed over unread.
  const letters = readableLetters(latin);
  let best: { name: string; score: number } | undefined;
  for (const name of vocabulary('ar').givenNames) {
    if (![...name].every((c) => letters.has(c))) continue;
    const score = readLatin(latin, name)?.score ?? 0;
    if (score >= GIVEN && (!best || score > best.score)) best = { name, score };
  }
  return best?.name;
});
