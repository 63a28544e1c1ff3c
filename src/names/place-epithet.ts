// A known town written with a word after its name that is no part of it: an epithet of honour news gives the holy
// cities (كربلاء المقدسة, مشهد مقدس, کربلای معلی, قم المقدسة) or the adjective of its country, which tells it from a
// town of the same name elsewhere (طرابلس الليبية, Tripoli in Libya, not in Lebanon). The town with the word is the
// town; a word that makes another place (الجديدة, شمالی) is a qualifier instead (place-qualifiers.ts).

import type { GazetteerEntry } from './gazetteer.js';
import { bestSpelling } from './known-spelling.js';
import { namesCountry } from './latin-demonym.js';
import type { NameMatch } from './name-match.js';
import { describeEntity } from './match-describe.js';
import { foldName } from './phonetic.js';

/** Epithets of the holy cities in Arabic and Persian ("holy", "noble", "most noble", "honoured", "illumined", "exalted"). */
const EPITHETS: ReadonlySet<string> = new Set(
  'المقدسة المقدس مقدس مقدسه الأشرف اشرف الشريف شریف المكرمة مکرمه المنورة منوره المعلى معلی'.split(' ').map((w) => foldName(w)),
);

/** The town's name with a Persian ezafe taken off the word before the epithet (کربلای معلی → کربلا), and as written. */
function townForms(words: readonly string[]): string[] {
  const town = words.join(' ');
  const last = words[words.length - 1] ?? '';
  return last.endsWith('ای') ? [town, town.slice(0, -1)] : [town];
}

/**
 * Whether `name` is the known place `known` with an epithet or its country's adjective after it, and how: a
 * match of the town without the word, or undefined.
 */
export function placeWithEpithet(name: string, known: GazetteerEntry, threshold: number): NameMatch | undefined {
  if (known.entity.type !== 'place' || known.entity.kind !== 'city') return undefined;
  const words = name.trim().split(/\s+/u);
  const word = words[words.length - 1];
  if (words.length < 2 || word === undefined) return undefined;
  const country = known.entity.id.includes('/') ? known.entity.id.slice(0, known.entity.id.indexOf('/')) : undefined;
  const epithet = EPITHETS.has(foldName(word));
  if (!epithet && !(country && namesCountry(word, country))) return undefined;
  for (const town of townForms(words.slice(0, -1))) {
    const best = bestSpelling(town, known, threshold);
    if (!best) continue;
    const why = epithet
      ? `${word} is an epithet of honour news gives the city, no part of its name`
      : `${word} names its country, to tell it from towns of the same name elsewhere`;
    return {
      same: true,
      score: best.score,
      reason: {
        ...best.reason,
        kind: 'convention',
        entity: known.entity,
        detail: `${name.trim()} is ${describeEntity(known.entity)}: ${why}.`,
      },
    };
  }
  return undefined;
}
