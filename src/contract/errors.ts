/**
 * The stable codes of the errors muqabala throws on bad input, to branch on instead of the message:
 * - `ERR_INVALID_ARG_TYPE` ({@link MuqabalaTypeError}): an argument or option of the wrong type (a number
 *   where a string belongs, a string where an array of kinds belongs);
 * - `ERR_INVALID_ARG_VALUE` ({@link MuqabalaRangeError}): an argument, or a field of one, of the right type
 *   with a value the function does not take (a `publishedAt` that is not a date, a report of another version);
 * - `ERR_INVALID_OPTION` ({@link MuqabalaRangeError}): an option with a value it does not take
 *   (`minSeverity: 'warnings'`, `language: 'en'`);
 * - `ERR_UNKNOWN_OPTION` ({@link MuqabalaRangeError}): an option the function does not have (`minSeverty`).
 */
export type MuqabalaErrorCode = 'ERR_INVALID_ARG_TYPE' | 'ERR_INVALID_ARG_VALUE' | 'ERR_INVALID_OPTION' | 'ERR_UNKNOWN_OPTION';

/** What both error classes say about the bad input, besides their message. */
export interface MuqabalaErrorDetails {
  /** The public function that refused it (`compare`, `segment` …). */
  readonly function: string;
  /** Where the input is, as the caller wrote it: `text`, `a.publishedAt`, `options.kinds[1]`. */
  readonly argument: string;
  /** The value that was refused. */
  readonly value: unknown;
  /** For a value outside a fixed set, the values allowed (as written in the message). */
  readonly allowed?: readonly string[];
}

/**
 * An argument or option of the wrong type, such as `segment(42)`, `compare(null, text)` or
 * `compare(a, b, { kinds: 'name' })`. Its `code` is always `ERR_INVALID_ARG_TYPE`.
 *
 * @example
 * ```ts
 * import { MuqabalaTypeError, segment } from 'muqabala';
 *
 * const thrown = (f: () => unknown): unknown => {
 *   try {
 *     f();
 *   } catch (error) {
 *     return error;
 *   }
 * };
 * const error = thrown(() => segment(42 as unknown as string)) as MuqabalaTypeError;
 * error instanceof TypeError; // => true
 * error instanceof MuqabalaTypeError; // => true
 * error.code; // => 'ERR_INVALID_ARG_TYPE'
 * error.argument; // => 'text'
 * error.message; // => 'muqabala.segment: text must be a string, not a number (42)'
 * ```
 */
export class MuqabalaTypeError extends TypeError implements MuqabalaErrorDetails {
  /** Always `ERR_INVALID_ARG_TYPE`. */
  readonly code = 'ERR_INVALID_ARG_TYPE' as const;
  readonly function: string;
  readonly argument: string;
  readonly value: unknown;
  /** What the argument must be, in words (`a string`, `an array of finding kinds`). */
  readonly expected: string;

  /** @internal */
  constructor(message: string, details: MuqabalaErrorDetails & { readonly expected: string }) {
    super(message);
    this.name = 'MuqabalaTypeError';
    this.function = details.function;
    this.argument = details.argument;
    this.value = details.value;
    this.expected = details.expected;
  }
}

/**
 * An argument or option of the right type with a value the function does not take, such as
 * `compare(a, b, { minSeverity: 'warnings' })`, `extractDates(text, { language: 'en' })` or an unknown
 * option. The message names the option, the value and the values allowed (with a suggestion for a typo);
 * `code` is `ERR_INVALID_OPTION`, `ERR_UNKNOWN_OPTION` or `ERR_INVALID_ARG_VALUE` (see {@link MuqabalaErrorCode}).
 *
 * @example
 * ```ts
 * import { compare, MuqabalaRangeError } from 'muqabala';
 *
 * const thrown = (f: () => unknown): unknown => {
 *   try {
 *     f();
 *   } catch (error) {
 *     return error;
 *   }
 * };
 * const error = thrown(() => compare('وصل الوزير.', 'وزیر رسید.', { minSeverity: 'warnings' as 'warning' })) as MuqabalaRangeError;
 * error instanceof RangeError; // => true
 * error.code; // => 'ERR_INVALID_OPTION'
 * error.argument; // => 'options.minSeverity'
 * error.allowed; // => ['info', 'warning', 'conflict']
 * error.message;
 * // => 'muqabala.compare: options.minSeverity must be one of "info", "warning", "conflict", not "warnings" (did you mean "warning"?)'
 * thrown(() => compare('وصل الوزير.', 'وزیر رسید.', { minSeverty: 'warning' } as object)) instanceof MuqabalaRangeError; // => true
 * ```
 */
export class MuqabalaRangeError extends RangeError implements MuqabalaErrorDetails {
  /** `ERR_INVALID_OPTION`, `ERR_UNKNOWN_OPTION` or `ERR_INVALID_ARG_VALUE` (see {@link MuqabalaErrorCode}). */
  readonly code: Exclude<MuqabalaErrorCode, 'ERR_INVALID_ARG_TYPE'>;
  readonly function: string;
  readonly argument: string;
  readonly value: unknown;
  readonly allowed?: readonly string[];

  /** @internal */
  constructor(message: string, code: Exclude<MuqabalaErrorCode, 'ERR_INVALID_ARG_TYPE'>, details: MuqabalaErrorDetails) {
    super(message);
    this.name = 'MuqabalaRangeError';
    this.code = code;
    this.function = details.function;
    this.argument = details.argument;
    this.value = details.value;
    if (details.allowed) this.allowed = details.allowed;
  }
}

/**
 * Whether an error is one of muqabala's own refusals of bad input (either class): a mistake in the call to
 * fix, as opposed to a failure of the library.
 *
 * @example
 * ```ts
 * import { extractDates, isMuqabalaError } from 'muqabala';
 *
 * let refused = false;
 * try {
 *   extractDates('وصل الوفد أمس.', { referenceDate: '2025-02-30' });
 * } catch (error) {
 *   refused = isMuqabalaError(error) && error.code === 'ERR_INVALID_OPTION';
 * }
 * refused; // => true
 * ```
 */
export function isMuqabalaError(error: unknown): error is MuqabalaTypeError | MuqabalaRangeError {
  return error instanceof MuqabalaTypeError || error instanceof MuqabalaRangeError;
}
