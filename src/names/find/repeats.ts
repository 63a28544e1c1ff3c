// Last pass: a name found once is a name wherever it, or its last part, recurs in the text.
import { Finder,type Word } from './finder.js';

export function findRepeats(finder: Finder): void {
  const surnames = new Map<string, number>();
  const people = finder.found.filter((f) => f.type === 'person');
  for (const f of people) {
    const last = finder.words[f.last] as Word;
    if (last.key.length >= 3 && !finder.v.particles.has(last.key) && !finder.v.stopwords.has(last.key)) surnames.set(last.key, f.last);
    const first = finder.words[f.first] as Word;
    // A name of one word, or a first word that is not a given name, is the name itself (تاسماغامبيتوف).
    if (f.first === f.last || (!finder.isGivenNameKey(first.key) && first.key.length >= 4)) surnames.set(first.key, f.first);
  }
  if (surnames.size === 0) return;
  // A name of one word found with a proclitic on it (لسينسبري, "of Sainsbury's", after a title) whose bare
  // word is a name found elsewhere in the text: the proclitic is no part of the name.
  for (const f of people) {
    if (finder.language !== 'ar' || f.first !== f.last || f.prefix > 0) continue;
    const key = (finder.words[f.first] as Word).key;
    const bare = finder.stems(key).find((s) => s.prefix > 0 && s.stem.length >= 4 && surnames.get(s.stem) !== undefined && surnames.get(s.stem) !== f.first);
    if (bare) f.prefix = bare.prefix;
  }
  for (let i = 0; i < finder.words.length; i++) {
    const w = finder.words[i] as Word;
    if (w.kind !== 'word' || finder.owner[i] || w.maksura || (finder.isOrdinary(i) && !finder.isGivenName(i))) continue;
    for (const { stem, prefix } of finder.stems(w.key)) {
      if (surnames.has(stem)) {
        finder.add({ first: i, last: i, prefix, type: 'person', cue: 'repeated' });
        break;
      }
    }
  }
}
