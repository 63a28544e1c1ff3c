import { elementAt } from '../contract/element-at.js';
/**
 * Quotations and parentheses that are closed within a block. A sentence stop inside one of them does
 * not end the sentence around it (unless the stop closes the quotation itself), so «…» with two
 * sentences inside stays one unit, as translators treat it.
 */

/** A closed quotation or parenthesis: offsets of the opening and the closing mark. */
export interface QuotedRange {
  readonly open: number;
  readonly close: number;
}

const PAIRS = new Map<number, number>([
  [0x00bb, 0x00ab], // » closes «
  [0x201d, 0x201c], // ” closes “
  [0x203a, 0x2039], // › closes ‹
  [0x0029, 0x0028], // )
  [0x005d, 0x005b], // ]
  [0x007d, 0x007b], // }
]);
const OPENERS = new Set([0x00ab, 0x201c, 0x201e, 0x2039, 0x0028, 0x005b, 0x007b]);
// Marks that open and close alike: the first opens, the next one closes.
const TOGGLES = new Set([0x0022, 0x201d]);

/** Characters that close a quotation or bracket and so belong to the sentence they follow. */
export function isCloser(c: number): boolean {
  return PAIRS.has(c) || c === 0x0022 || c === 0x2019 || c === 0x0027;
}

/** Characters that open a quotation. */
export function isQuoteOpener(c: number): boolean {
  return c === 0x00ab || c === 0x201c || c === 0x201e || c === 0x2039 || c === 0x0022;
}

/**
 * The outermost closed quotations and brackets in `text[from, to)` that are at most `maxLength` long,
 * sorted by position and not overlapping.
 */
export function quotedRanges(text: string, from: number, to: number, maxLength: number): QuotedRange[] {
  if (maxLength <= 0) return [];
  const stack: { mark: number; at: number }[] = [];
  const found: QuotedRange[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const opener = PAIRS.get(c);
    if (TOGGLES.has(c)) {
      const k = lastIndexOfMark(stack, c === 0x201d ? [0x201d, 0x201c, 0x201e] : [0x0022]);
      if (k >= 0) close(stack, k, i, found, maxLength);
      else stack.push({ mark: c, at: i });
    } else if (opener !== undefined) {
      const k = lastIndexOfMark(stack, [opener]);
      if (k >= 0) close(stack, k, i, found, maxLength);
    } else if (OPENERS.has(c)) {
      stack.push({ mark: c, at: i });
    }
    // An unclosed mark must not shield the rest of a huge block; forget marks opened too long ago.
    while (stack.length > 0 && i - elementAt(stack, 0).at > maxLength) stack.shift();
  }
  return outermost(found);
}

function lastIndexOfMark(stack: { mark: number }[], marks: number[]): number {
  for (let k = stack.length - 1; k >= 0; k--) if (marks.includes(elementAt(stack, k).mark)) return k;
  return -1;
}

function close(stack: { at: number }[], k: number, at: number, found: QuotedRange[], maxLength: number): void {
  const open = elementAt(stack, k).at;
  stack.length = k;
  if (at - open <= maxLength) found.push({ open, close: at });
}

function outermost(ranges: QuotedRange[]): QuotedRange[] {
  ranges.sort((a, b) => a.open - b.open || b.close - a.close);
  const out: QuotedRange[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r.open < last.close) continue;
    out.push(r);
  }
  return out;
}
