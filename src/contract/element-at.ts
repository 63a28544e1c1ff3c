/**
 * The element at `index` of a list the caller knows holds one there: a loop bound, an index found in the same
 * list, a position the data structure guarantees. The type system cannot see those invariants
 * (`noUncheckedIndexedAccess` types every `list[i]` as possibly `undefined`); `elementAt()` states them and checks
 * them, so that a broken one stops with an error that says so instead of flowing on as `undefined`.
 *
 * The inner loops of the aligner's dynamic programme and scorer and of the spelling alignment index typed arrays
 * within their own loop bounds and keep plain access (see the note at the top of those files): a checked call per
 * cell measurably slows them.
 */
export function elementAt<T>(list: ArrayLike<T | undefined>, index: number): T {
  const value = list[index];
  if (value === undefined)
    throw new Error(`muqabala: internal error: no element at ${index} of a list of ${list.length} (please report it)`);
  return value;
}
