import { detectLanguage, type Language } from '../text/language.js';
import { normalize, type NormalizedText, type Span } from '../text/normalize.js';
import { sourceSpanOf } from '../text/source-span.js';
import { eachTokenSpan, type TokenKind } from '../text/tokens.js';
import { elementAt } from '../contract/element-at.js';

/** A text made ready for the extractors: folded once, cut into tokens once, its language known. */
export interface PreparedText {
  readonly normalized: NormalizedText;
  /**
   * The tokens' texts, which the phrase tables and number grammars read; a line break between two tokens is a
   * token of its own, `'\n'`, which no date or number spans. One string per distinct word of the text: a long
   * text holds its vocabulary once, not a copy per occurrence. Listed when first asked for (see {@link Prepared}).
   */
  readonly words: readonly string[];
  /** Each token's span in the folded text (a line break's is empty, at the end of the token before it). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** Each token's kind ({@link TOKEN_KINDS}; a line break's is {@link LINE_BREAK_KIND}), for the name finder, which reads these tokens too. */
  readonly kinds: Uint8Array;
  /** Each token's number among the distinct words of the text (`words[i]` is `distinct[types[i]]`). */
  readonly types: Uint32Array;
  /** The distinct words, each once, in order of first appearance. */
  readonly distinct: readonly string[];
  readonly language: Language;
}

/** The kinds of tokens, by their code in {@link PreparedText.kinds}. */
export const TOKEN_KINDS: readonly TokenKind[] = ['word', 'number', 'punctuation', 'symbol'];
/** The code in {@link PreparedText.kinds} of a line break between two tokens. */
export const LINE_BREAK_KIND = TOKEN_KINDS.length;
const KIND_CODES: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punctuation: 2, symbol: 3 };

const LINE_BREAK = '\n';

export function prepareText(text: string, language?: Language): PreparedText {
  const normalized = normalize(text);
  const folded = normalized.text;
  const distinct: string[] = [];
  const spellings = new Spellings(folded, distinct);
  // Grown by doubling and cut to length at the end: a text's tokens number about a fifth of its characters.
  let starts = new Uint32Array(Math.max(16, folded.length >> 2));
  let ends = new Uint32Array(starts.length);
  let kinds = new Uint8Array(starts.length);
  let types = new Uint32Array(starts.length);
  let count = 0;
  let lineBreak = -1;
  const add = (id: number, kind: number, start: number, end: number): void => {
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
      kinds = grown(kinds);
      types = grown(types);
    }
    types[count] = id;
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    count++;
  };
  let last = 0;
  eachTokenSpan(folded, (start, end, kind) => {
    if (count > 0 && hasLineBreak(folded, last, start)) {
      // No token is a line break: its string is one of the distinct words, found by no token's text.
      if (lineBreak < 0) lineBreak = distinct.push(LINE_BREAK) - 1;
      add(lineBreak, LINE_BREAK_KIND, last, last);
    }
    add(spellings.id(start, end), KIND_CODES[kind], start, end);
    last = end;
  });
  const detected = language ?? detectLanguage(text).language;
  return new Prepared(
    normalized,
    starts.slice(0, count),
    ends.slice(0, count),
    kinds.slice(0, count),
    types.slice(0, count),
    distinct,
    detected === 'unknown' ? 'ar' : detected,
  );
}

/**
 * A prepared text whose list of token texts is made when a reader first asks for it: the name finder, which
 * reads a long text's facts longest, reads the token numbers and never asks, and a pointer per token alive
 * through it was the largest part of what a long comparison holds on the engine's heap.
 */
class Prepared implements PreparedText {
  private listed: readonly string[] | undefined;

  constructor(
    readonly normalized: NormalizedText,
    readonly starts: Uint32Array,
    readonly ends: Uint32Array,
    readonly kinds: Uint8Array,
    readonly types: Uint32Array,
    readonly distinct: readonly string[],
    readonly language: Language,
  ) {}

  get words(): readonly string[] {
    if (!this.listed) {
      const words = new Array<string>(this.types.length);
      for (let i = 0; i < words.length; i++) words[i] = elementAt(this.distinct, elementAt(this.types, i));
      this.listed = words;
    }
    return this.listed;
  }
}

function grown<T extends Uint8Array | Uint32Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/**
 * The distinct token texts of a text, numbered, found by a hash of the token's characters in the text: a token
 * met before is not cut out of the text again (a long text's tokens are mostly repeats, and a string per token
 * was most of what preparing a text allocated).
 */
class Spellings {
  private slots = new Int32Array(1024).fill(-1);
  private readonly hashes: number[] = [];

  constructor(
    private readonly text: string,
    private readonly distinct: string[],
  ) {}

  /** The number of the text `text.slice(start, end)`, new or met before. */
  id(start: number, end: number): number {
    const text = this.text;
    // FNV-1a over the code units.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const length = end - start;
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1;
      if (id < 0) {
        const fresh = this.distinct.push(text.slice(start, end)) - 1;
        this.hashes[fresh] = h;
        this.slots[slot] = fresh;
        if (this.hashes.length * 2 > this.slots.length) this.rehash();
        return fresh;
      }
      const known = elementAt(this.distinct, id);
      if (this.hashes[id] === h && known.length === length && text.startsWith(known, start)) return id;
    }
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((h, id) => {
      let slot = h & mask;
      while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    });
    this.slots = slots;
  }
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) return true;
  return false;
}

/** The span in the caller's string of tokens `first` … `end - 1`, leaving out `skip` folded characters at the start. */
export function sourceSpan(doc: PreparedText, first: number, end: number, skip = 0): Span & { text: string } {
  const from = (doc.starts[first] ?? 0) + skip;
  const to = doc.ends[end - 1] ?? from;
  const span = sourceSpanOf(doc.normalized, from, to);
  return { text: doc.normalized.source.slice(span.start, span.end), start: span.start, end: span.end };
}

/** Whether tokens `i` and `i + 1` touch, with nothing between them. */
export function touching(doc: PreparedText, i: number): boolean {
  return i >= 0 && i + 1 < doc.types.length && doc.ends[i] === doc.starts[i + 1];
}
