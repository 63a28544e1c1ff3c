// Right-to-left words inside English lines, for every renderer: which characters run right to left, which
// explicit bidi controls input may carry, and the right-to-left runs of a mixed line (each to be isolated, so
// that an Arabic or Persian name reads right to left without reordering the English around it).

/** A right-to-left letter or mark (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
export function isRightToLeft(c: number): boolean {
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Whether the text holds a right-to-left letter. */
export function hasRightToLeft(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRightToLeft(text.charCodeAt(i))) return true;
  return false;
}

/** Whether a code point is an explicit bidi embedding, override or isolate (U+202A–U+202E, U+2066–U+2069). */
export function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * The text with every explicit bidi embedding, override and isolate shown as `⟦U+202E⟧`: input cannot reorder
 * what follows it (Trojan Source) or close an isolate a renderer opened. Marks (U+200E, U+200F, U+061C) stay:
 * they reorder nothing beyond their neighbours.
 */
export function showBidiControls(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isBidiControl(c)) continue;
    out += `${text.slice(from, i)}⟦U+${c.toString(16).toUpperCase()}⟧`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** A piece of a line: right to left (Arabic or Persian words, with the digits and punctuation among them) or not. */
export interface DirectionRun {
  readonly text: string;
  readonly rtl: boolean;
}

const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
// Digits and the separators inside a number, next to a run: a number reads with the words it counts.
const DIGITS_AFTER = /^\s*[0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,:/\u066b\u066c-][0-9\u0660-\u0669\u06f0-\u06f9]+)*/u;
const LETTER = /\p{L}/u;

const SEPARATORS = '.,:/\u066b\u066c-';

/**
 * Where a number ends a string (its digits and the separators between them, then spaces): the number's start,
 * or -1. A scan from the end, as a regular expression anchored at the end would rescan from every start.
 */
function numberBefore(text: string): number {
  const digit = (i: number): boolean => i >= 0 && DIGIT.test(text.charAt(i));
  let i = text.length;
  while (i > 0 && /\s/u.test(text.charAt(i - 1))) i--;
  let start = -1;
  while (digit(i - 1)) {
    while (digit(i - 1)) i--;
    start = i;
    if (SEPARATORS.includes(text.charAt(i - 1)) && digit(i - 2)) i--;
    else break;
  }
  return start;
}

/** A strong right-to-left character: a letter of those scripts (their digits are numbers, not letters). */
function strongRightToLeft(ch: string): boolean {
  const c = ch.codePointAt(0) as number;
  return isRightToLeft(c) && !DIGIT.test(ch) && c !== 0x066b && c !== 0x066c;
}

function strongLeftToRight(ch: string): boolean {
  return LETTER.test(ch) && !strongRightToLeft(ch);
}

/**
 * Cuts a line into runs: each right-to-left run goes from a right-to-left letter to the last one before the
 * next left-to-right letter, with a number right before or after it (عام 2025, 12 شاحنة); everything else —
 * English words, the spaces and quotes around the runs — is left to right. The runs joined are the line.
 */
export function rightToLeftRuns(text: string): DirectionRun[] {
  if (!hasRightToLeft(text)) return text ? [{ text, rtl: false }] : [];
  const out: DirectionRun[] = [];
  let done = 0; // end of what has been emitted
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    if (!strongRightToLeft(ch)) {
      i += ch.length;
      continue;
    }
    let start = i;
    let end = i + ch.length; // one past the last right-to-left letter
    let j = end;
    while (j < text.length) {
      const next = String.fromCodePoint(text.codePointAt(j) as number);
      if (strongLeftToRight(next)) break;
      j += next.length;
      if (strongRightToLeft(next)) end = j;
    }
    const after = DIGITS_AFTER.exec(text.slice(end, j));
    if (after && !LETTER.test(text.charAt(end + after[0].length))) end += after[0].length;
    const before = numberBefore(text.slice(done, start));
    if (before >= 0 && !LETTER.test(text.charAt(done + before - 1))) start = done + before;
    // Leading spaces of the number belong outside.
    while (start < i && /\s/u.test(text.charAt(start))) start++;
    if (start > done) out.push({ text: text.slice(done, start), rtl: false });
    out.push({ text: text.slice(start, end), rtl: true });
    done = end;
    i = end;
  }
  if (done < text.length) out.push({ text: text.slice(done), rtl: false });
  return out;
}
