/**
 * What a stem candidate may be looked up as: a word (anything in the dictionary), or — after a Persian
 * verbal prefix or personal ending was stripped — a past stem (گفت), a present stem (گو), or either.
 */
export type StemKind = 'word' | 'past' | 'present' | 'verb';

/**
 * One reading of a word as a stem plus affixes, proposed by a light stemmer ({@link arabicStemCandidates},
 * {@link persianStemCandidates}) and confirmed or rejected by a dictionary.
 */
export interface StemCandidate {
  /** The stem, in folded form (see `normalize`). */
  readonly key: string;
  /** How many affixes were stripped to reach it: 0 for the word itself. */
  readonly cost: number;
  /** Which entries it may match: only verb stems of that kind when a verbal affix was stripped. */
  readonly kind: StemKind;
}

/**
 * Orders candidates by the fewest affixes stripped, then by the longest stem, and drops repeated readings
 * (keeping the first, best one). A dictionary that takes the first candidate it knows then prefers the
 * most conservative analysis.
 */
export function rankCandidates(candidates: StemCandidate[]): StemCandidate[] {
  candidates.sort((a, b) => a.cost - b.cost || b.key.length - a.key.length);
  const seen = new Set<string>();
  const out: StemCandidate[] = [];
  for (const c of candidates) {
    const id = `${c.kind}:${c.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(c);
  }
  return out;
}
