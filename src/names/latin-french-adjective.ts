// A French adjective of a place in a name (Olympique Lyonnais, Stade Rennais, CS Sfaxien, Bloc Québécois) that
// Arabic and Persian write as the place's name or its nisba (أولمبيك ليون, النادي الصفاقسي, بلوک کبک): French clubs and
// parties, and Maghrebi ones named in French, are named after their town by its adjective.

import { memoize } from '../text/memo.js';
import { entityKey, lookupAdjective, lookupEntries } from './gazetteer.js';
import type { LatinReading } from './latin.js';

/**
 * The French endings of a place's adjective, each with what to put back to get the place's name, in the order they
 * are tried (Lyonnais → Lyon, its n doubled; Rennais → Rennes; Québécois → Québec; Sfaxien → Sfax; Africain →
 * Africa).
 */
const ENDINGS: readonly (readonly [ending: string, back: readonly string[]])[] = [
  ['ais', ['', 'es', 'e']],
  ['aise', ['', 'es', 'e']],
  ['ois', ['', 'e']],
  ['oise', ['', 'e']],
  ['ien', ['', 'e', 'ia']],
  ['ienne', ['', 'e', 'ia']],
  ['ain', ['a', 'e', '']],
  ['aine', ['a', 'e', '']],
];

/** The gazetteer id of the place a French adjective names, and the name found, if any. */
const placeOfAdjective: (word: string) => { id: string; name: string } | undefined = /* @__PURE__ */ memoize((word: string) => {
  if (!/^\p{Lu}/u.test(word)) return undefined;
  const lower = word.toLowerCase();
  for (const [ending, backs] of ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue;
    const stem = lower.slice(0, -ending.length);
    // A consonant doubled before the ending is one in the name (Lyonnais, Parisienne's n aside).
    const stems = /(.)\1$/u.test(stem) ? [stem, stem.slice(0, -1)] : [stem];
    for (const s of stems)
      for (const back of backs) {
        const name = s + back;
        const place = lookupEntries(name.charAt(0).toUpperCase() + name.slice(1)).find((e) => e.entity.type === 'place');
        if (place) return { id: place.entity.id, name: place.latin[0] ?? name };
      }
  }
  return undefined;
});

/** Whether a Latin word is the French adjective of a known place (Lyonnais, Parisienne). */
export function isFrenchPlaceAdjective(word: string): boolean {
  return placeOfAdjective(word.trim()) !== undefined;
}

/** Whether an Arabic-script word names a place, or is its adjective (ليون, الصفاقسي, الأفريقي). */
function namesPlace(arabic: string, id: string): boolean {
  if (lookupEntries(arabic).some((e) => e.entity.id === id) || lookupAdjective(entityKey(arabic))?.entity.id === id) return true;
  // The nisba of a town, which the gazetteer lists only for countries: the name with the article and ي (الصفاقسي).
  const key = entityKey(arabic);
  const bare = key.startsWith('ال') ? key.slice(2) : key;
  return /[يی]$/u.test(bare) && lookupEntries(bare.slice(0, -1)).some((e) => e.entity.id === id);
}

/**
 * A French adjective of a known place read as the place's Arabic-script name or nisba: a reading of score 0.95 whose
 * one step says so, or undefined.
 */
export function frenchPlaceAdjective(latin: string, arabic: string): LatinReading | undefined {
  const place = placeOfAdjective(latin.trim());
  if (!place || !namesPlace(arabic, place.id)) return undefined;
  return {
    score: 0.95,
    steps: [
      {
        latin,
        arabic,
        cost: 0,
        note: `${latin}, the French adjective of ${place.name}, written as the place's name or its nisba (${arabic})`,
      },
    ],
    how: 'sounds',
  };
}
