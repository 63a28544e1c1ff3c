// Persian names a maker by the thing it makes joined to سازی, making (ماشین‌سازی, تراکتورسازی, کشتی‌سازی), where an
// English name writes the thing and a word for making apart (Arak Machine Manufacturing / ماشین‌سازی اراک).

import type { LatinReading } from './latin.js';

// English words of a maker's name that say what it does with the thing named before them.
const MAKING = new Set([
  'manufacturing',
  'manufacturers',
  'manufacturer',
  'makers',
  'maker',
  'making',
  'building',
  'builders',
  'industries',
]);
const SAZI = 'سازی';

/**
 * Two Latin words, a thing and a word for making it (Tractor Manufacturing, Ship Building), against one Persian word
 * that joins سازی to the thing (تراکتورسازی, کشتی‌سازی): the thing read against the Persian word without سازی by `read`,
 * the caller's reader, with a step for سازی last. Undefined when the words are not so or the thing does not read.
 */
export function madeThing(
  latin: readonly string[],
  persian: string,
  read: (latin: string, arabic: string) => LatinReading | undefined,
): LatinReading | undefined {
  const [thing, making] = latin;
  const word = persian.trim();
  if (latin.length !== 2 || !thing || !making || !MAKING.has(making.toLowerCase()) || !word.endsWith(SAZI)) return undefined;
  const stem = word.slice(0, -SAZI.length).replace(/\u200c$/u, '');
  if (stem.length < 2) return undefined;
  const reading = read(thing, stem);
  if (!reading) return undefined;
  const step = { latin: making, arabic: SAZI, cost: 0, note: `${making} written سازی, making, which Persian joins to what is made` };
  // The word for making is translated, whatever reads the thing: the pair counts as a translation.
  return { ...reading, steps: [...reading.steps, step], how: 'translation' };
}
