// A known body named by its listed name without the generic head in front (التجارة العالمية for منظمة التجارة
// العالمية, تجارت جهانی for سازمان تجارت جهانی): once a report has named the body, it shortens it so. The
// rest must keep two words at least, in the list's order: one word alone (العالمية, جهانی) is an adjective or a
// word that names many bodies.

import { possessive } from './name-words.js';
import { entityKey, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';
import { splitHead } from './translated.js';
import { droppableHead } from '../lexicon/name-heads.js';

/** Words the short form must keep after the head is taken off. */
const MIN_WORDS_LEFT = 2;

/** The folded words of a name, the Arabic article and a ZWNJ ignored (التجارة → تجاره). */
function keys(name: string): string[] {
  return name
    .split(/[\s\u200c]+/u)
    .map((w) => entityKey(w))
    .map((w) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w))
    .filter((w) => w.length > 0);
}

/**
 * Matches a name against the listed names of a known organisation written without their generic head (برنامج,
 * اللجنة, شورای …). Returns the match, or undefined.
 */
export function matchWithoutHead(name: string, entry: GazetteerEntry): NameMatch | undefined {
  if (entry.entity.type !== 'organization') return undefined;
  const words = keys(name);
  if (words.length < MIN_WORDS_LEFT) return undefined;
  // The short form has no head of its own: with one, it names a body of that kind (جامعة التجارة).
  if (splitHead(name).head) return undefined;
  for (const listed of [...entry.ar, ...entry.fa]) {
    const split = splitHead(listed);
    if (!split.head || !droppableHead(split.head) || split.head.role !== 'institution') continue;
    const rest = keys(split.rest);
    if (rest.length !== words.length || !rest.every((w, k) => w === words[k])) continue;
    return matched(
      'convention',
      1,
      `${name.trim()} is ${describeEntity(entry.entity)} without the ${possessive(split.head.kind)} head ${split.headText}, as news shortens it once named: its list has ${listed}.`,
      entry.entity,
    );
  }
  return undefined;
}
