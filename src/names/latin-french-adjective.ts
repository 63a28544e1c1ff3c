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

/**
 * The nisba forms of a place's Arabic-script name: of its last word, without the article, ة dropped and a final اء
 * written او (الدار البيضاء → البيضاوي, صفاقس → الصفاقسي, المنستير → المنستيري), with and without the article, masculine
 * and feminine.
 */
function nisbasOf(name: string): string[] {
  const words = name.trim().split(/\s+/u);
  const last = entityKey(words[words.length - 1] ?? '');
  const bare = last.startsWith('ال') ? last.slice(2) : last;
  if (bare.length < 3) return [];
  // The key folds ة into ه.
  const stem = bare.endsWith('اء') ? bare.slice(0, -1) + 'و' : bare.endsWith('ه') ? bare.slice(0, -1) : bare;
  // The feminine after a feminine noun (الشبيبة القبائلية): the key writes its ة as ه.
  return [stem + 'ي', 'ال' + stem + 'ي', stem + 'يه', 'ال' + stem + 'يه'];
}

/**
 * A known place's Latin name read as its nisba in an Arabic-script name, after the word it qualifies (Wydad Casablanca /
 * الوداد البيضاوي, Espérance de Tunis / الترجي التونسي): clubs and bodies of the Maghreb named in French after their
 * town, which Arabic names by the town's adjective. A reading of score 0.95, or undefined. Only for a word after the
 * first: a nisba alone is a person's or a word (الزرقاوي is not Zarqa). Without `countries`, not a country's, whose
 * adjective the demonym readings give with the translated words around it (Central Bank of Egypt / البنك المركزي المصري).
 */
export function placeAsNisba(latin: string, arabic: string, countries = true): LatinReading | undefined {
  const key = entityKey(arabic);
  if (!/[يی]ه?$/u.test(key)) return undefined;
  const place = lookupEntries(latin.trim()).find(
    (e) => e.entity.type === 'place' && (countries || e.entity.kind !== 'country') && e.ar.some((name) => nisbasOf(name).includes(key)),
  );
  if (!place) return undefined;
  return {
    score: 0.95,
    steps: [{ latin, arabic, cost: 0, note: `${latin} written as the place's nisba, its adjective (${arabic})` }],
    how: 'sounds',
  };
}
