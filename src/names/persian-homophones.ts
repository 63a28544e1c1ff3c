// Letters Persian says alike: the Arabic alphabet gave it ت and ط for t, and the spellings of an Iranian, Afghan or
// Tajik place's name differ in which of them they write (تهران / طهران, تخار / طخار, تالقان / طالقان): an older
// spelling keeps the ط of the Arabic form, a newer one the plain Persian ت. Not ز ذ ض ظ, س ص ث or ه ح, which Persian
// says alike too: with ذ, ض, ص or ح a place's name is as often an Arabic word or name (ذابل, withered; حمدان).

import type { GazetteerEntry } from './gazetteer.js';
import { matched, type NameMatch } from './name-match.js';
import { describeEntity } from './match-describe.js';
import { isGivenName, isOrdinary, tokensOf } from './name-words.js';
import { nativeShape } from './arabic-roots.js';
import { PERSIAN_COUNTRIES } from './known-spelling.js';
import { alignSpellings, foldName, lettersOf, skeletonSize, type AlignedLetters } from './phonetic.js';

/** The letters Persian says as one sound that a place's spellings trade. */
const HOMOPHONES: readonly string[] = ['تط'];

const homophone = (st: AlignedLetters): boolean =>
  st.kind === 'variant' && HOMOPHONES.some((c) => c.includes(st.a) && c.includes(st.b) && st.a !== st.b);

/**
 * A one-word spelling of a place of Iran, Afghanistan or Tajikistan that differs from one of its Persian names only
 * in letters Persian says alike (at most two of them), in a name of three consonants or more that is no ordinary
 * word, given name or word of Arabic shape: the place, spelled with the other letter.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * compareNames('تخار', 'طخار').same; // => true
 * // A given name the other letter makes, not the town:
 * compareNames('همدان', 'حمدان').same; // => false
 * ```
 */
export function persianHomophoneSpelling(name: string, entry: GazetteerEntry): NameMatch | undefined {
  const country = entry.entity.id.split('/')[0] ?? '';
  if (entry.entity.type !== 'place' || !PERSIAN_COUNTRIES.has(country) || tokensOf(name).length !== 1 || isOrdinary(name)) return undefined;
  const word = lettersOf(foldName(name));
  // Not a given name or a word of Arabic shape, which the other letter makes of it (حمدان against همدان).
  if (isGivenName(name) || nativeShape(word)) return undefined;
  for (const listed of entry.fa) {
    const other = lettersOf(foldName(listed));
    if (tokensOf(listed).length !== 1 || skeletonSize(other) < 3) continue;
    const changed = alignSpellings(word, other).steps.filter((st) => st.kind !== 'same');
    if (changed.length === 0 || changed.length > 2 || !changed.every(homophone)) continue;
    const letters = changed.map((st) => `${st.a} where its Persian name writes ${st.b}`).join(', and ');
    return matched(
      'convention',
      0.9,
      `${name.trim()} is ${describeEntity(entry.entity)}, spelled with ${letters}: Persian says the two letters alike, and spellings of a place differ in which they write.`,
      entry.entity,
    );
  }
  return undefined;
}
