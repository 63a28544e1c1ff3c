// The words around each name, date and number of a sentence in the claim space: what tells two mentions of one
// fact from two facts, for the comparable mode's fact table.

import { sharedTokens } from '../align/shared-tokens.js';
import type { ClaimSpace, TokenKeys } from '../align/claim-types.js';
import { mentionContext, rareKeys } from '../align/claim-space.js';
import { elementAt } from '../contract/element-at.js';
import type { ReportBead } from '../model/types.js';
import type { Sentence } from '../segment/segment.js';
import type { PreparedDocument } from './prepared-document.js';
import type { ComparisonContext, Spot } from './context.js';

/**
 * Claim matches as beads: the matches in the order of document a's sentences, a's unmatched sentences in
 * their place, then b's unmatched sentences.
 */
export function claimBeads(
  matches: readonly { source: readonly number[]; target: readonly number[]; confidence: number; anchors: ReportBead['anchors'] }[],
  docA: PreparedDocument,
  docB: PreparedDocument,
): ReportBead[] {
  const beads: ReportBead[] = matches.map((m) => ({ a: m.source, b: m.target, confidence: m.confidence, anchors: m.anchors }));
  const usedA = new Set(matches.flatMap((m) => m.source));
  const usedB = new Set(matches.flatMap((m) => m.target));
  for (const i of docA.content) if (!usedA.has(i)) beads.push({ a: [i], b: [], confidence: 1, anchors: [] });
  beads.sort((x, y) => elementAt(x.a, 0) - elementAt(y.a, 0));
  for (const j of docB.content) if (!usedB.has(j)) beads.push({ a: [], b: [j], confidence: 1, anchors: [] });
  return beads;
}
/** How many words around two mentions are there to compare on each side. */
export const CONTEXT_WINDOW = 6;
/**
 * How facts of the two documents relate by the words around them, in the claim space: what they share, and
 * which are near at all (their surroundings share a key at least half as rare as a word of one sentence per
 * side). Each mention's surroundings are worked out once.
 */
export function factContexts(
  space: ClaimSpace,
  a: readonly Sentence[],
  b: readonly Sentence[],
): Pick<ComparisonContext, 'related' | 'near'> {
  const cache = new Map<string, TokenKeys[]>();
  const around = (side: 'a' | 'b', spot: Spot, names: boolean): TokenKeys[] => {
    const key = `${side}${spot.sentence}:${spot.start}:${spot.end}:${names}`;
    let tokens = cache.get(key);
    if (!tokens) {
      const sentence = (side === 'a' ? a : b)[spot.sentence];
      const all = (side === 'a' ? space.source : space.target)[spot.sentence];
      tokens = sentence && all ? mentionContext(all, spot.start - sentence.start, spot.end - sentence.start, CONTEXT_WINDOW, names) : [];
      cache.set(key, tokens);
    }
    return tokens;
  };
  return {
    related: (x, y, names = true) => sharedTokens(space, around('a', x, names), around('b', y, names)).evidence / space.rare,
    near: (xs, ys) => {
      const postings = new Map<number, number[]>();
      ys.forEach((y, k) => {
        for (const key of rareKeys(space, around('b', y, true), 0.5)) {
          const list = postings.get(key);
          if (list) list.push(k);
          else postings.set(key, [k]);
        }
      });
      return xs.map((x) => [...new Set([...rareKeys(space, around('a', x, true), 0.5)].flatMap((key) => postings.get(key) ?? []))]);
    },
  };
}
