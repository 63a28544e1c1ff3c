import { options as checkOptions } from '../contract/validate.js';
import { checkReport, MARKDOWN_OPTIONS } from './checks.js';
import {
  decimal,
  describeLanguage,
  findingDetails,
  groupBySeverity,
  kindCounts,
  percent,
  severityCounts,
  sideLabel,
  uncertainBeads,
  type Piece,
  type RenderOptions,
} from './describe.js';
import { codeSpan, quoteMarkdown } from './escape-markdown.js';
import type { ComparisonReport, Finding, ReportDocument, Side } from '../model/types.js';

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions extends RenderOptions {
  /** Add a table of the aligned sentences, one row per bead, after the findings. Default `false`. */
  readonly sentences?: boolean;
  /**
   * Wrap every snippet that holds right-to-left letters in the Unicode isolates RLI (U+2067) and PDI
   * (U+2069), so that an Arabic or Persian quotation reads right to left inside an English line without
   * reordering the line around it. Default `true`; turn it off for a terminal that shows the isolates as
   * boxes.
   */
  readonly isolates?: boolean;
}

const SIDES: readonly Side[] = ['a', 'b'];

/**
 * Renders a comparison report as Markdown, for a terminal or an issue tracker: a header (the documents,
 * their languages, the mode, the alignment coverage, counts by severity and kind), then the findings grouped
 * by severity, conflicts first, each with its number, rule id, message, and the quoted words on each side at
 * `line:column`, then, with `sentences: true`, the aligned sentence table.
 *
 * Text from the documents is escaped wherever Markdown or HTML-in-Markdown would read it (`\|`, `` \` ``,
 * `\#`, `\<` …), loses its line breaks and control characters, and is wrapped in RLI … PDI when it runs
 * right to left (see {@link RenderMarkdownOptions.isolates}).
 *
 * @example
 * ```ts
 * import { compare, renderMarkdown } from 'muqabala';
 *
 * const report = compare('وصل الوزير إلى دوشنبه.', 'وزیر به دوشنبه رسید.');
 * const md = renderMarkdown(report, { labels: { a: 'ar.txt', b: 'fa.txt' }, sentences: true });
 * md.split('\n')[0]; // => '# Comparison report: A (ar.txt) and B (fa.txt)'
 * md.includes('| 0 | 1–1 |'); // => true
 * md.includes('\u2067وصل الوزير إلى دوشنبه.\u2069'); // => true
 * ```
 */
export function renderMarkdown(report: ComparisonReport, options: RenderMarkdownOptions = {}): string {
  checkReport('renderMarkdown', report);
  options = checkOptions('renderMarkdown', options, MARKDOWN_OPTIONS);
  const isolate = options.isolates ?? true;
  const quote = (text: string): string => quoteMarkdown(text, isolate);
  const pieces = (list: readonly Piece[]): string =>
    list.map((p) => (typeof p === 'string' ? quote(p) : `«${quote(p.quote)}»`)).join('');
  const label = (side: Side): string => quote(sideLabel(side, options.labels));
  const lines: string[] = [];

  lines.push(`# Comparison report: ${label('a')} and ${label('b')}`, '');
  for (const line of documentTable(report, label, quote)) lines.push(line);
  lines.push('');
  for (const notice of report.notices ?? []) lines.push(`> **Notice:** ${quote(notice.message)}`, '');
  const { beads } = report.alignment;
  const uncertain = uncertainBeads(report, options.lowConfidence);
  lines.push(
    `**Mode:** ${quote(report.mode)} — ${quote(report.modeReason)}  `,
    `**Alignment:** ${beads.length} bead${beads.length === 1 ? '' : 's'}, ${uncertain.size} uncertain  `,
    `**Findings:** ${report.findings.length} — ${severityCounts(report)}; ${kindCounts(report)}`,
    '',
  );

  if (report.findings.length === 0) lines.push('No findings.', '');
  for (const group of groupBySeverity(report.findings)) {
    lines.push(`## ${group.heading} (${group.findings.length})`, '');
    for (const { number, finding } of group.findings) for (const line of findingItem(number, finding, label, quote, pieces)) lines.push(line);
    lines.push('');
  }

  if (options.sentences) {
    // Line by line: push(...rows) overflows the stack past about 125,000 rows.
    for (const line of sentenceTable(report, uncertain, label, quote)) lines.push(line);
    lines.push('');
  }
  return lines.join('\n');
}

function documentTable(
  report: ComparisonReport,
  label: (side: Side) => string,
  quote: (text: string) => string,
): string[] {
  const { a, b } = report.documents;
  const row = (name: string, show: (d: ReportDocument, side: Side) => string): string =>
    `| ${name} | ${show(a, 'a')} | ${show(b, 'b')} |`;
  const rows = [`| | ${label('a')} | ${label('b')} |`, '| --- | --- | --- |'];
  if (a.title !== undefined || b.title !== undefined) rows.push(row('title', (d) => (d.title === undefined ? '' : quote(d.title))));
  rows.push(row('language', (d) => quote(describeLanguage(d))));
  if (a.publishedAt !== undefined || b.publishedAt !== undefined) {
    rows.push(row('published', (d) => (d.publishedAt === undefined ? '' : quote(d.publishedAt))));
  }
  rows.push(row('sentences', (d) => String(d.sentences.length)));
  rows.push(row('with a counterpart', (_d, side) => percent(report.summary.coverage[side])));
  return rows;
}

function findingItem(
  number: number,
  finding: Finding,
  label: (side: Side) => string,
  quote: (text: string) => string,
  pieces: (list: readonly Piece[]) => string,
): string[] {
  const out = [
    `- **#${number}** ${codeSpan(finding.rule)} ${quote(finding.message)} *(bead ${finding.bead}, confidence ${decimal(finding.confidence)})*`,
  ];
  for (const side of SIDES) {
    const at = finding[side];
    if (at) out.push(`  - ${label(side)} ${at.line}:${at.column} «${quote(at.text)}»`);
  }
  for (const detail of findingDetails(finding)) out.push(`  - ${quote(detail.label)}: ${pieces(detail.pieces)}`);
  return out;
}

function sentenceTable(
  report: ComparisonReport,
  uncertain: ReadonlySet<number>,
  label: (side: Side) => string,
  quote: (text: string) => string,
): string[] {
  const { a, b } = report.documents;
  const cell = (document: ReportDocument, indices: readonly number[]): string =>
    indices.length === 0
      ? '*(none)*'
      : indices.map((i) => `**${i}** ${quote(document.sentences[i]?.text ?? '')}`).join(' ');
  const rows = [
    '## Aligned sentences',
    '',
    `| bead | shape | confidence | ${label('a')} | ${label('b')} |`,
    '| ---: | :---: | ---: | --- | --- |',
  ];
  report.alignment.beads.forEach((bead, i) => {
    const confidence = decimal(bead.confidence) + (uncertain.has(i) ? ' ⚠' : '');
    rows.push(`| ${i} | ${bead.a.length}–${bead.b.length} | ${confidence} | ${cell(a, bead.a)} | ${cell(b, bead.b)} |`);
  });
  return rows;
}
