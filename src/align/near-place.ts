/**
 * Which items of one list the `index`-th of another is weighed against: all of them while the two lists
 * make at most `allPairs` pairs, otherwise those within `window` of its proportional place. Lists that keep
 * roughly one order (a translation's facts, the repeated words of a long text) then cost linear time, not
 * quadratic, and short lists are weighed in full as before.
 */
export function nearPlace(index: number, count: number, other: number, allPairs: number, window: number): [from: number, to: number] {
  if (count * other <= allPairs) return [0, other];
  const centre = Math.round(count > 1 ? (index * (other - 1)) / (count - 1) : 0);
  return [Math.max(0, centre - window), Math.min(other, centre + window + 1)];
}
