// The frame every HTML report shares (policy, title, style, footer, the one script) and the two ways it writes
// words that may run right to left: a document's own words, and an English line quoting them.
import { rightToLeftRuns } from './bidi.js';
import { isRightToLeftDocument, languageTag } from './describe.js';
import { escapeAttribute as attr, escapeIsolated, escapeText as text } from './escape-html.js';
import { SCRIPT, SCRIPT_HASH } from './html-script.js';
import { STYLE, STYLE_HASH } from './html-style.js';
import type { ReportDocument } from '../model/types.js';

/**
 * The Content-Security-Policy of a report page: nothing loads from anywhere; the page's own style sheet
 * applies and, when the page has one, its own script runs, each allowed by its hash and nothing else.
 */
export function contentSecurityPolicy(script: boolean): string {
  return [
    "default-src 'none'",
    `style-src '${STYLE_HASH}'`,
    script ? `script-src '${SCRIPT_HASH}'` : "script-src 'none'",
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * A report page around its body: the policy (nothing loads; only the page's own style and, with `script`,
 * its own script run), the title, the style, the footer with the report format's version.
 */
export function reportPage(title: string, version: unknown, body: readonly string[], options: { readonly script?: boolean } = {}): string {
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(options.script === true))}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="muqabala">',
    `<title>${escapeIsolated(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
  ];
  // One by one: push(...body) overflows the stack on a page of a hundred thousand rows.
  for (const part of body) lines.push(part);
  lines.push(`<footer>Report format version ${text(version)}, rendered by muqabala.</footer>`);
  if (options.script) lines.push(`<script>${SCRIPT}</script>`);
  lines.push('</body>', '</html>', '');
  return lines.join('\n');
}

/**
 * A line of English that may quote Arabic or Persian (a message, a label, a title): escaped, each right-to-left
 * run in its own `<bdi dir="rtl">`, so that a name reads right to left without reordering the English around
 * it. `dir` is the line's own direction: `ltr` for the library's English, `auto` (first strong letter) for a
 * caller's name or title. Bidi controls in the value are shown, never obeyed (see `escapeText`).
 */
export function lineHtml(value: unknown, dir: 'ltr' | 'auto' = 'ltr', attributes = ''): string {
  const runs = rightToLeftRuns(String(value));
  const inner = runs.map((run) => (run.rtl ? `<bdi dir="rtl">${text(run.text)}</bdi>` : text(run.text))).join('');
  return `<bdi dir="${dir}"${attributes}>${inner}</bdi>`;
}

/** ` dir="rtl" lang="fa-AF"` for a document in Arabic or Persian; ` dir="auto"` for one in no known language. */
export function langAttributes(document: ReportDocument): string {
  const tag = languageTag(document);
  return isRightToLeftDocument(document) && tag ? ` dir="rtl" lang="${attr(tag)}"` : ' dir="auto"';
}

/** Words quoted from a document, in its language and direction, in «guillemets». */
export function quoteHtml(document: ReportDocument | undefined, words: unknown): string {
  return `<q><bdi${document ? langAttributes(document) : ' dir="auto"'}>${text(words)}</bdi></q>`;
}

// Class names come from this table, never from the report, so a report cannot choose a class.
const SEVERITY_CLASS: Readonly<Record<string, string>> = { conflict: 'sev-conflict', warning: 'sev-warning', info: 'sev-info' };

/** The class of a severity: `sev-conflict`, `sev-warning`, `sev-info`, or `sev-unknown` for any other value. */
export function severityClass(severity: unknown): string {
  return (typeof severity === 'string' && Object.hasOwn(SEVERITY_CLASS, severity) ? SEVERITY_CLASS[severity] : undefined) ?? 'sev-unknown';
}
