/* eslint-disable no-restricted-syntax -- an inner loop over typed arrays within its own bounds: elementAt() per cell
   measurably slows the aligner, so plain indexing stays here (see src/contract/element-at.ts). */
import type { Band, PathBead } from './dp.js';
import type { SentenceKeys } from './features.js';
import { postings } from './postings.js';

/**
 * Long inputs are searched in a band around a guide path instead of the whole table. The guide goes
 * through anchors: sentence pairs that share rare evidence (a number, a name, a rare word), chained in order
 * by a heaviest increasing subsequence so that stray coincidences drop out.
 */

/** Inputs up to this many table cells are searched in full. */
export const FULL_SEARCH_CELLS = 250_000;

interface AnchorPair {
  readonly i: number;
  readonly j: number;
  weight: number;
}

/** Keys found in more sentences than this on either side are too common to anchor anything. */
const MAX_OCCURRENCES = 12;

/**
 * Candidate anchors: sentence pairs that share rare keys (in at most {@link MAX_OCCURRENCES} sentences of each
 * side), weighted by the weights of the keys they share. A key repeated in
 * several places (a report quoted twice, a document repeated) offers every pairing of its occurrences, and the
 * chain keeps the consistent ones.
 */
export function anchorPairs(
  source: readonly SentenceKeys[],
  target: readonly SentenceKeys[],
  weights: Float64Array,
  minWeight: number,
): AnchorPair[] {
  const inSource = postings(source, weights.length);
  const inTarget = postings(target, weights.length);
  const pairs = new Map<number, AnchorPair>();
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k] as number;
    const is = inSource.count(k);
    const js = inTarget.count(k);
    if (w <= 0 || is === 0 || js === 0 || is > MAX_OCCURRENCES || js > MAX_OCCURRENCES) continue;
    for (let x = inSource.start[k] as number; x < (inSource.start[k + 1] as number); x++) {
      const i = inSource.items[x] as number;
      for (let y = inTarget.start[k] as number; y < (inTarget.start[k + 1] as number); y++) {
        const j = inTarget.items[y] as number;
        const id = i * (target.length + 1) + j;
        const pair = pairs.get(id);
        if (pair) pair.weight += w;
        else pairs.set(id, { i, j, weight: w });
      }
    }
  }
  return [...pairs.values()].filter((p) => p.weight >= minWeight);
}

/**
 * Candidate anchors near a first guide line (see {@link guideLine}): sentence pairs within `width` plus the
 * line's slack of where the line expects them, weighted by the keys they share. Near the line, a key that
 * recurs through a long input (a name in every paragraph, a document repeated) still anchors, which the
 * rare keys of {@link anchorPairs} alone cannot do. Keys found in more than a tenth of the target sentences
 * are left out: they pair nearly everything with everything.
 */
export function localAnchorPairs(
  source: readonly SentenceKeys[],
  target: readonly SentenceKeys[],
  weights: Float64Array,
  minWeight: number,
  line: { readonly center: Float64Array; readonly slack: Float64Array },
  width: number,
): AnchorPair[] {
  const { start, items } = postings(target, weights.length);
  const common = Math.max(MAX_OCCURRENCES, target.length / 10);
  const seen = new Int32Array(weights.length).fill(-1);
  // Where the scan of each key's sentences stopped: windows only move forward, so each list is walked once.
  const cursor = start.slice(0, weights.length);
  const pairs: AnchorPair[] = [];
  // The weight each target sentence shares with the current source sentence, and which ones have some.
  const shared = new Float64Array(target.length);
  const touched: number[] = [];
  source.forEach((s, i) => {
    const centre = line.center[i] as number;
    const w = width + (line.slack[i] as number);
    const from = Math.max(0, Math.floor(centre - w));
    const to = Math.min(target.length - 1, Math.ceil(centre + w));
    for (const k of s.keys) {
      const weight = weights[k] as number;
      const end = start[k + 1] as number;
      if (weight <= 0 || seen[k] === i || end - (start[k] as number) > common) continue;
      seen[k] = i;
      let at = cursor[k] as number;
      // The window's start goes back only where the guide line's slack grows.
      while (at > (start[k] as number) && (items[at - 1] as number) >= from) at--;
      while (at < end && (items[at] as number) < from) at++;
      cursor[k] = at;
      for (; at < end && (items[at] as number) <= to; at++) {
        const j = items[at] as number;
        if (shared[j] === 0) touched.push(j);
        shared[j] = (shared[j] as number) + weight;
      }
    }
    for (const j of touched) {
      const weight = shared[j] as number;
      if (weight >= minWeight) pairs.push({ i, j, weight });
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return pairs;
}

/** The heaviest chain of pairs increasing in both coordinates (a Fenwick tree over j keeps it O(P log P)). */
export function heaviestChain(pairs: readonly AnchorPair[], m: number): AnchorPair[] {
  const sorted = [...pairs].sort((a, b) => a.i - b.i || b.j - a.j);
  const size = m + 1;
  const treeBest = new Float64Array(size + 1);
  const treeIndex = new Int32Array(size + 1).fill(-1);
  const best = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  const query = (j: number): [number, number] => {
    // Best chain ending at a target index < j.
    let value = 0;
    let index = -1;
    for (let x = j; x > 0; x -= x & -x) {
      if ((treeBest[x] as number) > value) {
        value = treeBest[x] as number;
        index = treeIndex[x] as number;
      }
    }
    return [value, index];
  };
  const update = (j: number, value: number, index: number): void => {
    for (let x = j + 1; x <= size; x += x & -x) {
      if (value > (treeBest[x] as number)) {
        treeBest[x] = value;
        treeIndex[x] = index;
      }
    }
  };
  // Pairs with the same i are visited with j descending, so no two of them chain together.
  sorted.forEach((p, k) => {
    const [value, index] = query(p.j);
    best[k] = value + p.weight;
    prev[k] = index;
    update(p.j, best[k], k);
  });
  let end = -1;
  for (let k = 0; k < sorted.length; k++) if (end < 0 || (best[k] as number) > (best[end] as number)) end = k;
  const chain: AnchorPair[] = [];
  for (let k = end; k >= 0; k = prev[k] as number) chain.push(sorted[k] as AnchorPair);
  return chain.reverse();
}

/**
 * Drops anchors that sit off the line their neighbours draw: a key shared by a sentence and the translation
 * of a sentence far away (a name mentioned twice) survives the chain when nothing contradicts it nearby.
 * An anchor's offset from the proportional diagonal is compared with the median offset of the `window`
 * anchors on each side.
 */
export function consistentAnchors<T extends { i: number; j: number }>(
  chain: readonly T[],
  n: number,
  m: number,
  window = 4,
  tolerance = 8,
): T[] {
  const slope = n > 0 ? m / n : 1;
  const offsets = chain.map((p) => p.j - p.i * slope);
  return chain.filter((_, k) => {
    const around: number[] = [];
    for (let x = Math.max(0, k - window); x <= Math.min(chain.length - 1, k + window); x++) if (x !== k) around.push(offsets[x] as number);
    if (around.length < 2) return true;
    around.sort((a, b) => a - b);
    const median = around[Math.floor(around.length / 2)] as number;
    return Math.abs((offsets[k] as number) - median) <= tolerance + 0.1 * Math.abs(median);
  });
}

/**
 * The path through the anchors, as the target position `center[i]` expected for each source position i
 * (0..n), and the square root of the distance between the anchors around each position (`slack`).
 */
export function guideLine(n: number, m: number, chain: readonly { i: number; j: number }[]): { center: Float64Array; slack: Float64Array } {
  const points: [number, number][] = [[0, 0], ...chain.map((p): [number, number] => [p.i, p.j]), [n, m]];
  const center = new Float64Array(n + 1);
  const slack = new Float64Array(n + 1);
  for (let p = 0; p + 1 < points.length; p++) {
    const [i0, j0] = points[p] as [number, number];
    const [i1, j1] = points[p + 1] as [number, number];
    const gap = Math.sqrt(Math.max(i1 - i0, j1 - j0));
    for (let i = i0; i <= i1; i++) {
      center[i] = i1 === i0 ? j1 : j0 + ((i - i0) * (j1 - j0)) / (i1 - i0);
      slack[i] = gap;
    }
  }
  return { center, slack };
}

/**
 * A band around the path through the anchors: half-width `width` plus the square root of the distance
 * between the anchors on either side (at most `maxSlack`), so that drift between sparse anchors stays inside.
 */
export function guideBand(n: number, m: number, chain: readonly { i: number; j: number }[], width: number, maxSlack = Infinity): Band {
  const { center, slack } = guideLine(n, m, chain);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const before = center[Math.max(0, i - 1)] as number;
    const after = center[Math.min(n, i + 1)] as number;
    const w = width + Math.min(maxSlack, slack[i] as number);
    lo[i] = Math.max(0, Math.floor(Math.min(before, center[i] as number) - w));
    hi[i] = Math.min(m, Math.ceil(Math.max(after, center[i] as number) + w));
  }
  lo[0] = 0;
  hi[n] = m;
  // Every cell must be reachable and lead on: the band's edges may not step backwards.
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] as number, lo[i + 1] as number);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] as number, hi[i - 1] as number);
  return { lo, hi };
}

/** Whether the path runs along an edge of the band that is not the edge of the table (then the band was too narrow). */
export function touchesEdge(path: readonly PathBead[], band: Band, m: number): boolean {
  for (const p of path) {
    const i = p.i + p.a;
    const j = p.j + p.b;
    if ((j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m)) return true;
  }
  return false;
}
