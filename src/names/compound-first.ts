// A Persian or Arab compound given name written apart (محمد رضا, علی اکبر) against its first part alone before the
// same family name: محمد خاتمی and محمدرضا خاتمی are brothers, محمد یزدی and محمدتقی مصباح یزدی two clerics. News
// shortens a compound to its second part (جواد ظریف for محمدجواد ظریف), never to its first, which is a name of
// its own; so the first part alone names another person.

import { foldName } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';

// The given names that open compounds (محمدرضا, علیرضا, احمدرضا, حسینعلی): each is also a name alone.
const FIRSTS: ReadonlySet<string> = new Set(['محمد', 'علي', 'احمد', 'حسين', 'حسن', 'محمود'].map((w) => foldName(w)));
// The names that close them. Not any given name: in an Arab chain the word after محمد is the father's (محمد يونس
// المنفي, أحمد حسن زويل), and the same man goes by his given and family names alone; these are the seconds of
// Persian, Afghan and Shia compounds, rarely a father's name after محمد.
const SECONDS: ReadonlySet<string> = new Set(
  ['رضا', 'تقي', 'نقي', 'جواد', 'باقر', 'كاظم', 'صادق', 'مهدي', 'اكبر', 'اصغر', 'ضيا', 'ضياء', 'امين', 'حسين', 'علي'].map((w) =>
    foldName(w),
  ),
);

/** The given names that open compounds (folded): the commonest given names, each also a name alone. */
export function compoundFirsts(): ReadonlySet<string> {
  return FIRSTS;
}

/** The names that close a compound (folded), for reading a Latin word as one (Reza as رضا). */
export function compoundSeconds(): ReadonlySet<string> {
  return SECONDS;
}

/**
 * The compound given name (its two words) when the longer name's one missing word completes a compound whose first
 * part opens both names and the family name after it is kept; undefined otherwise.
 */
export function compoundFirstOnly(longer: readonly string[], missing: readonly number[]): string | undefined {
  if (missing.length !== 1) return undefined;
  const i = elementAt(missing, 0);
  if (i !== 1 || longer.length < 3) return undefined;
  const first = elementAt(longer, 0);
  const second = elementAt(longer, 1);
  if (!FIRSTS.has(first) || !SECONDS.has(second) || first === second) return undefined;
  return `${first} ${second}`;
}
