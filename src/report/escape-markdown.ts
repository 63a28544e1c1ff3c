// Text from a report, made safe to print in Markdown (GitHub-flavoured or CommonMark) and on a terminal.

const RLI = '\u2067';
const PDI = '\u2069';

/** A right-to-left letter or mark (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
function isRightToLeft(c: number): boolean {
  return (c >= 0x0590 && c <= 0x08ff) || (c >= 0xfb1d && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

function hasRightToLeft(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isRightToLeft(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Makes what a terminal or a Markdown viewer would act on visible and inert: line breaks become spaces (a
 * snippet stays on its line); C0 and C1 controls (ESC starts terminal escape sequences) become their Control
 * Pictures or U+FFFD; explicit bidi embeddings, overrides and isolates become `⟦U+202E⟧`, so that input
 * cannot reorder the rest of the line (Trojan Source) or close the isolate this module wraps it in.
 */
function neutralize(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) out += ' ';
    else if (c === 0x09) out += ch;
    else if (c < 0x20) out += String.fromCharCode(0x2400 + c);
    else if (c === 0x7f) out += '\u2421';
    else if (c >= 0x80 && c <= 0x9f) out += '\ufffd';
    else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) out += `⟦U+${c.toString(16).toUpperCase()}⟧`;
    else out += ch;
  }
  return out;
}

/**
 * Words quoted from a document, as inline Markdown: neutralized, with every character that Markdown or
 * HTML-in-Markdown reads escaped by a backslash (CommonMark lets any ASCII punctuation be escaped, GFM
 * tables need `\|`), and, when `isolate` is set and the words hold right-to-left letters, wrapped in
 * RLI … PDI so that they read right to left without reordering the English around them.
 */
export function quoteMarkdown(text: string, isolate: boolean): string {
  const escaped = neutralize(text).replace(/[\\`*_[\]<>|#~&$]/g, '\\$&');
  return isolate && hasRightToLeft(escaped) ? RLI + escaped + PDI : escaped;
}

/** Inline code (for rule ids): a fence longer than any run of backticks inside, never a line break. */
export function codeSpan(text: string): string {
  const clean = neutralize(text);
  let longest = 0;
  for (const run of clean.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return fence + pad + clean + pad + fence;
}
