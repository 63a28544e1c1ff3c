// A word of a romanised Arabic name in construct with the word after it (the iḍāfa), whose final ة is said t there:
// Madinat Zayed / مدينة زايد, Haret Hreik / حارة حريك.

import { foldName, lettersOf } from './phonetic.js';
import type { LatinReading } from './latin.js';

/**
 * A word in construct with the word after it, its final ة said t (Madinat Zayed / مدينة زايد, Haret Hreik / حارة حريك,
 * Maarat al-Numan / معرة النعمان): romanisations write -at, or -et as Levantine Arabic says it. The rest of the word is
 * read against the Arabic-script word without its ة (`read` is the caller's reader), and -at or -et is that ة. Returns
 * the reading, or undefined when the words do not end so or the rest does not read.
 */
export function constructReading(
  latin: string,
  arabic: string,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const ending = latin.slice(-2).toLowerCase();
  const letters = lettersOf(foldName(arabic));
  if ((ending !== 'at' && ending !== 'et') || latin.length < 5 || !letters.endsWith('ة') || letters.length < 3) return undefined;
  const rest = read(latin.slice(0, -2), letters.slice(0, -1));
  if (!rest || (rest.how !== 'sounds' && rest.how !== 'french')) return undefined;
  const step = { latin: ending, arabic: 'ة', cost: 0.05, note: `-${ending} as ة, the ending said t in construct with the next word` };
  return { ...rest, steps: [...rest.steps, step] };
}
