// A newspaper's or a channel's name is a title, its words as the owners chose them: within one language another form
// of a word (الشرق, the East, against الشرقية, the eastern; الخبر, the news item, against الأخبار, the news) is another
// title, and so another newspaper or channel, where the name of a ministry or a sea may say one thing in two words.

import { different, type NameMatch } from './name-match.js';
import { bareKey, tokensOf } from './name-words.js';
import { identityKey } from './phonetic.js';
import { languageOfSpelling, lookupEntries } from './gazetteer.js';
import { isHeadOf } from './translated.js';

/** The families of heads whose names are titles: newspapers and magazines, networks and channels, news agencies. */
const TITLED = new Set(['newspaper', 'network', 'agency']);

/**
 * Two names of a newspaper, a channel or an agency in one language (both heads may head one: قناة, a channel and a
 * canal), neither a known body, whose titles, the rests after the heads, do not share every word of the shorter as
 * written: two titles.
 * `same`: whether the names were found alike otherwise (two names found apart keep the reason found). The finding,
 * or undefined.
 */
export function twoTitles(
  same: boolean,
  a: string,
  b: string,
  headA: string,
  headB: string,
  restA: string,
  restB: string,
): NameMatch | undefined {
  const family = [...TITLED].find((f) => isHeadOf(headA, f) && isHeadOf(headB, f));
  if (!same || !family) return undefined;
  const [la, lb] = [languageOfSpelling(a), languageOfSpelling(b)];
  // A known body is read by its listed names, an acronym among them (خبرگزاری ایلنا / خبرگزاری کار ایران).
  if (!la || la !== lb || lookupEntries(a).length > 0 || lookupEntries(b).length > 0) return undefined;
  const key = (w: string): string => identityKey(bareKey(w));
  const [wa, wb] = [tokensOf(restA).map(key), tokensOf(restB).map(key)];
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.every((w) => longer.includes(w))) return undefined;
  return different(
    `Both name ${family === 'agency' ? 'an agency' : `a ${family}`}, but by two titles: ${restA.trim()} and ${restB.trim()} are not one title written two ways.`,
  );
}
