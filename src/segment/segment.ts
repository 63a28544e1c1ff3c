import { argument, arrayOf, boolean, iterable, mapped, oneOf, options as checkOptions, shape, string } from '../contract/validate.js';
import {
  isArabicLetter,
  isBidiControl,
  isDigit,
  isLatinLower,
  isLatinUpper,
  isLineBreak,
  isSpace,
  isWordChar,
  isZeroWidth,
} from '../text/chars.js';
import { BUILTIN_ABBREVIATIONS, ERA_MARKER_SET, LETTER_NAME_SET, foldAbbreviation } from './abbreviations.js';
import { isCloser, isQuoteOpener, quotedRanges, type QuotedRange } from './quotes.js';
import { elementAt } from '../contract/element-at.js';

/** A sentence (or a heading, list item or other unit of text) with its place in the input. */
export interface Sentence {
  /** The sentence as written: `input.slice(start, end)`. */
  readonly text: string;
  /** Offset of its first code unit in the input. */
  readonly start: number;
  /** Offset one past its last code unit in the input. */
  readonly end: number;
  /** Index of the paragraph it belongs to, counting from 0. */
  readonly paragraph: number;
  /** Its index among all sentences of the input, counting from 0. */
  readonly index: number;
}

/** Options for {@link segment}. */
export interface SegmentOptions {
  /**
   * `'sentence'` (default): every line break ends a sentence and every non-blank line is a paragraph, the
   * way news sites and scraped reports lay text out; a heading on its own line is its own unit.
   * `'space'`: for hard-wrapped text, line breaks inside a paragraph are spaces and only blank lines
   * separate paragraphs.
   */
  lineBreaks?: 'sentence' | 'space';
  /** Whether the semicolons ؛ and ; end a sentence. Default `false`: news writing uses them inside lists. */
  semicolons?: boolean;
  /**
   * `'split'` (default): a stop inside a quotation ends a sentence as anywhere else, as news translations
   * do when a quoted speech runs over several sentences. `'keep'`: a closed quotation or parenthesis of up
   * to 600 characters stays whole unless the stop closes it.
   */
  quotations?: 'split' | 'keep';
  /** More words after which a period does not end a sentence (in any spelling; they are folded). */
  abbreviations?: Iterable<string>;
}

const FULL_STOP = 0x2e;
const MAX_KEPT_QUOTATION = 600;
const ELLIPSIS = 0x2026;
const STRONG = new Set([0x21, 0x3f, 0x061f, 0x203c, 0x2049, 0x2048, 0x06d4]); // ! ? ؟ ‼ ⁉ ⁈ ۔
const SEMICOLONS = new Set([0x3b, 0x061b]);
// After a stop, these mean the sentence goes on: "أيّ الأطباء؟، سأل".
const CONTINUERS = new Set([0x2c, 0x060c, 0x3a, 0x3b, 0x061b, 0x29, 0x5d, 0x7d]);
const BULLETS = new Set([0x2d, 0x2013, 0x2014, 0x2022, 0x25cf, 0x25aa, 0x25a0, 0x2023, 0x2043, 0x2a, 0x00b7]);

interface Context {
  readonly text: string;
  readonly semicolons: boolean;
  readonly abbreviations: ReadonlySet<string>;
}

/**
 * Splits text into paragraphs and sentences, each with its span in the input and its paragraph index.
 *
 * It ends sentences at . ! ? ؟ (and ؛ when asked); when the stop sits inside a quotation («…انجام شود.»)
 * the sentence ends after the closing mark. It does not split decimal numbers in any
 * digit script (3.5, ۳٫۵), abbreviations and initials (د. for doctor, ج.م.ع, U.S., تی. مارتین), list
 * numbers, or a period followed by a lower-case Latin word. A line on its own is its own unit, so
 * headings without a stop stand alone. Sentences that lost the space after their stop are still split
 * (انتهى.وقال). Units with no letter or digit (separators such as `* * *`) are left out.
 *
 * Any string is accepted; the result may be empty.
 *
 * @example
 * ```ts
 * import { segment } from 'muqabala';
 *
 * const text = 'التقى د. أحمد بالوزير في ٣٫٥ ساعة. وقال: «المحادثات مثمرة.»\nو گفت: «مذاکرات ادامه دارد.»';
 * segment(text).map((s) => s.text);
 * // => ['التقى د. أحمد بالوزير في ٣٫٥ ساعة.', 'وقال: «المحادثات مثمرة.»', 'و گفت: «مذاکرات ادامه دارد.»']
 * segment(text).map((s) => s.paragraph); // => [0, 0, 1]
 * ```
 */
export function segment(text: string, options?: SegmentOptions): Sentence[] {
  argument('segment', 'text', text, string);
  return segmentChecked(text, checkOptions('segment', options, SEGMENT_OPTIONS));
}

/** The checks of {@link SegmentOptions}; the abbreviations are read once, into an array. */
export const SEGMENT_OPTIONS = {
  lineBreaks: oneOf(['sentence', 'space']),
  semicolons: boolean,
  quotations: oneOf(['split', 'keep']),
  abbreviations: mapped(iterable<unknown>('strings'), (words, at) => arrayOf(string, 'strings')([...words], at)),
};

/** The check of a `segment` option of the functions that segment text on their way. */
export const segmentOptions = shape(SEGMENT_OPTIONS, 'an object of segment options');

function segmentChecked(text: string, options: SegmentOptions): Sentence[] {
  const extra = options.abbreviations ? [...options.abbreviations].map(foldAbbreviation) : [];
  const ctx: Context = {
    text,
    semicolons: options.semicolons ?? false,
    abbreviations: extra.length ? new Set([...BUILTIN_ABBREVIATIONS, ...extra]) : BUILTIN_ABBREVIATIONS,
  };
  const maxQuote = options.quotations === 'keep' ? MAX_KEPT_QUOTATION : 0;
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const block of blocks(text, options.lineBreaks ?? 'sentence')) {
    const before = out.length;
    const ranges = quotedRanges(text, block.start, block.end, maxQuote);
    let from = block.start;
    for (const cut of boundaries(ctx, block.start, block.end, ranges)) {
      push(out, text, from, cut, paragraph);
      from = cut;
    }
    push(out, text, from, block.end, paragraph);
    if (out.length > before) paragraph++;
  }
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number, paragraph: number): void {
  let s = from;
  let e = to;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (s === e) return;
  let hasContent = false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // Surrogate halves count as content: an emoji-only line is still a unit a reader sees.
    if ((isWordChar(c) && !isZeroWidth(c)) || (c >= 0xd800 && c <= 0xdfff)) {
      hasContent = true;
      break;
    }
  }
  if (!hasContent) return;
  out.push({ text: text.slice(s, e), start: s, end: e, paragraph, index: out.length });
}

function isBlank(c: number): boolean {
  return isSpace(c) || isZeroWidth(c) || isBidiControl(c) || c < 0x20;
}

/** Blocks of text that no sentence crosses: lines, or paragraphs of lines separated by blank lines. */
function* blocks(text: string, lineBreaks: 'sentence' | 'space'): Generator<{ start: number; end: number }> {
  const n = text.length;
  let start = 0;
  let blankSince = -1; // in 'space' mode: where the current run of blank lines began
  let lineStart = 0;
  let lineHasText = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 0x0a;
    if (!isLineBreak(c)) {
      if (!lineHasText && !isBlank(c)) lineHasText = true;
      continue;
    }
    if (lineBreaks === 'sentence') {
      if (i > start) yield { start, end: i };
      start = i + 1;
      continue;
    }
    // 'space' mode: a blank line closes the paragraph.
    if (!lineHasText) {
      if (blankSince < 0) blankSince = lineStart;
    } else {
      if (blankSince >= 0 && blankSince > start) {
        yield { start, end: blankSince };
        start = lineStart;
      }
      blankSince = -1;
    }
    lineStart = i + 1;
    lineHasText = false;
  }
  if (lineBreaks === 'space' && start < n) yield { start, end: n };
}

/** Offsets in `[from, to)` where a sentence ends. */
function* boundaries(ctx: Context, from: number, to: number, ranges: readonly QuotedRange[]): Generator<number> {
  const { text } = ctx;
  let r = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isStop(ctx, c) && !(c === FULL_STOP)) {
      i++;
      continue;
    }
    while (r < ranges.length && elementAt(ranges, r).close < i) r++;
    const range = ranges[r];
    let runEnd = stopRunEnd(ctx, i, to);
    if (range && range.open < i && i < range.close) {
      // Inside a quotation: only a stop that closes the quotation can end the sentence.
      if (!onlyClosersBetween(text, runEnd, range.close)) {
        i = runEnd;
        continue;
      }
      runEnd = range.close + 1;
    }
    while (runEnd < to && isCloser(text.charCodeAt(runEnd))) runEnd++;
    if (endsSentence(ctx, i, runEnd, from, to)) yield runEnd;
    i = runEnd;
  }
}

function isStop(ctx: Context, c: number): boolean {
  return STRONG.has(c) || c === ELLIPSIS || (ctx.semicolons && SEMICOLONS.has(c));
}

function stopRunEnd(ctx: Context, i: number, to: number): number {
  let j = i;
  while (j < to) {
    const c = ctx.text.charCodeAt(j);
    if (c === FULL_STOP || isStop(ctx, c)) j++;
    else break;
  }
  return j;
}

function onlyClosersBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (!isCloser(c) && !isSpace(c)) return false;
  }
  return true;
}

/** Decides whether the stop run starting at `at` (closing marks included up to `runEnd`) ends a sentence. */
function endsSentence(ctx: Context, at: number, runEnd: number, blockStart: number, blockEnd: number): boolean {
  const { text } = ctx;
  let k = runEnd;
  while (k < blockEnd && isBlank(text.charCodeAt(k))) k++;
  if (k >= blockEnd) return true;
  const next = text.charCodeAt(k);
  const spaced = k > runEnd;
  if (CONTINUERS.has(next)) return false;

  let strong = false;
  let periods = 0;
  let ellipsis = false;
  for (let j = at; j < runEnd; j++) {
    const c = text.charCodeAt(j);
    if (c === FULL_STOP) periods++;
    else if (c === ELLIPSIS) ellipsis = true;
    else if (!isCloser(c)) strong = true;
  }
  if (strong) return spaced || !isLatinOrDigit(next);
  // An ellipsis or a row of periods marks words left out far more often than a sentence's end.
  if (ellipsis || periods > 1) return spaced && (isLatinUpper(next) || isQuoteOpener(next));
  return periodEndsSentence(ctx, at, next, spaced, blockStart);
}

function periodEndsSentence(ctx: Context, at: number, next: number, spaced: boolean, blockStart: number): boolean {
  const { text } = ctx;
  let w = at;
  while (w > blockStart && isWordChar(text.charCodeAt(w - 1))) w--;
  const word = text.slice(w, at);
  if (word.length === 0) return spaced || isArabicLetter(next) || isQuoteOpener(next);
  const numeric = isAllDigits(word);
  if (!spaced) {
    if (isDigit(next)) return false; // 3.5, 1.344
    if (isArabicLetter(next)) return numeric || (letterCount(word) > 1 && !ctx.abbreviations.has(foldAbbreviation(word)));
    return isQuoteOpener(next) && letterCount(word) > 1;
  }
  if (numeric) return !isListNumber(text, w, blockStart);
  if (letterCount(word) === 1) return isEraAfterYear(text, w, word, blockStart);
  const folded = foldAbbreviation(word);
  if (ctx.abbreviations.has(folded)) return false;
  if (LETTER_NAME_SET.has(folded)) return isSpelledAcronymEnd(text, w, blockStart);
  return !isLatinLower(next);
}

/** Whether the word before the letter name at `wordStart` is a letter name too (بي بي سي.). */
function isSpelledAcronymEnd(text: string, wordStart: number, blockStart: number): boolean {
  let e = wordStart;
  while (e > blockStart && isBlank(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > blockStart && isWordChar(text.charCodeAt(s - 1))) s--;
  return s < e && LETTER_NAME_SET.has(foldAbbreviation(text.slice(s, e)));
}

/** A number that opens its line, as in "1. ..." or "- 2. ...": a list item, not a sentence end. */
function isListNumber(text: string, wordStart: number, blockStart: number): boolean {
  for (let j = wordStart - 1; j >= blockStart; j--) {
    const c = text.charCodeAt(j);
    if (!isBlank(c) && !BULLETS.has(c)) return false;
  }
  return true;
}

/** `1990م.` or `۱۴۰۴ ه.ش.`: an era marker after a year ends the sentence; other single letters are initials. */
function isEraAfterYear(text: string, wordStart: number, word: string, blockStart: number): boolean {
  if (!ERA_MARKER_SET.has(foldAbbreviation(word))) return false;
  // Walk back over a chain of single letters with periods (ه.ش.) to what precedes it.
  let s = wordStart;
  while (s - 2 >= blockStart && text.charCodeAt(s - 1) === FULL_STOP && isWordChar(text.charCodeAt(s - 2))) {
    let t = s - 2;
    while (t > blockStart && isWordChar(text.charCodeAt(t - 1))) t--;
    if (letterCount(text.slice(t, s - 1)) !== 1) break;
    s = t;
  }
  let j = s - 1;
  while (j >= blockStart && isBlank(text.charCodeAt(j))) j--;
  return j >= blockStart && isDigit(text.charCodeAt(j));
}

function isAllDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isDigit(word.charCodeAt(i))) return false;
  return true;
}

function letterCount(word: string): number {
  // Letters only: marks, tatweel and joiners do not make هـ or دّ longer than one letter.
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isWordChar(c) && !isZeroWidth(c) && c !== 0x0640 && !(c >= 0x064b && c <= 0x065f) && c !== 0x0670) n++;
  }
  return n;
}

function isLatinOrDigit(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isDigit(c);
}
