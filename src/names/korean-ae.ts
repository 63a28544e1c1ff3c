// The Korean vowel ae (Jae-in, Jae-myung): Arabic newsrooms write it by its romanised letters, اي (جاي), Persian
// ones by its sound, e (جه). In a name that opens with an East Asian surname, a syllable of the given name that ends
// in اي on one side and ه on the other is one syllable.

import { foldName } from './phonetic.js';
import { eastAsianSurnameSet, lowerFirst } from './name-words.js';
import type { NameMatch } from './name-match.js';

type MatchNames = (a: string, b: string, threshold: number) => NameMatch;

/** A syllable of a given name read as Persian writes the Korean ae: final اي as ه (جاي as جه). */
function asPersianAe(word: string): string {
  return word.length >= 3 && word.endsWith('اي') ? word.slice(0, -2) + 'ه' : word;
}

/**
 * Compares two names of an East Asian person (the first word a surname of the list, in both) with the Arabic syllables
 * that end in اي read with a final ه, as Persian writes the Korean ae. Returns the match, which says so, or undefined
 * when the names are not such or no syllable changed.
 */
export function koreanAe(a: string, b: string, threshold: number, matchNames: MatchNames): NameMatch | undefined {
  const surnames = eastAsianSurnameSet();
  // The first name read before the second is split: most names open with no such surname.
  const wa = foldName(a.trim()).split(/\s+/u);
  if (wa.length < 2 || !surnames.has(wa[0] ?? '')) return undefined;
  const wb = foldName(b.trim()).split(/\s+/u);
  if (wb.length < 2 || !surnames.has(wb[0] ?? '')) return undefined;
  const [ra, rb] = [wa.map((w, k) => (k === 0 ? w : asPersianAe(w))), wb.map((w, k) => (k === 0 ? w : asPersianAe(w)))];
  const changed = ra.some((w, k) => w !== wa[k]) || rb.some((w, k) => w !== wb[k]);
  if (!changed) return undefined;
  const m = matchNames(ra.join(' '), rb.join(' '), threshold);
  if (!m.same || m.reason.kind === 'partial') return undefined;
  const detail = `اي and ه both write the Korean vowel ae (by its letters and by its sound); ${lowerFirst(m.reason.detail)}`;
  return { ...m, score: m.score * 0.95, reason: { ...m.reason, kind: 'transliteration', detail } };
}
