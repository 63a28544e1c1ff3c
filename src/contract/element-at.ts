/**
 * The element at `index` of a list that holds one there: the one name for what was a cast at every access
 * (`list[i] as number`), which `noUncheckedIndexedAccess` would otherwise make each reader write. The lint rule
 * `no-restricted-syntax` (eslint.config.js) refuses new casts of element accesses, so that every such access in
 * the library goes through here.
 *
 * It does not check yet: some readers look one token past the end on purpose and take `undefined` for "no such
 * token" (a date's separator after its last digit run), and those must first be written as explicit checks before
 * a broken invariant can throw here (see docs/architecture.md). The inner loops of the aligner and of the
 * spelling alignment index typed arrays directly.
 */
export function elementAt<T>(list: ArrayLike<T | undefined>, index: number): T {
  return list[index] as T;
}
