// Arabic writers leave a hamza out (راس for رأس, مارب for مأرب), but do not write one where a word has none, nor
// change its seat: a hamza inside a word that the other name does not write (فأس, an axe, against فاس, Fez), or a
// madda against a hamza (مآرب, aims, against مأرب, Marib), makes another word. A madda against a bare alef is left
// alone: Persian writes one inside a foreign name (ساموآ, لوآندا) with no other letter to say it is Persian.

import { different, type NameMatch } from './name-match.js';
import { languageOfSpelling, lookupEntries } from './gazetteer.js';

const HAMZA_ALEFS = 'أإآ';

/** Whether the letter at `i` of a word opens it (the first letter, after a space, or after the article ال). */
function opensWord(text: string, i: number): boolean {
  return i === 0 || text[i - 1] === ' ' || (i >= 2 && text.slice(i - 2, i) === 'ال' && (i === 2 || text[i - 3] === ' '));
}

/**
 * Two names in Arabic letters (no Persian letter on either side: Persian writes آ inside a foreign name, هوآوی), alike
 * but for alefs inside a word: another word when one writes a madda and the other a hamza there, or when one writes a
 * hamza (not a madda) where a known place's own spelling, the other, has none. Returns the finding, or undefined.
 */
export function hamzaAdded(a: string, b: string): NameMatch | undefined {
  if (languageOfSpelling(a) === 'fa' || languageOfSpelling(b) === 'fa') return undefined;
  const [x, y] = [a.trim(), b.trim()];
  if (x.length !== y.length || x === y) return undefined;
  let plainSide: string | undefined;
  let seats = false;
  for (let i = 0; i < x.length; i++) {
    const [p, q] = [x[i] ?? '', y[i] ?? ''];
    if (p === q) continue;
    const alefs = (HAMZA_ALEFS + 'ا').includes(p) && (HAMZA_ALEFS + 'ا').includes(q);
    if (!alefs) return undefined;
    if (opensWord(x, i)) continue;
    if (HAMZA_ALEFS.includes(p) && HAMZA_ALEFS.includes(q)) seats = true;
    // A madda against a bare alef may be Persian, which writes آ for an a after a vowel in a foreign name (ساموآ).
    else if (p === 'آ' || q === 'آ') return undefined;
    else plainSide = p === 'ا' ? x : y;
  }
  if (seats) return different(`${x} and ${y} write another hamza inside the word: two words, not one name spelled two ways.`);
  if (!plainSide) return undefined;
  const hamzaSide = plainSide === x ? y : x;
  // The place's own spelling has no hamza there, and none of its names writes one.
  const place = lookupEntries(plainSide).find((e) => e.entity.type === 'place' && e.ar.includes(plainSide) && !e.ar.includes(hamzaSide));
  if (!place) return undefined;
  return different(
    `${plainSide} is written without a hamza; ${hamzaSide} writes one inside the word, which no spelling of the name adds: another word.`,
    {
      entity: place.entity,
    },
  );
}
