// The word alignment under every name comparison: the words of two names in order, each word either left
// without a counterpart (at its weight) or matched in a group of up to a few words against a group of the
// other name (إمام علي / امامعلی, TikTok / تيك توك). The caller scores a pair of groups; this finds the
// cheapest path. Shared by the Arabic-script comparison and the Latin one.

import { elementAt } from '../contract/element-at.js';

/** One step of the cheapest path: from word positions `from` to `to`, a matched pair of groups or a skipped word. */
export interface GroupStep<P> {
  readonly from: readonly [number, number];
  readonly to: readonly [number, number];
  /** The pair of groups matched, as the scorer described it; absent for a word left without a counterpart. */
  readonly part?: P;
}

/** How the scorer prices a pair of groups: undefined when they cannot be one another. */
export type GroupScorer<P> = (i: number, k: number, j: number, l: number) => { readonly cost: number; readonly part: P } | undefined;

/**
 * The cheapest alignment of `skipA.length` words against `skipB.length`: a word of either side skipped at its
 * cost, or `k` words from `i` matched with `l` words from `j` at the scorer's cost, for every `k` up to `maxA`
 * and `l` up to `maxB`. Returns its steps in order and its total cost.
 */
export function alignGroups<P>(
  skipA: readonly number[],
  skipB: readonly number[],
  maxA: number,
  maxB: number,
  score: GroupScorer<P>,
): { readonly steps: GroupStep<P>[]; readonly cost: number } {
  const n = skipA.length;
  const m = skipB.length;
  // The table in flat arrays, cell (i, j) at i * width + j: whether a path reaches it, its cheapest cost, the cell
  // that path comes from and the pair of groups it matched last (none for a word skipped). No object per cell or
  // per offer: every name compared fills one.
  const width = m + 1;
  const size = (n + 1) * width;
  // Plain arrays, not typed ones: the tables are small, and a typed array's buffer lives outside the heap, which the
  // collector frees late (the peak memory of a long text rose with them).
  const reached = new Array<number>(size).fill(0);
  const cost = new Array<number>(size).fill(0);
  const from = new Array<number>(size).fill(0);
  const parts = new Array<P | undefined>(size);
  reached[0] = 1;
  const offer = (here: number, to: number, value: number, part: P | undefined): void => {
    if (reached[to] === 0 || value < elementAt(cost, to)) {
      reached[to] = 1;
      cost[to] = value;
      from[to] = here;
      parts[to] = part;
    }
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = i * width + j;
      if (reached[here] === 0) continue;
      const c = elementAt(cost, here);
      if (i < n) offer(here, here + width, c + elementAt(skipA, i), undefined);
      if (j < m) offer(here, here + 1, c + elementAt(skipB, j), undefined);
      for (let k = 1; k <= maxA && i + k <= n; k++) {
        for (let l = 1; l <= maxB && j + l <= m; l++) {
          const pair = score(i, k, j, l);
          if (pair) offer(here, here + k * width + l, c + pair.cost, pair.part);
        }
      }
    }
  }
  const steps: GroupStep<P>[] = [];
  for (let at = size - 1; at > 0;) {
    const back = elementAt(from, at);
    const part = parts[at];
    const step = { from: [Math.floor(back / width), back % width], to: [Math.floor(at / width), at % width] } as const;
    steps.push(part === undefined ? step : { ...step, part });
    at = back;
  }
  return { steps: steps.reverse(), cost: reached[size - 1] === 1 ? elementAt(cost, size - 1) : Infinity };
}
