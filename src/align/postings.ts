/* eslint-disable no-restricted-syntax -- typed arrays read within their own bounds on every step of the aligner and
   the scorer: elementAt() per read measurably slows them, so plain indexing stays here (see src/contract/element-at.ts). */
import type { SentenceKeys } from './features.js';
import { lowerBound } from '../text/lower-bound.js';

/** Where each key occurs on one side: the ascending indices of the sentences that hold it. */
export interface Postings {
  /** The sentences holding key `k` are `items[start[k] .. start[k + 1])`, ascending. */
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** How many sentences hold key `k`. */
  count(k: number): number;
  /** Distance from position `x` to the nearest sentence holding key `k`, or Infinity when none does. */
  nearest(k: number, x: number): number;
}

/** Each side is indexed once, however many steps of one alignment ask (anchors, band, scorer). */
const indexed = new WeakMap<readonly SentenceKeys[], { size: number; postings: Postings }>();

/**
 * Indexes the keys (ids below `size`) of one side, kept flat in two typed arrays since long inputs have
 * millions of occurrences.
 */
export function postings(side: readonly SentenceKeys[], size: number): Postings {
  const known = indexed.get(side);
  if (known?.size === size) return known.postings;
  const built = buildPostings(side, size);
  indexed.set(side, { size, postings: built });
  return built;
}

function buildPostings(side: readonly SentenceKeys[], size: number): Postings {
  const start = new Int32Array(size + 1);
  const last = new Int32Array(size).fill(-1);
  const each = (visit: (k: number, index: number) => void): void => {
    last.fill(-1);
    side.forEach((s, index) => {
      for (const k of s.keys) {
        if (last[k] === index) continue;
        last[k] = index;
        visit(k, index);
      }
    });
  };
  each((k) => (start[k + 1] = (start[k + 1] as number) + 1));
  for (let k = 0; k < size; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const items = new Int32Array(start[size] as number);
  const fill = start.slice(0, size);
  each((k, index) => (items[(fill[k] = (fill[k] as number) + 1) - 1] = index));

  /** The first position in the list of key k whose sentence index is ≥ x. */
  const firstAtLeast = (k: number, x: number): number =>
    lowerBound(start[k] as number, start[k + 1] as number, (at) => (items[at] as number) < x);
  return {
    start,
    items,
    count: (k) => (start[k + 1] as number) - (start[k] as number),
    nearest: (k, x) => {
      const from = start[k] as number;
      const to = start[k + 1] as number;
      const at = firstAtLeast(k, x);
      const after = at < to ? (items[at] as number) - x : Infinity;
      const before = at > from ? x - (items[at - 1] as number) : Infinity;
      return Math.min(after, before);
    },
  };
}
