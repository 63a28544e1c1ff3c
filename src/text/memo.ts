/**
 * Remembering the answers of pure functions of strings. News text repeats its words and names, within a report
 * and from one report to the next, so the library's word-level work (folding a name, reading a Latin word in
 * Arabic letters, aligning two spellings) is worth keeping. Each memo is bounded: it keeps two generations of
 * `limit` answers, the current one and the one before (an answer asked again moves to the current one), so a
 * long-running process or a giant input never grows it without end, and a working set near the limit does not
 * fall off a cliff when a generation is dropped.
 *
 * Only for functions whose answers nobody mutates: the same object is handed to every caller.
 */

/** How many answers a generation keeps by default. */
const LIMIT = 1 << 14;

/** A pure function of one string, remembered. */
export function memoize<R>(fn: (s: string) => R, limit = LIMIT): (s: string) => R {
  let current = new Map<string, R>();
  let previous = new Map<string, R>();
  return (s) => {
    let r = current.get(s);
    if (r !== undefined || current.has(s)) return r as R;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the rule judges the branch alone
    r = previous.has(s) ? (previous.get(s) as R) : fn(s);
    if (current.size >= limit) {
      previous = current;
      current = new Map();
    }
    current.set(s, r);
    return r;
  };
}

/**
 * A pure function of two strings, remembered: a map per first string, so that no key is built (strings keep their
 * hash; a joined key would be hashed afresh at every call). `context` is handed to `fn` and is no part of the
 * key: what `fn` reads of it must be told by `a` and `b` (a caller's objects, named by a key it makes of them).
 */
export function memoize2<R, C = void>(fn: (a: string, b: string, context: C) => R, limit = LIMIT): (a: string, b: string, context: C) => R {
  let current = new Map<string, Map<string, R>>();
  let previous = new Map<string, Map<string, R>>();
  let size = 0;
  return (a, b, context) => {
    const inner = current.get(a);
    let r = inner?.get(b);
    if (r !== undefined || inner?.has(b)) return r as R;
    const old = previous.get(a);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it: the rule judges the branch alone
    r = old?.has(b) ? (old.get(b) as R) : fn(a, b, context);
    if (size >= limit) {
      previous = current;
      current = new Map();
      size = 0;
    }
    // Looked up again: fn may have called this memo and started a generation meanwhile.
    let into = current.get(a);
    if (!into) current.set(a, (into = new Map<string, R>()));
    into.set(b, r);
    size++;
    return r;
  };
}
