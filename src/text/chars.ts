/**
 * Character classes for Arabic-script text, by code unit. Hot loops call these, so they compare ranges
 * instead of running Unicode property regular expressions.
 */

/** A letter of the Arabic script (Arabic, Persian, Urdu, Pashto letters and their presentation forms). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0620 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x0870 && c <= 0x0887) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff && !(c >= 0xfd3e && c <= 0xfd4f)) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** A combining mark of the Arabic script: harakat, shadda, sukun, superscript alef, hamza above/below, Quranic marks. */
export function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e4) ||
    (c >= 0x06e7 && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x0898 && c <= 0x089f) ||
    (c >= 0x08ca && c <= 0x08e1) ||
    (c >= 0x08e3 && c <= 0x08ff)
  );
}

/** The value 0–9 of a digit in Western, Arabic-Indic (٠–٩) or Extended Arabic-Indic (۰–۹) form, else -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

/** A text with its Arabic-Indic (٠–٩) and Extended Arabic-Indic (۰–۹) digits written as Western ones (٢, ۲ → 2). */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String(digitValue(d.charCodeAt(0))));
}

/** A digit of any of the three scripts the library reads. */
export function isDigit(c: number): boolean {
  return digitValue(c) >= 0;
}

/** A basic Latin letter or a Latin letter of the Latin-1 and Latin Extended blocks. */
export function isLatinLetter(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  );
}

/** An upper-case Latin letter (the cue that a Latin sentence starts). */
export function isLatinUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** A lower-case Latin letter. */
export function isLatinLower(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}

/** A Cyrillic letter. */
export function isCyrillicLetter(c: number): boolean {
  return c >= 0x0400 && c <= 0x052f;
}

/** Zero-width characters that join or separate letters without taking space: ZWNJ, ZWJ, ZWSP, word joiner, BOM, soft hyphen. */
export function isZeroWidth(c: number): boolean {
  return c === 0x200c || c === 0x200d || c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0x00ad;
}

/** Bidirectional formatting characters (marks, embeddings, overrides, isolates). */
export function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** White space, including the no-break and typographic spaces that scraped news text carries. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** A line break: LF, CR, NEL, line separator, paragraph separator, vertical tab, form feed. */
export function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
}

/** Anything that can be part of a word: a letter of any script, a mark, a digit, tatweel or a zero-width joiner. */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (isArabicLetter(c) || isArabicMark(c) || c === 0x0640 || isDigit(c)) return true;
  if (c === 0x200c || c === 0x200d) return true;
  // Other scripts: letters and marks by Unicode property, only reached for non-Arabic, non-ASCII text.
  return LETTER_OR_MARK.test(String.fromCharCode(c));
}

const LETTER_OR_MARK = /^[\p{L}\p{M}\p{Nd}]$/u;
