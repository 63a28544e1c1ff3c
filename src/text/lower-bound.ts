/**
 * Binary search over positions `lo` … `hi - 1`: the first position at which `before` turns false, or `hi` when it
 * never does. `before` must be true on a prefix of the range and false after it (a sorted list asked "is this
 * element before the one I want?"). The library's one binary search: offsets of sentences and tokens, postings
 * lists, the tails of the longest chain.
 */
export function lowerBound(lo: number, hi: number, before: (position: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
