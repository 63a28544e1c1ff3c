import { options as checkOptions } from '../contract/validate.js';
import { checkReport, MARKDOWN_OPTIONS } from './checks.js';
import {
  checkFirstHeading,
  count,
  describeLanguage,
  explainedHeading,
  findingCounts,
  findingSentences,
  groupFindings,
  leadLine,
  lineOf,
  listOf,
  missingSide,
  modeLine,
  otherHeading,
  pairName,
  partitionGroups,
  percent,
  reportLabels,
  sentenceNames,
  severityCount,
  showsTitles,
  SIDES,
  uncertainBeads,
  type FindingGroup,
  type RenderOptions,
} from './describe.js';
import { excerpt } from './excerpt.js';
import { boldMarkdown, codeSpan, isolateMarkdown, mixedMarkdown, quoteMarkdown } from './escape-markdown.js';
import { splitAtSpans } from './segments.js';
import type { ComparisonReport, Finding, ReportDocument, Side } from '../model/types.js';

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions extends RenderOptions {
  /** Add both texts side by side, one table row per sentence pair, after the findings. Default `false`. */
  readonly sentences?: boolean;
  /**
   * Isolate right-to-left text with the Unicode isolates, so that Arabic and Persian read right to left
   * inside English lines without reordering them: each quotation, and each Arabic or Persian run inside an
   * English line, in RLI (U+2067) … PDI (U+2069); each such line in a first-strong isolate (FSI, U+2068).
   * Default `true`; turn it off for a terminal that shows the isolates as boxes.
   */
  readonly isolates?: boolean;
}

/** Writes Markdown for one report: escaping and isolation settled once. */
interface Writer {
  readonly report: ComparisonReport;
  readonly names: Readonly<Record<Side, string>>;
  /** Words quoted from a document. */
  quote(text: string): string;
  /** An English line that may hold Arabic or Persian: a message, a label. */
  line(text: string): string;
  /** Markdown already escaped, isolated when it runs right to left. */
  isolate(markdown: string): string;
}

/**
 * Renders a comparison report as Markdown, for a terminal or an issue tracker, in the order and the words of
 * the HTML page: the first line says what to check first; then the documents, how they were compared and the
 * counts; then what to check first — every conflict and warning as a table row with its explanation and the
 * sentences of both documents side by side, the words it is about in bold (a finding repeated about the same
 * words is said once, with a row for each place); then the explained differences, grouped, one line each with
 * its count and places; then, with `sentences: true`, both texts side by side.
 *
 * Text from the documents is escaped wherever Markdown or HTML-in-Markdown would read it (`\|`, `` \` ``,
 * `\#`, `\<` …), loses its line breaks and control characters, and its bidi controls are shown as
 * `⟦U+202E⟧`; right-to-left text is isolated (see {@link RenderMarkdownOptions.isolates}).
 *
 * @example
 * ```ts
 * import { compare, renderMarkdown } from 'muqabala';
 *
 * const report = compare('وصل الوزير إلى دوشنبه.', 'وزیر به دوشنبه رسید.');
 * const md = renderMarkdown(report, { labels: { a: 'ar.txt', b: 'fa.txt' }, sentences: true });
 * md.split('\n')[0]; // => '# Comparison report: ar.txt and fa.txt'
 * md.includes('| 1 | **1** \u2067وصل الوزير إلى دوشنبه.\u2069 |'); // => true
 * ```
 */
export function renderMarkdown(report: ComparisonReport, options: RenderMarkdownOptions = {}): string {
  checkReport('renderMarkdown', report);
  options = checkOptions('renderMarkdown', options, MARKDOWN_OPTIONS);
  const isolate = options.isolates ?? true;
  const w: Writer = {
    report,
    names: reportLabels(report, options.labels),
    quote: (text) => quoteMarkdown(text, isolate),
    line: (text) => mixedMarkdown(text, isolate),
    isolate: (markdown) => isolateMarkdown(markdown, isolate),
  };
  const { serious, explained, other } = partitionGroups(groupFindings(report.findings));
  const lines: string[] = [];
  const add = (list: readonly string[]): void => {
    // One by one: push(...list) overflows the stack on a table of a hundred thousand rows.
    for (const l of list) lines.push(l);
  };
  lines.push(`# Comparison report: ${w.line(w.names.a)} and ${w.line(w.names.b)}`, '', w.line(leadLine(report)), '');
  add(documentTable(w));
  lines.push('', w.line(modeLine(report)), '');
  for (const notice of listOf(report.notices)) lines.push(`> **Notice:** ${w.line(String(notice.message))}`, '');
  if (report.findings.length) {
    const severities = findingCounts(report.findings, 'severity').map(([s, n]) => severityCount(n, s));
    const kinds = findingCounts(report.findings, 'kind').map(([k, n]) => `${count(n)} ${k}`);
    // The kinds count every finding, as the severities do: "(by kind …)" keeps them from reading as the info's.
    lines.push(`**Findings:** ${w.line(severities.join(', '))} (by kind: ${w.line(kinds.join(', '))})`, '');
  } else lines.push('No findings.', '');
  add(checkFirst(w, serious));
  add(rest(w, explainedHeading(explained), explained));
  add(rest(w, otherHeading(other), other));
  if (options.sentences) add(sentenceTable(w, uncertainBeads(report, options.lowConfidence)));
  return lines.join('\n');
}

function documentTable(w: Writer): string[] {
  const { a, b } = w.report.documents;
  const row = (name: string, show: (d: ReportDocument, side: Side) => string): string => `| ${name} | ${show(a, 'a')} | ${show(b, 'b')} |`;
  const coverage = w.report.summary.coverage as Partial<Record<Side, unknown>> | undefined;
  const rows = [`| | ${w.line(w.names.a)} | ${w.line(w.names.b)} |`, '| --- | --- | --- |'];
  if (showsTitles(w.report, w.names)) rows.push(row('title', (d) => (d.title === undefined ? '' : w.line(String(d.title)))));
  rows.push(row('language', (d) => w.line(describeLanguage(d))));
  if (a.publishedAt !== undefined || b.publishedAt !== undefined) {
    rows.push(row('published', (d) => (d.publishedAt === undefined ? '' : w.quote(String(d.publishedAt)))));
  }
  rows.push(row('sentences', (d) => count(d.sentences.length)));
  rows.push(row('with a counterpart', (_d, side) => w.line(percent(Number(coverage?.[side])))));
  return rows;
}

/** Conflicts and warnings: one row per place, the message on the first row of its finding only. */
function checkFirst(w: Writer, groups: readonly FindingGroup[]): string[] {
  const rows = [`## ${checkFirstHeading(groups)}`, ''];
  if (groups.length === 0) return rows;
  rows.push(`| # | finding | ${w.line(w.names.a)} | ${w.line(w.names.b)} |`, '| ---: | --- | --- | --- |');
  groups.forEach((group, g) => {
    group.members.forEach(({ finding }, i) => {
      const where = `*(${w.line(pairName(finding.bead))}, ${w.line(percent(finding.confidence))} sure, ${codeSpan(String(finding.rule))})*`;
      const what =
        i === 0
          ? `**${w.line(String(group.severity))}** ${w.line(group.kind)}: ${w.line(String(finding.message))} ${where}`
          : `*the same, at* ${where}`;
      const cells = SIDES.map((side) => sideCell(w, finding, side));
      rows.push(`| ${i === 0 ? g + 1 : ''} | ${what} | ${cells.join(' | ')} |`);
    });
  });
  rows.push('');
  return rows;
}

/** One side of a finding: where, and the sentence around it with its words in bold (or what is missing). */
function sideCell(w: Writer, finding: Finding, side: Side): string {
  const document = w.report.documents[side];
  const at = finding[side];
  const sentences = findingSentences(w.report, finding, side);
  if (sentences.length === 0) return `*${w.line(missingSide(w.report, w.names[side]))}*`;
  const spans = at ? [{ start: at.start, end: at.end, tag: true }] : [];
  const texts = sentences.map((i) => {
    const s = document.sentences[i];
    if (!s) return '';
    const range = excerpt(s, spans);
    // One isolate for the whole excerpt, so that its pieces keep the sentence's right-to-left order.
    const pieces = splitAtSpans(range.start, range.end, spans).map((segment) => {
      const words = document.text.slice(segment.start, segment.end);
      return segment.tags.length && segment.start < segment.end ? boldMarkdown(words) : quoteMarkdown(words, false);
    });
    return w.isolate(`${range.before ? '… ' : ''}${pieces.join('')}${range.after ? ' …' : ''}`);
  });
  return `*${sentenceNames(sentences)}${lineOf(at)}:* ${texts.join(' ')}`;
}

/** The other findings, grouped: one line each, with its count and places. */
function rest(w: Writer, heading: string, groups: readonly FindingGroup[]): string[] {
  if (groups.length === 0) return [];
  const lines = [`## ${heading}`, ''];
  for (const group of groups) {
    const n = group.members.length;
    const places = group.members.map(({ finding }) =>
      n > 1 ? pairName(finding.bead).replace(/^sentence pair /, '') : pairName(finding.bead),
    );
    const at =
      n > 1 ? `at sentence pairs ${places.slice(0, -1).join(', ')} and ${places[places.length - 1] ?? ''}` : `at ${places[0] ?? ''}`;
    const message = String(group.members[0]?.finding.message ?? '');
    lines.push(`- ${n > 1 ? `${count(n)}× ` : ''}${w.line(group.kind)}: ${w.line(message)} — ${w.line(at)}`);
  }
  lines.push('');
  return lines;
}

function sentenceTable(w: Writer, uncertain: ReadonlySet<number>): string[] {
  const { report } = w;
  const cell = (side: Side, list: unknown): string => {
    const indices = Array.isArray(list) ? list.filter((i): i is number => Number.isInteger(i)) : [];
    const document = report.documents[side];
    return indices.length === 0
      ? `*${w.line(missingSide(report, w.names[side]))}*`
      : indices.map((i) => `**${count(i + 1)}** ${w.quote(document.sentences[i]?.text ?? '')}`).join(' ');
  };
  const pairs = report.alignment.beads.length;
  const how = report.mode === 'comparable' ? 'paired by what they report' : 'matched in order';
  const low = uncertain.size ? `; ${count(uncertain.size)} with low confidence` : '';
  const rows = [
    '## The texts side by side',
    '',
    `${count(pairs)} sentence pair${pairs === 1 ? '' : 's'}, ${how}${low}.`,
    '',
    `| pair | ${w.line(w.names.a)} | ${w.line(w.names.b)} |`,
    '| ---: | --- | --- |',
  ];
  report.alignment.beads.forEach((bead, i) => {
    const flag = uncertain.has(i) ? ` ⚠ low confidence (${w.line(percent(bead.confidence))})` : '';
    rows.push(`| ${count(i + 1)}${flag} | ${cell('a', bead.a)} | ${cell('b', bead.b)} |`);
  });
  rows.push('');
  return rows;
}
