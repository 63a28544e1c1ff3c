import { detectLanguage, type Language } from '../text/language.js';
import { normalize, sourceSpanOf, type NormalizedText, type Span } from '../text/normalize.js';
import { cutTokens, type TokenKind } from '../text/tokens.js';
import { elementAt } from '../contract/element-at.js';

/** A token of the folded text; `break` stands for a line break, which no date or number spans. */
export interface FoldedToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind | 'break';
}

/** A text made ready for the extractors: folded once, cut into tokens once, its language known. */
export interface PreparedText {
  readonly normalized: NormalizedText;
  readonly tokens: readonly FoldedToken[];
  /** The tokens' texts, which the phrase tables and number grammars read. */
  readonly words: readonly string[];
  readonly language: Language;
}

const LINE_BREAK = '\n';

export function prepareText(text: string, language?: Language): PreparedText {
  const normalized = normalize(text);
  const folded = normalized.text;
  const tokens: FoldedToken[] = [];
  let last = 0;
  for (const t of cutTokens(folded)) {
    if (tokens.length > 0 && hasLineBreak(folded, last, t.start)) tokens.push({ text: LINE_BREAK, start: last, end: last, kind: 'break' });
    tokens.push(t);
    last = t.end;
  }
  const detected = language ?? detectLanguage(text).language;
  return { normalized, tokens, words: tokens.map((t) => t.text), language: detected === 'unknown' ? 'ar' : detected };
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) return true;
  return false;
}

/** The span in the caller's string of tokens `first` … `end - 1`, leaving out `skip` folded characters at the start. */
export function sourceSpan(doc: PreparedText, first: number, end: number, skip = 0): Span & { text: string } {
  const from = elementAt(doc.tokens, first).start + skip;
  const to = elementAt(doc.tokens, end - 1).end;
  const span = sourceSpanOf(doc.normalized, from, to);
  return { text: doc.normalized.source.slice(span.start, span.end), start: span.start, end: span.end };
}

/** Whether tokens `i` and `i + 1` touch, with nothing between them. */
export function touching(doc: PreparedText, i: number): boolean {
  const a = doc.tokens[i];
  const b = doc.tokens[i + 1];
  return a !== undefined && b !== undefined && a.end === b.start;
}
