// Last pass: a name found once is a name wherever it, or its last part, recurs in the text.
import { Finder } from './finder.js';
import { elementAt } from '../../contract/element-at.js';

/**
 * `carried`: the names found in the parts of the text read before this one (their word indices are no concern of
 * this part's: -1), to which this part's are added.
 */
export function findRepeats(finder: Finder, carried: Map<string, number> = new Map()): void {
  const surnames = new Map<string, number>(carried);
  const people = finder.found.filter((f) => f.type === 'person');
  for (const f of people) {
    const last = elementAt(finder.words, f.last);
    if (last.key.length >= 3 && !finder.v.particles.has(last.key) && !finder.v.stopwords.has(last.key)) surnames.set(last.key, f.last);
    const first = elementAt(finder.words, f.first);
    // A name of one word, or a first word that is not a given name, is the name itself (تاسماغامبيتوف).
    if (f.first === f.last || (!finder.isGivenNameKey(first.key) && first.key.length >= 4)) surnames.set(first.key, f.first);
  }
  for (const key of surnames.keys()) carried.set(key, -1);
  if (surnames.size === 0) return;
  // A name of one word found with a proclitic on it (لسينسبري, "of Sainsbury's", after a title) whose bare
  // word is a name found elsewhere in the text: the proclitic is no part of the name.
  for (const f of people) {
    if (finder.language !== 'ar' || f.first !== f.last || f.prefix > 0) continue;
    const key = elementAt(finder.words, f.first).key;
    const bare = finder
      .stems(key)
      .find((s) => s.prefix > 0 && s.stem.length >= 4 && surnames.get(s.stem) !== undefined && surnames.get(s.stem) !== f.first);
    if (bare) f.prefix = bare.prefix;
  }
  for (let i = 0; i < finder.words.length; i++) {
    const w = elementAt(finder.words, i);
    if (w.kind !== 'word' || finder.owner[i] || w.maksura || (finder.isOrdinary(i) && !finder.isGivenName(i))) continue;
    for (const { stem, prefix } of finder.stemsAt(i)) {
      if (surnames.has(stem)) {
        finder.add({ first: i, last: i, prefix, type: 'person', cue: 'repeated' });
        break;
      }
    }
  }
}
