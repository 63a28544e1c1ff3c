// From the folded text back to the caller's: spans mapped through normalize's offset map, invisible characters
// at the edges left out.

import { argument, fail, number, refuseValue } from '../contract/validate.js';
import { isZeroWidth, isBidiControl } from './chars.js';
import { type NormalizedText, type Span } from './normalize.js';

/**
 * Maps a span of folded text back to the span of the original string it came from. Offsets outside the
 * folded text are clamped to it, and fractions are cut to whole offsets.
 *
 * The end is widened to cover the whole original character when the span ends inside an expansion
 * (ﻻ folds to two letters), and it takes along marks that were folded away after the span's last
 * letter, so that a word's span includes its diacritics.
 *
 * @example
 * ```ts
 * import { normalize, toSourceSpan } from 'muqabala';
 *
 * const n = normalize('كَتَبَ');
 * n.text; // => 'كتب'
 * toSourceSpan(n, 0, 3); // => { start: 0, end: 6 }
 * ```
 */

export function toSourceSpan(normalized: NormalizedText, start: number, end: number): Span {
  checkNormalized(normalized);
  argument('toSourceSpan', 'start', start, OFFSET);
  argument('toSourceSpan', 'end', end, OFFSET);
  return sourceSpanOf(normalized, start, end);
}
/** {@link toSourceSpan} without the checks at the door, for the library's own callers (which pass what normalize made). */

export function sourceSpanOf(normalized: NormalizedText, start: number, end: number): Span {
  // Typed-array reads within the map's bounds (it has one offset more than the text has characters).
  return { start: normalized.offsets[clamp(start, 0, normalized.text.length)] ?? 0, end: sourceEndOf(normalized, start, end) };
}

/** The end of {@link sourceSpanOf}, for a reader that needs no span object (one per token of a long text). */
export function sourceEndOf(normalized: NormalizedText, start: number, end: number): number {
  const { offsets, text } = normalized;
  const s = clamp(start, 0, text.length);
  let e = clamp(end, s, text.length);
  const from = offsets[s] ?? 0;
  if (e === s) return from;
  const last = offsets[e - 1] ?? from;
  while (e < text.length && offsets[e] === last) e++;
  let to = offsets[e] ?? last;
  // Marks folded away after the last letter belong to it; joiners and bidi controls do not.
  const source = normalized.source;
  while (to > from + 1 && isInvisible(source.charCodeAt(to - 1))) to--;
  return to;
}
export const OFFSET = number();
export function checkNormalized(value: unknown): NormalizedText {
  const at = { fn: 'toSourceSpan', path: 'normalized', option: false };
  const n = value as Partial<NormalizedText> | null;
  const what = 'what normalize() returns ({ text, source, offsets })';
  if (
    typeof n !== 'object' ||
    n === null ||
    typeof n.text !== 'string' ||
    typeof n.source !== 'string' ||
    !(n.offsets instanceof Uint32Array)
  ) {
    return fail(at, what, value);
  }
  return n.offsets.length === n.text.length + 1
    ? (n as NormalizedText)
    : refuseValue(at, `${what}, with one offset more than text has characters`, value);
}
export function isInvisible(c: number): boolean {
  return isZeroWidth(c) || isBidiControl(c) || c < 0x20 || (c >= 0x7f && c <= 0x9f);
}
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : Math.trunc(x);
}
