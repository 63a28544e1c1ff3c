import { argument, boolean, oneOf, options as checkOptions, string } from '../contract/validate.js';
import { isArabicMark, isBidiControl, isSpace } from './chars.js';

/**
 * Which orthographic differences {@link normalize} folds away. Every fold is on by default except
 * `lowercase`; turn one off to keep that distinction.
 */
export interface NormalizeOptions {
  /** Yeh forms: Persian ی, alef maksura ى, and ې ۍ ێ become Arabic ي. Default `true`. */
  yeh?: boolean;
  /** Kaf forms: Persian ک (keheh) and swash ڪ become Arabic ك. Default `true`. */
  kaf?: boolean;
  /** Alef forms: أ إ آ ٱ ٲ ٳ become bare ا. Default `true`. */
  alef?: boolean;
  /** Hamza on a carrier: ؤ becomes و and ئ becomes ي (مسؤول ~ مسئول ~ مسوول). Default `true`. */
  hamza?: boolean;
  /** Teh marbuta and heh forms: ة ۀ ۂ ە ھ ہ become ه. Default `true`. */
  tehMarbuta?: boolean;
  /** Tatweel (kashida, ـ) is removed. Default `true`. */
  tatweel?: boolean;
  /** Harakat, tanwin, shadda, sukun, superscript alef, hamza and madda marks, Quranic marks are removed. Default `true`. */
  diacritics?: boolean;
  /**
   * Zero-width non-joiner and joiner, zero-width space, word joiner, byte-order mark and soft hyphen:
   * `'remove'` (default; گفت‌وگو and گفتوگو become one), `'space'` (each becomes a space) or `'keep'`.
   */
  zeroWidth?: 'remove' | 'space' | 'keep';
  /** Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits become 0–9; ٫ becomes `.`, ٬ becomes `,`, ٪ becomes `%`. Default `true`. */
  digits?: boolean;
  /** Arabic presentation forms (ﻻ, ﷲ, isolated and final letter forms) and full-width ASCII get their NFKC equivalents. Default `true`. */
  presentationForms?: boolean;
  /** Bidi marks and overrides and C0/C1 control characters (except tab and line breaks) are removed; lone surrogates become U+FFFD. Default `true`. */
  controls?: boolean;
  /** No-break and typographic spaces become a plain space; line and paragraph separators become `\n`. Default `true`. */
  whitespace?: boolean;
  /** Latin, Greek and Cyrillic letters are lower-cased (where that keeps the length). Default `false`. */
  lowercase?: boolean;
}

/**
 * Text after folding, with the way back to the caller's string.
 *
 * `offsets[i]` is the offset in `source` of the character that produced `text[i]`; `offsets[text.length]`
 * is `source.length`. The map is non-decreasing, so any span of `text` maps to a span of `source` with
 * {@link toSourceSpan}.
 */
export interface NormalizedText {
  /** The folded text. */
  readonly text: string;
  /** The original text, as given. */
  readonly source: string;
  /** For each UTF-16 code unit of `text` (and one past the end), its offset in `source`. */
  readonly offsets: Uint32Array;
}

/** A half-open range of UTF-16 offsets, `[start, end)`. */
export interface Span {
  /** Offset of the first code unit. */
  readonly start: number;
  /** Offset one past the last code unit. */
  readonly end: number;
}

const DELETE = -1;
const KEEP = -2;
const EXPAND = -3;
const SURROGATE = -4;

type Table = { codes: Int32Array; expansions: Map<number, string> };

const DEFAULTS: Required<NormalizeOptions> = {
  yeh: true,
  kaf: true,
  alef: true,
  hamza: true,
  tehMarbuta: true,
  tatweel: true,
  diacritics: true,
  zeroWidth: 'remove',
  digits: true,
  presentationForms: true,
  controls: true,
  whitespace: true,
  lowercase: false,
};

/** Tables of the option sets used last (256 KB each); a caller cycling through many does not keep them all. */
const tables = new Map<string, Table>();
const TABLES_KEPT = 16;
let defaultTable: Table | undefined;

/** Every option given: an absent or `undefined` one takes its default, and properties that are not options are ignored. */
const NORMALIZE_OPTIONS = {
  yeh: boolean,
  kaf: boolean,
  alef: boolean,
  hamza: boolean,
  tehMarbuta: boolean,
  tatweel: boolean,
  diacritics: boolean,
  zeroWidth: oneOf(['remove', 'space', 'keep']),
  digits: boolean,
  presentationForms: boolean,
  controls: boolean,
  whitespace: boolean,
  lowercase: boolean,
};

function resolveOptions(options: NormalizeOptions | undefined): Required<NormalizeOptions> {
  if (!options) return DEFAULTS;
  return {
    yeh: options.yeh ?? DEFAULTS.yeh,
    kaf: options.kaf ?? DEFAULTS.kaf,
    alef: options.alef ?? DEFAULTS.alef,
    hamza: options.hamza ?? DEFAULTS.hamza,
    tehMarbuta: options.tehMarbuta ?? DEFAULTS.tehMarbuta,
    tatweel: options.tatweel ?? DEFAULTS.tatweel,
    diacritics: options.diacritics ?? DEFAULTS.diacritics,
    zeroWidth: options.zeroWidth ?? DEFAULTS.zeroWidth,
    digits: options.digits ?? DEFAULTS.digits,
    presentationForms: options.presentationForms ?? DEFAULTS.presentationForms,
    controls: options.controls ?? DEFAULTS.controls,
    whitespace: options.whitespace ?? DEFAULTS.whitespace,
    lowercase: options.lowercase ?? DEFAULTS.lowercase,
  };
}

function tableFor(options: Required<NormalizeOptions>): Table {
  // The defaults are by far the most common: skip building a key for them. Resolved options always have
  // their keys in the same order, so their values make the key.
  if (options === DEFAULTS && defaultTable) return defaultTable;
  const key = options === DEFAULTS ? '' : Object.values(options).join();
  let table = tables.get(key);
  if (!table) {
    table = buildTable(options);
    if (tables.size >= TABLES_KEPT) tables.delete(tables.keys().next().value as string);
    tables.set(key, table);
  }
  if (options === DEFAULTS) defaultTable = table;
  return table;
}

// The code points above ASCII that isBidiControl and isSpace accept, listed once (a table is built in a few
// microseconds from them; testing all 65,536 code units cost milliseconds at every start).
const BIDI_CONTROLS = /* @__PURE__ */ codePoints([0x061c, 0x061c], [0x200e, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069]).filter(
  isBidiControl,
);
const SPACES = /* @__PURE__ */ codePoints(
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
).filter(isSpace);

function codePoints(...ranges: readonly (readonly [number, number])[]): number[] {
  const out: number[] = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) out.push(c);
  return out;
}

function setAll(codes: Int32Array, from: string, to: number): void {
  for (let i = 0; i < from.length; i++) codes[from.charCodeAt(i)] = to;
}

function buildTable(o: Required<NormalizeOptions>): Table {
  const codes = new Int32Array(0x10000).fill(KEEP);
  for (let c = 0xd800; c <= 0xdfff; c++) codes[c] = SURROGATE;
  if (o.yeh) setAll(codes, '\u06cc\u0649\u06d0\u06cd\u06ce\u063d\u063e\u063f', 0x064a);
  if (o.kaf) setAll(codes, '\u06a9\u06aa\u063b\u063c', 0x0643);
  if (o.alef) setAll(codes, '\u0623\u0625\u0622\u0671\u0672\u0673\u0675', 0x0627);
  if (o.hamza) {
    setAll(codes, '\u0624\u0676', 0x0648);
    setAll(codes, '\u0626\u0678', 0x064a);
  }
  if (o.tehMarbuta) setAll(codes, '\u0629\u06c0\u06c2\u06c3\u06d5\u06be\u06c1', 0x0647);
  if (o.tatweel) codes[0x0640] = DELETE;
  if (o.diacritics) for (let c = 0x0600; c <= 0x08ff; c++) if (isArabicMark(c)) codes[c] = DELETE;
  if (o.zeroWidth !== 'keep') setAll(codes, '\u200c\u200d\u200b\u2060\ufeff\u00ad', o.zeroWidth === 'space' ? 0x20 : DELETE);
  if (o.digits) {
    for (let d = 0; d < 10; d++) {
      codes[0x0660 + d] = 0x30 + d;
      codes[0x06f0 + d] = 0x30 + d;
    }
    codes[0x066b] = 0x2e; // ٫ decimal separator
    codes[0x066c] = 0x2c; // ٬ thousands separator
    codes[0x066a] = 0x25; // ٪ percent sign
  }
  if (o.controls) {
    for (let c = 0; c < 0x20; c++) if (c !== 0x09 && c !== 0x0a && c !== 0x0d) codes[c] = DELETE;
    for (let c = 0x7f; c <= 0x9f; c++) if (c !== 0x85) codes[c] = DELETE;
    for (const c of BIDI_CONTROLS) codes[c] = DELETE;
  }
  if (o.whitespace) {
    for (const c of SPACES) if (codes[c] === KEEP) codes[c] = 0x20;
    codes[0x0b] = 0x0a;
    codes[0x0c] = 0x0a;
    codes[0x85] = 0x0a;
    codes[0x2028] = 0x0a;
    codes[0x2029] = 0x0a;
  }
  if (o.lowercase) {
    for (let c = 0x41; c < 0x530; c++) {
      const lower = String.fromCharCode(c).toLowerCase();
      if (lower.length === 1 && lower.charCodeAt(0) !== c && codes[c] === KEEP) codes[c] = lower.charCodeAt(0);
    }
  }
  const expansions = new Map<number, string>();
  if (o.presentationForms) {
    const compat: [number, number][] = [
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
      [0xff01, 0xff5e],
    ];
    for (const [from, to] of compat) {
      for (let c = from; c <= to; c++) {
        const nfkc = String.fromCharCode(c).normalize('NFKC');
        if (nfkc.length === 0 || nfkc === String.fromCharCode(c) || codes[c] !== KEEP) continue;
        // Fold the expansion itself, so that ﺃ ends as ا when alefs are folded: folding stays idempotent.
        const folded = foldString(nfkc, codes);
        if (folded.length === 1) codes[c] = folded.charCodeAt(0);
        else if (folded.length === 0) codes[c] = DELETE;
        else {
          codes[c] = EXPAND;
          expansions.set(c, folded);
        }
      }
    }
  }
  return { codes, expansions };
}

function foldString(s: string, codes: Int32Array): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const m = codes[c] ?? KEEP;
    if (m === KEEP || m === SURROGATE) out += s.charAt(i);
    else if (m >= 0) out += String.fromCharCode(m);
  }
  return out;
}

/**
 * Folds the orthographic variation of Arabic and Persian text — letter forms, diacritics, tatweel,
 * zero-width joiners, digit scripts, presentation forms, invisible controls — and keeps a map from
 * every folded offset back to the original, so that anything found in the folded text can be
 * reported at its place in the caller's string.
 *
 * Folding is idempotent: normalizing the folded text again changes nothing.
 *
 * @param text - Any string; lone surrogates and control characters are handled, never thrown on.
 * @param options - Which folds to apply (all but `lowercase` by default).
 * @returns The folded text, the original, and the offset map.
 *
 * @example
 * ```ts
 * import { normalize, toSourceSpan } from 'muqabala';
 *
 * const n = normalize('گفت‌وگوی رئیس‌جمهور در ۱۴۰۴');
 * n.text; // => 'گفتوگوي رييسجمهور در 1404'
 * const at = n.text.indexOf('1404');
 * toSourceSpan(n, at, at + 4); // => { start: 23, end: 27 }
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions): NormalizedText {
  argument('normalize', 'text', text, string);
  // JavaScript callers may pass null, which the types leave out: == null takes both.
  const resolved = resolveOptions(options == null ? undefined : checkOptions('normalize', options, NORMALIZE_OPTIONS));
  const n = text.length;
  // Folding never grows the text except through presentation-form expansions (at most 18 units for ﷺ),
  // so the buffers start at the input's length and grow only when an expansion needs room.
  const buffers: FoldBuffers = { out: new Uint16Array(n), offsets: new Uint32Array(n + 1) };
  const len = foldInto(text, resolved, buffers);
  const { out, offsets } = buffers;
  return { text: foldedText(text, out, len), source: text, offsets: offsets.length === len + 1 ? offsets : offsets.slice(0, len + 1) };
}

/** Where {@link foldInto} writes: the folded code units and their offsets, replaced by larger arrays when too small. */
interface FoldBuffers {
  out: Uint16Array;
  offsets: Uint32Array;
}

/**
 * normalize's folding of `text` into `buffers` (grown when an expansion needs room): returns the folded length,
 * `buffers.offsets[len]` set to the text's length.
 */
function foldInto(text: string, resolved: Required<NormalizeOptions>, buffers: FoldBuffers): number {
  const { codes, expansions } = tableFor(resolved);
  const controls = resolved.controls;
  const n = text.length;
  let { out, offsets } = buffers;
  if (out.length < n) out = buffers.out = new Uint16Array(n);
  if (offsets.length < out.length + 1) offsets = buffers.offsets = new Uint32Array(out.length + 1);
  let len = 0;
  const ensure = (extra: number): void => {
    if (len + extra <= out.length) return;
    const size = Math.max(out.length * 2, len + extra);
    const nextOut = new Uint16Array(size);
    nextOut.set(out.subarray(0, len));
    out = buffers.out = nextOut;
    const nextOffsets = new Uint32Array(size + 1);
    nextOffsets.set(offsets.subarray(0, len));
    offsets = buffers.offsets = nextOffsets;
  };
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = codes[c] ?? KEEP;
    if (m === KEEP) {
      out[len] = c;
      offsets[len++] = i;
    } else if (m >= 0) {
      out[len] = m;
      offsets[len++] = i;
    } else if (m === SURROGATE) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[len] = c;
        offsets[len++] = i;
        out[len] = next;
        offsets[len++] = i;
        i++;
      } else if (controls) {
        out[len] = 0xfffd;
        offsets[len++] = i;
      } else {
        out[len] = c;
        offsets[len++] = i;
      }
    } else if (m === EXPAND) {
      const expansion = expansions.get(c) as string;
      // Room for the expansion and for every input unit still to come, which the other branches write unchecked.
      ensure(expansion.length + (n - i - 1));
      for (let k = 0; k < expansion.length; k++) {
        out[len] = expansion.charCodeAt(k);
        offsets[len++] = i;
      }
    }
    // DELETE: nothing is written; the next kept character keeps its own offset.
  }
  offsets[len] = n;
  return len;
}

/** The buffers of {@link normalizeReusing}, reused from one call to the next for texts up to {@link REUSED_MAX} units. */
const reused: FoldBuffers = { out: new Uint16Array(256), offsets: new Uint32Array(257) };
/** A longer text gets buffers of its own, so that one long sentence does not leave large buffers behind. */
const REUSED_MAX = 1 << 14;

/**
 * `normalize(text)` (the default folds) without the checks at the door, its offset map a view of a buffer that the
 * next call overwrites: for a library caller that reads the map before folding anything else (the aligner's
 * anchors, which want the words of every sentence as written once, and keep none of the maps).
 */
export function normalizeReusing(text: string): NormalizedText {
  const n = text.length;
  const buffers = n <= REUSED_MAX ? reused : { out: new Uint16Array(n), offsets: new Uint32Array(n + 1) };
  const len = foldInto(text, DEFAULTS, buffers);
  return { text: foldedText(text, buffers.out, len), source: text, offsets: buffers.offsets };
}

/** The folded text of `len` units in `out`: most words fold to themselves, and then it is the caller's string, not a copy. */
function foldedText(text: string, out: Uint16Array, len: number): string {
  if (len !== text.length) return decode(out, len);
  for (let i = 0; i < len; i++) if (out[i] !== text.charCodeAt(i)) return decode(out, len);
  return text;
}

const resolvedOptions = new WeakMap<NormalizeOptions, Required<NormalizeOptions>>();

/** The folding buffer of {@link foldText}, grown as needed and reused: folding a word allocates nothing more. */
let scratch = new Uint16Array(256);

/**
 * `normalize(text, options).text` without the offset map and without the checks at the door: for the library's
 * own callers, which fold words and names by the million. A text that folds to itself is returned as it is.
 */
export function foldText(text: string, options?: NormalizeOptions): string {
  let resolved = DEFAULTS;
  if (options !== undefined) {
    // Callers pass a constant object: its resolution is remembered rather than redone per word.
    resolved = resolvedOptions.get(options) ?? resolveOptions(options);
    resolvedOptions.set(options, resolved);
  }
  const { codes, expansions } = tableFor(resolved);
  const n = text.length;
  let i = 0;
  while (i < n && codes[text.charCodeAt(i)] === KEEP) i++;
  if (i === n) return text;
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  let out = scratch;
  for (let k = 0; k < i; k++) out[k] = text.charCodeAt(k);
  let len = i;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    const m = codes[c] ?? KEEP;
    if (m === KEEP) out[len++] = c;
    else if (m >= 0) out[len++] = m;
    else if (m === SURROGATE) {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[len++] = c;
        out[len++] = next;
        i++;
      } else out[len++] = resolved.controls ? 0xfffd : c;
    } else if (m === EXPAND) {
      const expansion = expansions.get(c) as string;
      if (len + expansion.length + (n - i - 1) > out.length) {
        const grown = new Uint16Array((len + expansion.length + (n - i - 1)) * 2);
        grown.set(out.subarray(0, len));
        out = scratch = grown;
      }
      for (let k = 0; k < expansion.length; k++) out[len++] = expansion.charCodeAt(k);
    }
    // DELETE: nothing is written.
  }
  return decode(out, len);
}

function decode(units: Uint16Array, length: number): string {
  // String.fromCharCode over chunks: fast, and the chunk size stays below the engines' argument limits.
  const CHUNK = 8192;
  let s = '';
  for (let i = 0; i < length; i += CHUNK) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return s;
}
