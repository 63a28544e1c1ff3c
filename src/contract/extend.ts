/**
 * `{ ...base, ...extra }`, built so that objects of one shape share one hidden class.
 *
 * V8 (Node 20, Chromium of its time) gives an object literal that adds a property after a spread (`{ ...span,
 * type }`, `{ ...span, ...mention }`) a hidden class of its own, object by object, instead of taking the shared
 * transition: each such object then carries its own map and descriptor array (about 300 bytes, allocated in the
 * old generation even when the object dies young), and every read of it is megamorphic. Built with
 * `Object.assign` on a fresh object, the properties are added one transition at a time, as a literal would, and
 * objects of one shape share their class. The library's readers make such objects per mention, per bead and per
 * finding, so on a long text this is much of its memory; a property that only overrides one the spread brought
 * (`{ ...span, start: 0 }`) keeps the class and needs no help.
 */
export function extend<T extends object, const U extends object>(base: T, extra: U): Omit<T, keyof U> & U {
  return Object.assign({}, base, extra);
}
