import { argument, string } from '../contract/validate.js';
import { isArabicLetter, isArabicMark, isDigit, isSpace, isWordChar, isZeroWidth } from './chars.js';

/** What a token is: a word, a number written in digits, punctuation, or another symbol. */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** A token with its span in the string it was cut from. */
export interface Token {
  /** The token as written: `text.slice(start, end)` of the input. */
  readonly text: string;
  /** Offset of the first code unit in the input. */
  readonly start: number;
  /** Offset one past the last code unit in the input. */
  readonly end: number;
  /** What kind of token it is. */
  readonly kind: TokenKind;
}

const PUNCTUATION = /^\p{P}$/u;

function isArabicWordChar(c: number): boolean {
  return isArabicLetter(c) || isArabicMark(c) || c === 0x0640 || isZeroWidth(c);
}

// What tokenize asks of a code unit, worked out the first time it meets it and kept in a table (a byte per
// code unit of the Basic Multilingual Plane, allocated at the first call): the predicates, one of which runs
// a Unicode property expression, then cost one lookup per character.
const KNOWN = 1;
const SPACE = 2;
const DIGIT = 4;
const WORD = 8; // starts a word: isWordChar and not zero-width
const ARABIC = 16; // isArabicWordChar
const WORD_CHAR = 32; // isWordChar
const ZERO_WIDTH = 64;
const PUNCT = 128; // a punctuation mark on its own (\p{P})
let classes: Uint8Array | undefined;

function classOf(c: number): number {
  const table = (classes ??= new Uint8Array(0x10000));
  let k = table[c] ?? 0;
  if (k === 0) {
    k = KNOWN;
    if (isSpace(c)) k |= SPACE;
    if (isDigit(c)) k |= DIGIT;
    if (isWordChar(c)) k |= WORD_CHAR;
    if (isZeroWidth(c)) k |= ZERO_WIDTH;
    if (isWordChar(c) && !isZeroWidth(c)) k |= WORD;
    if (isArabicWordChar(c)) k |= ARABIC;
    if (c < 0xd800 || c > 0xdfff) {
      if (PUNCTUATION.test(String.fromCharCode(c))) k |= PUNCT;
    }
    table[c] = k;
  }
  return k;
}

/**
 * Cuts text into words, numbers, punctuation and symbols, each with its span. Words keep their
 * zero-width non-joiners (می‌شود is one word) and diacritics; numbers keep their separators when a digit
 * follows (1,344 and ۲٫۵ are one token each); a number glued to an Arabic-script word is cut from it
 * (2025م is two tokens) while Latin letters and digits stay together (G20).
 *
 * @example
 * ```ts
 * import { tokenize } from 'muqabala';
 *
 * tokenize('قُتل ۵ نفر در ۲۰۲۵م.').map((t) => `${t.kind}:${t.text}`);
 * // => ['word:قُتل', 'number:۵', 'word:نفر', 'word:در', 'number:۲۰۲۵', 'word:م', 'punctuation:.']
 * ```
 */
export function tokenize(text: string): Token[] {
  argument('tokenize', 'text', text, string);
  return cutTokens(text);
}

/** {@link tokenize} without the check at the door, for the library's own callers. */
export function cutTokens(text: string): Token[] {
  const tokens: Token[] = [];
  eachToken(text, (t, start, end, kind) => tokens.push({ text: t, start, end, kind }));
  return tokens;
}

/**
 * The tokens of {@link tokenize}, handed to `visit` one at a time: a reader of a long text that keeps only what
 * it makes of each token does not hold an object per token of the whole text at once. `from` and `to` read a
 * part of the text, cut where no token runs across (at a space or a line break), with offsets in the whole.
 */
export function eachToken(
  text: string,
  visit: (text: string, start: number, end: number, kind: Token['kind']) => void,
  from = 0,
  to = text.length,
): void {
  eachTokenSpan(
    text,
    (start, end, kind) => {
      visit(text.slice(start, end), start, end, kind);
    },
    from,
    to,
  );
}

/**
 * {@link eachToken} without the token's text: a reader that keeps one string per distinct word (see prepareText)
 * cuts a token out of the text only when it has not met it before.
 */
export function eachTokenSpan(
  text: string,
  visit: (start: number, end: number, kind: Token['kind']) => void,
  from = 0,
  to = text.length,
): void {
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k & SPACE) {
      i++;
      continue;
    }
    const start = i;
    if (k & DIGIT) {
      i = scanNumber(text, i);
      // Latin letters glued to digits make one word (G20, 5G, COVID19); Arabic-script letters do not.
      if (i < n && isLatinAlnum(text.charCodeAt(i))) {
        while (i < n && isLatinAlnum(text.charCodeAt(i))) i++;
        visit(start, i, 'word');
      } else {
        visit(start, i, 'number');
      }
      continue;
    }
    if (k & WORD) {
      if (k & ARABIC) {
        while (i < n && classOf(text.charCodeAt(i)) & ARABIC) i++;
      } else {
        while (i < n) {
          const d = classOf(text.charCodeAt(i));
          if (!(d & WORD_CHAR) || d & ARABIC) break;
          i++;
        }
      }
      // A zero-width joiner at the end of a word belongs to no word.
      let end = i;
      while (end > start + 1 && classOf(text.charCodeAt(end - 1)) & ZERO_WIDTH) end--;
      visit(start, end, 'word');
      continue;
    }
    // A surrogate pair is one symbol; anything else is one code unit.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    if (k & ZERO_WIDTH || (c < 0x20 && c !== 0x09)) continue;
    visit(start, i, (i - start === 1 ? k & PUNCT : PUNCTUATION.test(text.slice(start, i))) ? 'punctuation' : 'symbol');
  }
}

function isLatinAlnum(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Digits with `.` `,` `٫` `٬` between them: 1,344 and 3.5 and ١٬٣٤٤ are one number. Returns the end offset. */
function scanNumber(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      i++;
      continue;
    }
    if ((c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    break;
  }
  return i;
}
