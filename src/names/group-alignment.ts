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
  type Cell = { cost: number; from: [number, number]; part?: P };
  const table: (Cell | undefined)[][] = Array.from({ length: n + 1 }, () => new Array<Cell | undefined>(m + 1));
  (table[0] as (Cell | undefined)[])[0] = { cost: 0, from: [0, 0] };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = table[i]?.[j];
      if (!here) continue;
      const offer = (ti: number, tj: number, cost: number, part?: P): void => {
        const row = table[ti] as (Cell | undefined)[];
        const known = row[tj];
        if (!known || cost < known.cost) row[tj] = part === undefined ? { cost, from: [i, j] } : { cost, from: [i, j], part };
      };
      if (i < n) offer(i + 1, j, here.cost + elementAt(skipA, i));
      if (j < m) offer(i, j + 1, here.cost + elementAt(skipB, j));
      for (let k = 1; k <= maxA && i + k <= n; k++) {
        for (let l = 1; l <= maxB && j + l <= m; l++) {
          const pair = score(i, k, j, l);
          if (pair) offer(i + k, j + l, here.cost + pair.cost, pair.part);
        }
      }
    }
  }
  const steps: GroupStep<P>[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = table[i]?.[j] as Cell;
    steps.push(cell.part === undefined ? { from: cell.from, to: [i, j] } : { from: cell.from, to: [i, j], part: cell.part });
    [i, j] = cell.from;
  }
  return { steps: steps.reverse(), cost: table[n]?.[m]?.cost ?? Infinity };
}
