// The checks every public function runs on its arguments and options before any work: one place that says
// what a bad input is and how it is reported (MuqabalaTypeError / MuqabalaRangeError), so that the functions
// do not each grow their own. A check returns the value it accepted, normalised (options without their unset
// keys, language tags resolved), so the code behind the boundary reads a checked copy, never the caller's object.
import { MuqabalaRangeError, MuqabalaTypeError } from './errors.js';
import { closest, isIsoDate } from './values.js';

/** Where a value stands: the public function, and the path the caller wrote (`options.kinds[1]`). */
export interface Where {
  readonly fn: string;
  readonly path: string;
  /** Whether the value is (inside) an option, which decides the code of a RangeError. */
  readonly option: boolean;
}

/** Checks one value and returns it as the function will use it, or throws. */
export type Check<T> = (value: unknown, at: Where) => T;

type Checked<C> = C extends Check<infer T> ? T : never;
type Spec = Readonly<Record<string, Check<unknown>>>;
/** The object a {@link shape} check returns: the keys that were set, each checked. */
export type Resolved<S extends Spec, R extends keyof S = never> = { -readonly [K in Exclude<keyof S, R>]?: Checked<S[K]> } & {
  -readonly [K in R]: Checked<S[K]>;
};

const MAX_SHOWN = 40;

/** A value as a message shows it: short, quoted when a string, with control characters escaped. */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > MAX_SHOWN ? value.slice(0, MAX_SHOWN) + '…' : value;
    // JSON escapes C0 controls and quotes; C1 controls, DEL and bidi controls would act on a terminal too.
    return JSON.stringify(cut).replace(
      /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  if (typeof value === 'symbol') return 'a symbol';
  if (typeof value === 'function') return 'a function';
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** The type of a value in words, for a TypeError: `a number (42)`, `null`, `an array`. */
function typeOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'string') return `a string (${show(value)})`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `a ${typeof value} (${show(value)})`;
  return show(value);
}

/** A TypeError for a value a check of its own refused: `expected` says what it must be. */
export function fail(at: Where, expected: string, value: unknown): never {
  throw new MuqabalaTypeError(`muqabala.${at.fn}: ${at.path} must be ${expected}, not ${typeOf(value)}`, {
    function: at.fn,
    argument: at.path,
    value,
    expected,
  });
}

function refuse(at: Where, must: string, value: unknown, allowed?: readonly string[], suggestion?: string): never {
  const hint = suggestion === undefined ? '' : ` (did you mean ${show(suggestion)}?)`;
  throw new MuqabalaRangeError(
    `muqabala.${at.fn}: ${at.path} must be ${must}, not ${show(value)}${hint}`,
    at.option ? 'ERR_INVALID_OPTION' : 'ERR_INVALID_ARG_VALUE',
    {
      function: at.fn,
      argument: at.path,
      value,
      ...(allowed ? { allowed } : {}),
    },
  );
}

/** A RangeError for a value a check of its own refused (a language tag, a report version). */
export function refuseValue(at: Where, must: string, value: unknown, allowed?: readonly string[]): never {
  return refuse(at, must, value, allowed, typeof value === 'string' && allowed ? closest(value, allowed) : undefined);
}

/** Any string. */
export const string: Check<string> = (value, at) => (typeof value === 'string' ? value : fail(at, 'a string', value));

/** `true` or `false`. */
export const boolean: Check<boolean> = (value, at) => (typeof value === 'boolean' ? value : fail(at, 'true or false', value));

/** A function (a callback the library calls; its results are the caller's business). */
export function callback<T>(): Check<T> {
  return (value, at) => (typeof value === 'function' ? (value as T) : fail(at, 'a function', value));
}

/** One of a fixed set of strings, exactly as written. */
export function oneOf<const T extends string>(allowed: readonly T[]): Check<T> {
  const must = `one of ${allowed.map((a) => show(a)).join(', ')}`;
  return (value, at) => {
    if (typeof value !== 'string') return fail(at, `a string, ${must}`, value);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    return refuse(at, must, value, allowed, closest(value, allowed));
  };
}

/** A finite number, whole when asked, within the bounds given (both inclusive). */
export function number(bounds: { readonly min?: number; readonly max?: number; readonly integer?: boolean } = {}): Check<number> {
  const { min, max, integer = false } = bounds;
  const kind = integer ? 'a whole number' : 'a number';
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of at least ${min}`
        : max !== undefined
          ? ` of at most ${max}`
          : '';
  return (value, at) => {
    if (typeof value !== 'number') return fail(at, kind, value);
    const ok =
      Number.isFinite(value) &&
      (!integer || Number.isInteger(value)) &&
      (min === undefined || value >= min) &&
      (max === undefined || value <= max);
    return ok ? value : refuse(at, `${kind}${range}`, value);
  };
}

/** An array whose every item passes `item`; returns a copy, so a later change to the caller's array is not seen. */
export function arrayOf<T>(item: Check<T>, what: string): Check<T[]> {
  return (value, at) => {
    if (!Array.isArray(value)) return fail(at, `an array of ${what}`, value);
    const out = new Array<T>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = item(value[i], { ...at, path: `${at.path}[${i}]` });
    return out;
  };
}

/**
 * Something to iterate (an array, a Set, a generator), but not a string, whose characters would be taken
 * for items. Its items are not read here: a generator can be read only once.
 */
export function iterable<T>(what: string): Check<Iterable<T>> {
  return (value, at) =>
    typeof value === 'object' && value !== null && typeof (value as Iterable<T>)[Symbol.iterator] === 'function'
      ? (value as Iterable<T>)
      : fail(at, `an iterable of ${what} (an array or a Set)`, value);
}

/** A date written `YYYY-MM-DD`. */
export const isoDate: Check<string> = (value, at) => {
  if (typeof value !== 'string') return fail(at, 'a date written YYYY-MM-DD (a string)', value);
  return isIsoDate(value) ? value : refuse(at, 'a date written YYYY-MM-DD', value);
};

/** A value that passes `check` after `map`: a check of one type that hands on another. */
export function mapped<A, B>(check: Check<A>, map: (value: A, at: Where) => B): Check<B> {
  return (value, at) => map(check(value, at), at);
}

/**
 * A plain object with the keys of `spec` (each checked; `undefined` and `null` count as not given, and are
 * left out of the result), those of `required` present, and — unless `open`, for data the caller may have
 * added fields to — no key the spec does not know: a typo such as `minSeverty` is an error rather than an
 * option silently ignored.
 */
export function shape<S extends Spec, R extends keyof S & string = never>(
  spec: S,
  what: string,
  required: readonly R[] = [],
  open = false,
): Check<Resolved<S, R>> {
  const known = Object.keys(spec);
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, what, value);
    const given = value as Record<string, unknown>;
    if (!open) checkKnown(given, spec, at);
    const out: Record<string, unknown> = {};
    for (const key of known) {
      const v = given[key];
      if ((v === undefined || v === null) && !(required as readonly string[]).includes(key)) continue;
      out[key] = (spec[key] as Check<unknown>)(v, { ...at, path: `${at.path}.${key}` });
    }
    return out as Resolved<S, R>;
  };
}

function checkKnown(given: Record<string, unknown>, spec: Spec, at: Where): void {
  const known = Object.keys(spec);
  const what = at.option ? 'option' : 'field';
  for (const key of Object.keys(given)) {
    if (Object.hasOwn(spec, key) || given[key] === undefined) continue;
    const suggestion = closest(key, known);
    const hint = suggestion === undefined ? '' : ` (did you mean ${show(suggestion)}?)`;
    throw new MuqabalaRangeError(
      `muqabala.${at.fn}: ${at.path} has no ${what} ${show(key)}${hint}; its ${what}s are ${known.join(', ')}`,
      at.option ? 'ERR_UNKNOWN_OPTION' : 'ERR_INVALID_ARG_VALUE',
      { function: at.fn, argument: `${at.path}.${key}`, value: given[key], allowed: known },
    );
  }
}

/** Checks an argument of a public function. */
export function argument<T>(fn: string, name: string, value: unknown, check: Check<T>): T {
  return check(value, { fn, path: name, option: false });
}

/**
 * Checks the options argument of a public function against its spec: `undefined` and `null` are no options;
 * anything else must be an object of known options. Returns a checked copy without the unset ones.
 */
export function options<S extends Spec>(fn: string, value: unknown, spec: S): Resolved<S> {
  if (value === undefined || value === null) return {};
  return shape(spec, 'an object of options')(value, { fn, path: 'options', option: true });
}
