/**
 * Remembering the answers of pure functions of strings. News text repeats its words and names, within a report
 * and from one report to the next, so the library's word-level work (folding a name, reading a Latin word in
 * Arabic letters, aligning two spellings) is worth keeping. Each memo is bounded: when it holds `limit` answers it
 * forgets them all at once, so a long-running process or a giant input never grows it without end.
 *
 * Only for functions whose answers nobody mutates: the same object is handed to every caller.
 */

/** How many answers a memo keeps by default. */
const LIMIT = 1 << 15;

/** A pure function of one string, remembered. */
export function memoize<R>(fn: (s: string) => R, limit = LIMIT): (s: string) => R {
  let known = new Map<string, R>();
  return (s) => {
    let r = known.get(s);
    if (r === undefined && !known.has(s)) {
      r = fn(s);
      if (known.size >= limit) known = new Map();
      known.set(s, r);
    }
    return r as R;
  };
}

/** A pure function of two strings, remembered (the key is the first one's length, then both: never ambiguous). */
export function memoize2<R>(fn: (a: string, b: string) => R, limit = LIMIT): (a: string, b: string) => R {
  let known = new Map<string, R>();
  return (a, b) => {
    const key = `${a.length}:${a}${b}`;
    let r = known.get(key);
    if (r === undefined && !known.has(key)) {
      r = fn(a, b);
      if (known.size >= limit) known = new Map();
      known.set(key, r);
    }
    return r as R;
  };
}
