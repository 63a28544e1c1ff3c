// A place's former name in Latin letters against its name now in Arabic script (Soltanabad / اراک): the lists keep a
// place's historical Arabic and Persian names with the years they were used, and a Latin name that spells one of them
// closely is that place under its old name, as a report on its history writes it.

import type { GazetteerEntry } from './gazetteer.js';
import { alignLatinWords } from './compare-latin.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';
import { describeReading } from './latin.js';
import { foldName, lettersOf } from './phonetic.js';

// How closely the Latin name must spell the former name: a former name is often a word or a given name (شاهی, royal),
// which a loose reading would find in much else.
const FORMER_READING = 0.95;

/**
 * A Latin name that spells one of a known place's former Arabic-script names (`entry`, the place the other name is),
 * as the same place under its old name; undefined when it spells none.
 *
 * @example
 * ```ts
 * import { compareNames } from 'muqabala';
 * // شهسوار, Tonekabon until 1979, which the list keeps as a former name
 * compareNames('Shahsavar', 'تنکابن').same; // => true
 * ```
 */
export function formerNameRead(latin: string, other: string, entry: GazetteerEntry): NameMatch | undefined {
  if (entry.entity.type !== 'place') return undefined;
  const own = lettersOf(foldName(other));
  for (const name of entry.names) {
    if (name.form !== 'historical' || lettersOf(foldName(name.text)) === own) continue;
    const read = alignLatinWords(latin, name.text, FORMER_READING);
    if (!read || read.parts.length === 0 || read.unmatchedLatin.length > 0 || read.unmatchedArabic.length > 0) continue;
    if (read.score < FORMER_READING || read.parts.some((p) => p.reading.how === 'translation' || p.reading.how === 'letters')) continue;
    const when = name.reason ? `: ${name.reason}` : '';
    const phrases = read.parts.map((p) => describeReading(p.reading)).join(', ');
    return matched(
      'convention',
      read.score * 0.97,
      `${latin} spells ${name.text} (${phrases}), a former name of ${describeEntity(entry.entity)}${when}; ${other} is its name now.`,
      entry.entity,
    );
  }
  return undefined;
}
