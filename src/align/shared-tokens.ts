// How much two bags of words share in a claim space: the matching of their rare keys, with scratch arrays kept
// between calls (the mode decision and the fact matching ask it for thousands of pairs).

import { elementAt } from '../contract/element-at.js';
import { type SharedContent } from './claim-types.js';
import { type ClaimSpace } from './claim-types.js';
import { type TokenKeys } from './claim-types.js';
import { nearPlace } from './near-place.js';
import type { Anchor } from './types.js';

/** Up to this many pairs of holders of one key, every holder on the left is weighed against every one on the right. */
export const ALL_HOLDERS = 32 * 32;
export const HOLDER_WINDOW = 16;
/** How much two groups share: the weighed evidence, and the share of what they could share (see {@link SharedContent}). */

export interface SharedAmount {
  readonly evidence: number;
  readonly overlap: number;
}
/**
 * What two bags of words share, word by word: each word of one side pairs with at most one word of the
 * other, by its strongest shared key (a word and its translation share a concept, a name and its
 * transliteration a skeleton), so that a word with several keys does not count several times.
 */

export function sharedTokens(space: ClaimSpace, left: readonly TokenKeys[], right: readonly TokenKeys[]): SharedContent {
  const anchors: Anchor[] = [];
  const { evidence, overlap } = shareOf(space, left, right, anchors);
  return { evidence, overlap, anchors };
}
/** A bag's keys indexed: the words holding each key (in order), how many hold it, and the bag's potential. */
export interface BagIndex {
  readonly holders: Map<number, number[]>;
  /** A word's potential summed: its strongest key that the other side has at all (see {@link shareOf}). */
  readonly potential: number;
}
/** Bags indexed, per space: the claim matcher weighs each sentence against many others. */
export const bagIndices = new WeakMap<ClaimSpace, WeakMap<readonly TokenKeys[], BagIndex>>();
export function bagIndex(space: ClaimSpace, tokens: readonly TokenKeys[]): BagIndex {
  let known = bagIndices.get(space);
  if (!known) bagIndices.set(space, (known = new WeakMap()));
  let index = known.get(tokens);
  if (!index) {
    const holders = new Map<number, number[]>();
    let potential = 0;
    tokens.forEach((t, y) => {
      let strongest = 0;
      for (const k of t.keys) {
        const list = holders.get(k);
        if (list) list.push(y);
        else holders.set(k, [y]);
        if (space.shareable[k]) strongest = Math.max(strongest, elementAt(space.weights, k));
      }
      potential += strongest;
    });
    known.set(tokens, (index = { holders, potential }));
  }
  return index;
}
/** Scratch space of {@link shareOf}, grown as needed and reused: measuring a pair allocates nothing in the common case. */
export let candidateX = new Int32Array(64);
export let candidateY = new Int32Array(64);
export let candidateW = new Float64Array(64);
export let candidateK = new Int32Array(64);
/** For each word of the right bag, its candidate with the word of the left bag being read (or -1). */
export let bestAt = new Int32Array(64).fill(-1);
export let usedX = new Uint8Array(64);
export let usedY = new Uint8Array(64);
export function growCandidates(size: number): void {
  const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
    const b = make(Math.max(size, a.length * 2));
    b.set(a);
    return b;
  };
  candidateX = grow(candidateX, (n) => new Int32Array(n));
  candidateY = grow(candidateY, (n) => new Int32Array(n));
  candidateW = grow(candidateW, (n) => new Float64Array(n));
  candidateK = grow(candidateK, (n) => new Int32Array(n));
}
/**
 * The work of {@link sharedTokens}: candidate pairs of words, strongest first, each word used once. With
 * `anchors`, the pairs taken are written into it.
 */

export function shareOf(
  space: ClaimSpace,
  left: readonly TokenKeys[],
  right: readonly TokenKeys[],
  anchors: Anchor[] | undefined,
): SharedAmount {
  const { weights } = space;
  const rightIndex = bagIndex(space, right);
  const index = rightIndex.holders;
  const leftIndex = bagIndex(space, left);
  // How many words of the left side hold each key, and how many were seen so far: a word held many times on
  // both sides (a long text that repeats itself) is weighed only against the holders at about its place.
  const holders = leftIndex.holders;
  let seen: Map<number, number> | undefined;
  if (bestAt.length < right.length) bestAt = new Int32Array(Math.max(right.length, bestAt.length * 2)).fill(-1);
  let n = 0;
  for (let x = 0; x < left.length; x++) {
    const t = elementAt(left, x);
    const first = n;
    for (const k of t.keys) {
      const list = index.get(k);
      if (!list) continue;
      const count = (holders.get(k) as number[]).length;
      let from = 0;
      let to = list.length;
      if (count * list.length > ALL_HOLDERS) {
        // Only the keys held too often to weigh every pair need the rank of this holder among the left's.
        seen ??= new Map();
        const rank = seen.get(k) ?? 0;
        seen.set(k, rank + 1);
        [from, to] = nearPlace(rank, count, list.length, ALL_HOLDERS, HOLDER_WINDOW);
      }
      const lexicon = space.kinds[k] === 'lexicon';
      for (let i = from; i < to; i++) {
        const y = elementAt(list, i);
        const senses = lexicon ? Math.sqrt(Math.max(1, t.senses) * Math.max(1, elementAt(right, y).senses)) : 1;
        const w = elementAt(weights, k) / senses;
        const at = elementAt(bestAt, y);
        if (at < 0) {
          if (n === candidateX.length) growCandidates(n + 1);
          bestAt[y] = n;
          candidateX[n] = x;
          candidateY[n] = y;
          candidateW[n] = w;
          candidateK[n] = k;
          n++;
        } else if (w > elementAt(candidateW, at)) {
          candidateW[at] = w;
          candidateK[at] = k;
        }
      }
    }
    for (let c = first; c < n; c++) bestAt[elementAt(candidateY, c)] = -1;
  }
  const mass = leftIndex.potential + rightIndex.potential;
  if (n === 0) return NOTHING_SHARED;
  // Strongest first; equal weights keep the order they were found in.
  const order = new Array<number>(n);
  for (let c = 0; c < n; c++) order[c] = c;
  const cw = candidateW;
  order.sort((p, q) => elementAt(cw, q) - elementAt(cw, p) || p - q);
  if (usedX.length < left.length) usedX = new Uint8Array(Math.max(left.length, usedX.length * 2));
  if (usedY.length < right.length) usedY = new Uint8Array(Math.max(right.length, usedY.length * 2));
  let evidence = 0;
  for (const c of order) {
    const x = elementAt(candidateX, c);
    const y = elementAt(candidateY, c);
    if (usedX[x] || usedY[y]) continue;
    usedX[x] = 1;
    usedY[y] = 1;
    evidence += elementAt(cw, c);
    if (anchors) {
      const k = elementAt(space.kinds, elementAt(candidateK, c));
      const kind = k === 'word' && space.crossLanguage ? 'cognate' : k;
      anchors.push({ kind, source: elementAt(left, x).surface, target: elementAt(right, y).surface });
    }
  }
  for (let c = 0; c < n; c++) {
    usedX[elementAt(candidateX, c)] = 0;
    usedY[elementAt(candidateY, c)] = 0;
  }
  return { evidence, overlap: mass > 0 ? (2 * evidence) / mass : 0 };
}
export const NOTHING_SHARED: SharedAmount = Object.freeze({ evidence: 0, overlap: 0 });
