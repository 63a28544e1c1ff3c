import { detectLanguage, type Language } from '../text/language.js';
import { normalize, type NormalizedText, type Span } from '../text/normalize.js';
import { sourceSpanOf } from '../text/source-span.js';
import { eachToken, type TokenKind } from '../text/tokens.js';
import { elementAt } from '../contract/element-at.js';

/** A text made ready for the extractors: folded once, cut into tokens once, its language known. */
export interface PreparedText {
  readonly normalized: NormalizedText;
  /**
   * The tokens' texts, which the phrase tables and number grammars read; a line break between two tokens is a
   * token of its own, `'\n'`, which no date or number spans. One string per distinct word of the text: a long
   * text holds its vocabulary once, not a copy per occurrence.
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
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const types: number[] = [];
  const distinct: string[] = [];
  const interned = new Map<string, number>();
  const intern = (text: string): number => {
    let id = interned.get(text);
    if (id === undefined) {
      id = distinct.length;
      interned.set(text, id);
      distinct.push(text);
    }
    return id;
  };
  let last = 0;
  eachToken(folded, (text, start, end, kind) => {
    if (words.length > 0 && hasLineBreak(folded, last, start)) {
      const id = intern(LINE_BREAK);
      words.push(elementAt(distinct, id));
      types.push(id);
      kinds.push(LINE_BREAK_KIND);
      starts.push(last);
      ends.push(last);
    }
    const id = intern(text);
    words.push(elementAt(distinct, id));
    types.push(id);
    kinds.push(KIND_CODES[kind]);
    starts.push(start);
    ends.push(end);
    last = end;
  });
  const detected = language ?? detectLanguage(text).language;
  return {
    normalized,
    words,
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
    kinds: Uint8Array.from(kinds),
    types: Uint32Array.from(types),
    distinct,
    language: detected === 'unknown' ? 'ar' : detected,
  };
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
  return i >= 0 && i + 1 < doc.words.length && doc.ends[i] === doc.starts[i + 1];
}
