// A known body named by its full name with its short name after it, as a report introduces it (وكالة الأنباء
// الكويتية (كونا), سازمان ملل متحد (سازمان ملل)): two of its names, one after the other, name it once.

import { lookupEntries, type GazetteerEntry } from './gazetteer.js';
import { describeEntity } from './match-describe.js';
import { matched, type NameMatch } from './name-match.js';

/**
 * Matches a name made of two of a known body's listed names written one after the other (the full name, then
 * its acronym or short name, in brackets or not). Returns the match, or undefined.
 */
export function matchNameAndShort(name: string, entry: GazetteerEntry): NameMatch | undefined {
  const words = name
    .replace(/[()[\]«»"]/gu, ' ')
    .trim()
    .split(/\s+/u);
  for (let k = 1; k < words.length; k++) {
    const [first, second] = [words.slice(0, k).join(' '), words.slice(k).join(' ')];
    if (lookupEntries(first).includes(entry) && lookupEntries(second).includes(entry))
      return matched(
        'convention',
        1,
        `${name.trim()} is two names of ${describeEntity(entry.entity)} one after the other: ${first}, then ${second}.`,
        entry.entity,
      );
  }
  return undefined;
}
