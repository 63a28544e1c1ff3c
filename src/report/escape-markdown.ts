// Text from a report, made safe to print in Markdown (GitHub-flavoured or CommonMark) and on a terminal.

import { hasRightToLeft, isBidiControl, rightToLeftRuns } from './bidi.js';

const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

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
    else if (isBidiControl(c)) out += `⟦U+${c.toString(16).toUpperCase()}⟧`;
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

/**
 * A line of English that quotes Arabic or Persian words (a finding's message, a label), as inline Markdown:
 * escaped as {@link quoteMarkdown} escapes it and, when `isolate` is set, each right-to-left run wrapped in
 * RLI … PDI and the whole in FSI … PDI (first-strong isolation: the line keeps its own direction, taken
 * from its first letter outside the runs, whatever stands around it). The English between the runs is never
 * inside an isolate that would reverse it.
 */
export function mixedMarkdown(text: string, isolate: boolean): string {
  const runs = rightToLeftRuns(text);
  const pieces = runs.map((run) => {
    const escaped = quoteMarkdown(run.text, false);
    return isolate && run.rtl ? RLI + escaped + PDI : escaped;
  });
  const line = pieces.join('');
  // A line that is one right-to-left run needs no second isolate around it.
  return isolate && hasRightToLeft(line) && runs.length > 1 ? FSI + line + PDI : line;
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

/** Markdown already escaped, wrapped in RLI … PDI when `isolate` is set and it runs right to left. */
export function isolateMarkdown(markdown: string, isolate: boolean): string {
  return isolate && hasRightToLeft(markdown) ? RLI + markdown + PDI : markdown;
}

/**
 * Words quoted from a document in bold, escaped: spaces, punctuation and symbols at either end stay outside
 * the `**`, where CommonMark would not read them as emphasis (a highlight that starts with «).
 */
export function boldMarkdown(words: string): string {
  const chars = Array.from(words);
  const edge = (c: string): boolean => /[\s\p{P}\p{S}]/u.test(c);
  let from = 0;
  let to = chars.length;
  while (from < to && edge(chars[from] as string)) from++;
  while (to > from && edge(chars[to - 1] as string)) to--;
  const part = (a: number, b: number): string => quoteMarkdown(chars.slice(a, b).join(''), false);
  return from === to ? part(0, chars.length) : `${part(0, from)}**${part(from, to)}**${part(to, chars.length)}`;
}
