// A person named by the one part of his name he is known by, against his full name: a nisba or laqab with the
// article at the end of a chain of fathers (الطبري for محمد بن جرير الطبري), or a single name without the nisba of
// his town after it (حافظ for حافظ شیرازی).

import { foldName } from './phonetic.js';
import { elementAt } from '../contract/element-at.js';
import { lookupEntries } from './gazetteer.js';
import { isGivenName, PATRONYMIC } from './name-words.js';
import { isSportingWord } from './sporting.js';

const IBN = foldName('ابن');

/** The city or region a nisba (folded, ending in ي) is made from (شیرازي: Shiraz, گنجوي: Ganja), or undefined. */
export function townOfNisba(word: string): string | undefined {
  const bare = word.startsWith('ال') ? word.slice(2) : word;
  if (bare.length < 4 || !bare.endsWith('ي')) return undefined;
  const stem = bare.slice(0, -1);
  // گنجه → گنجوی: a final ه becomes و before the ending.
  const candidates = stem.endsWith('و') ? [stem, stem.slice(0, -1) + 'ه', stem.slice(0, -1) + 'ة'] : [stem, stem + 'ه', stem + 'ة'];
  for (const c of candidates) {
    const place = lookupEntries(c).find((e) => e.entity.type === 'place' && (e.entity.kind === 'city' || e.entity.kind === 'region'));
    if (place) return place.entity.name;
  }
  return undefined;
}

/** A nisba without the article, as Persian writes one (خوارزمی, طبری): a word in ي that no given name is. */
function isNisba(word: string): boolean {
  return word.length >= 5 && word.endsWith('ي') && !isGivenName(word);
}

/**
 * Why the words of `longer` (folded) kept in the shorter name are the part the person is known by, or undefined:
 * its last two words when they are ابن and an ancestor's name (ابن خلدون); its last word alone when it has the
 * article or is a nisba and the name chains fathers with بن before it (a nisba or laqab: الطبري, الجاحظ, Persian
 * خوارزمی; a father named with the article, الوليد, is a given name and stays the father's); or its first word
 * alone of two when the second is the nisba of a town (حافظ شیرازی, نظامی گنجوی), unless the first is a given name
 * (رضا تبریزی: a family name made of a town).
 */
export function knownByPart(longer: readonly string[], missing: readonly number[]): string | undefined {
  const kept = longer.map((_, i) => i).filter((i) => !missing.includes(i));
  const n = longer.length;
  // An ancestor's name with ابن at the end, by which a scholar is known (ابن سينا, ابن خلدون, ابن النفيس).
  if (kept.length === 2 && n >= 3 && kept[0] === n - 2 && longer[n - 2] === IBN)
    return `${longer.slice(n - 2).join(' ')}, the ancestor's name with ابن that ends the full name, is the name the person is known by alone; ${longer.slice(0, n - 2).join(' ')} is left out.`;
  if (kept.length !== 1) return undefined;
  const k = elementAt(kept, 0);
  const word = elementAt(longer, k);
  if (
    k === longer.length - 1 &&
    longer.length >= 3 &&
    longer.slice(0, k).some((w) => PATRONYMIC.has(w)) &&
    ((word.startsWith('ال') && word.length > 4 && !isGivenName(word.slice(2))) || isNisba(word))
  )
    return `${word}, a nisba or laqab after a chain of fathers, is the name the person is known by alone; ${longer.slice(0, k).join(' ')} is left out.`;
  // A given name alone names nobody in particular (رضا / رضا تبریزی: Persian family names are made of towns).
  // A club's "sporting" (الرياضي) is no nisba of Riyadh.
  const second = elementAt(longer, longer.length - 1);
  const town = longer.length === 2 && k === 0 && !isGivenName(word) && !isSportingWord(second) ? townOfNisba(second) : undefined;
  if (town) return `${word} is known by that name alone; ${second}, the nisba of his town (${town}), is left out.`;
  return undefined;
}
