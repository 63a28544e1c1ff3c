import { options as checkOptions } from '../contract/validate.js';
import { checkReport, HTML_OPTIONS } from './checks.js';
import {
  decimal,
  describeLanguage,
  findingDetails,
  groupBySeverity,
  isRightToLeftDocument,
  kindCounts,
  languageTag,
  percent,
  SEVERITIES,
  severityCount,
  sideLabel,
  uncertainBeads,
  type Piece,
  type RenderOptions,
} from './describe.js';
import { escapeAttribute as attr, escapeText as text } from './escape-html.js';
import { STYLE, STYLE_HASH } from './html-style.js';
import { splitAtSpans, type TaggedSpan } from './segments.js';
import type { ComparisonReport, Finding, Location, ReportBead, ReportDocument, Severity, Side } from '../model/types.js';
import { lowerBound } from '../text/lower-bound.js';

/** Options for {@link renderHtml}. */
export interface RenderHtmlOptions extends RenderOptions {
  /** The page's title. Default "Comparison report: A and B" with the labels. */
  readonly title?: string;
}

const SIDES: readonly Side[] = ['a', 'b'];

// Class names come from this table, never from the report, so a report cannot choose a class.
const SEVERITY_CLASS: Readonly<Record<Severity, string>> = { conflict: 'sev-conflict', warning: 'sev-warning', info: 'sev-info' };
const severityClass = (severity: Severity): string => SEVERITY_CLASS[severity] ?? 'sev-unknown';
const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** The Content-Security-Policy of the pages: nothing runs, nothing loads, only the page's own style sheet. */
export const CSP = [
  "default-src 'none'",
  `style-src '${STYLE_HASH}'`,
  "script-src 'none'",
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * A report page around its body: the policy that nothing runs or loads, the title, the style, and the
 * footer with the report format's version.
 */
export function reportPage(title: string, version: number, body: readonly string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="muqabala">',
    `<title>${text(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<footer>Report format version ${text(version)}, rendered by muqabala.</footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Renders a comparison report as one self-contained HTML page: both documents side by side, right to left,
 * one table row per bead (a sentence without a counterpart faces an empty cell; uncertain beads are
 * marked), every finding highlighted where it stands in the text (a `<mark>` per piece of its span,
 * coloured by severity; overlapping and nested spans are cut into pieces that name every finding covering
 * them), its explanation shown on hover and on keyboard focus, and a list of the findings that links to the
 * highlights and back.
 *
 * The page has no script and loads nothing: its Content-Security-Policy allows only its own style sheet
 * (by hash). Every piece of text from the report is escaped, as text or as an attribute value, so an input
 * holding `<script>` or `onerror=` shows as those characters.
 *
 * @example
 * ```ts
 * import { compare, renderHtml } from 'muqabala';
 *
 * const report = compare('وصل الوزير إلى كابول.', 'وزیر <b>به</b> کابل رسید.');
 * const html = renderHtml(report, { labels: { a: 'ar.txt', b: 'fa.txt' } });
 * html.startsWith('<!DOCTYPE html>'); // => true
 * /<td class="side side-b" dir="rtl" lang="fa/.test(html); // => true
 * html.includes('وزیر &lt;b&gt;به&lt;/b&gt;'); // => true
 * html.includes('<b>به</b>'); // => false
 * ```
 */
export function renderHtml(report: ComparisonReport, options: RenderHtmlOptions = {}): string {
  checkReport('renderHtml', report);
  options = checkOptions('renderHtml', options, HTML_OPTIONS);
  const label = (side: Side): string => sideLabel(side, options.labels);
  const title = options.title ?? `Comparison report: ${label('a')} and ${label('b')}`;
  const highlights = placeFindings(report);
  const uncertain = uncertainBeads(report, options.lowConfidence);
  return reportPage(title, report.version, [
    header(report, title, label, uncertain),
    '<main>',
    alignmentSection(report, label, uncertain, highlights),
    findingsSection(report, label, highlights.placed),
    '</main>',
  ]);
}

function header(report: ComparisonReport, title: string, label: (side: Side) => string, uncertain: ReadonlySet<number>): string {
  const { a, b } = report.documents;
  const row = (name: string, show: (d: ReportDocument, side: Side) => string): string =>
    `<tr><th scope="row">${text(name)}</th><td>${show(a, 'a')}</td><td>${show(b, 'b')}</td></tr>`;
  const inDocument = (d: ReportDocument, value: string): string => `<bdi${langAttributes(d)}>${text(value)}</bdi>`;
  const rows = [
    (a.title !== undefined || b.title !== undefined) && row('title', (d) => (d.title === undefined ? '' : inDocument(d, d.title))),
    row('language', (d) => text(describeLanguage(d))),
    (a.publishedAt !== undefined || b.publishedAt !== undefined) && row('published', (d) => text(d.publishedAt ?? '')),
    row('sentences', (d) => text(d.sentences.length)),
    row('with a counterpart', (_d, side) => text(percent(report.summary.coverage[side]))),
  ].filter((r): r is string => typeof r === 'string');
  const beads = report.alignment.beads.length;
  const severities = SEVERITIES.map((s) => {
    const chip = text(severityCount(report, s));
    return report.findings.some((f) => f.severity === s)
      ? `<li><a class="chip ${severityClass(s)}" href="#${s}">${chip}</a></li>`
      : `<li><span class="chip">${chip}</span></li>`;
  });
  return [
    '<header>',
    `<h1>${text(title)}</h1>`,
    '<table class="documents">',
    `<thead><tr><td></td><th scope="col">${text(label('a'))}</th><th scope="col">${text(label('b'))}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
    `<p class="overview"><strong>Mode:</strong> ${text(report.mode)} (${text(report.modeReason)}). ` +
      `<strong>Alignment:</strong> ${text(beads)} bead${beads === 1 ? '' : 's'}, ${text(uncertain.size)} uncertain. ` +
      `<strong>Findings:</strong> ${text(report.findings.length)}.</p>`,
    ...(report.notices ?? []).map((notice) => `<p class="overview notice"><strong>Notice:</strong> ${text(notice.message)}</p>`),
    `<ul class="counts" aria-label="findings by severity">${severities.join('')}</ul>`,
    `<p class="kinds">${text(kindCounts(report))}</p>`,
    '</header>',
  ].join('\n');
}

/** ` dir="rtl" lang="fa-AF"` for a document in Arabic or Persian; ` dir="auto"` for one in no known language. */
function langAttributes(document: ReportDocument): string {
  const tag = languageTag(document);
  return isRightToLeftDocument(document) && tag ? ` dir="rtl" lang="${attr(tag)}"` : ' dir="auto"';
}

/** Where the findings' locations fall: for each side, the spans in each sentence. */
interface Highlights {
  readonly spans: Readonly<Record<Side, Map<number, TaggedSpan<Finding & { number: number }>[]>>>;
  /** `3-a` when finding 3 is highlighted in document a (so the list can link to it). */
  readonly placed: Set<string>;
}

function placeFindings(report: ComparisonReport): Highlights {
  const spans: Highlights['spans'] = { a: new Map(), b: new Map() };
  const placed = new Set<string>();
  report.findings.forEach((finding, i) => {
    for (const side of SIDES) {
      const at = finding[side];
      if (!at) continue;
      for (const sentence of sentencesUnder(report.documents[side], at)) {
        const list = spans[side].get(sentence) ?? [];
        list.push({ start: at.start, end: at.end, tag: { ...finding, number: i + 1 } });
        spans[side].set(sentence, list);
        placed.add(`${i + 1}-${side}`);
      }
    }
  });
  return { spans, placed };
}

/** The sentences a location overlaps (an empty location: the sentence it sits in), found by binary search. */
function sentencesUnder(document: ReportDocument, at: Location): number[] {
  const { sentences } = document;
  const lo = lowerBound(0, sentences.length, (k) => {
    const s = sentences[k] as ReportDocument['sentences'][number];
    return s.end < at.start || (s.end === at.start && at.end > at.start);
  });
  const out: number[] = [];
  for (let i = lo; i < sentences.length; i++) {
    const s = sentences[i] as ReportDocument['sentences'][number];
    if (at.end > at.start ? s.start >= at.end : s.start > at.start) break;
    out.push(i);
  }
  return out;
}

function alignmentSection(
  report: ComparisonReport,
  label: (side: Side) => string,
  uncertain: ReadonlySet<number>,
  highlights: Highlights,
): string {
  const emitted = new Set<string>();
  const side = (s: Side, indices: readonly number[]): string => {
    const document = report.documents[s];
    const body = indices.length
      ? indices.map((i) => sentence(document, s, i, highlights.spans[s].get(i) ?? [], emitted)).join('')
      : `<p class="none" dir="ltr" lang="en">no counterpart in ${s.toUpperCase()}</p>`;
    return `<td class="side side-${s}${indices.length ? '' : ' missing'}"${langAttributes(document)}>${body}</td>`;
  };
  const rows = report.alignment.beads.map((bead, i) => {
    const flag = uncertain.has(i) ? '<span class="flag">uncertain</span>' : '';
    return (
      `<tr class="bead${uncertain.has(i) ? ' uncertain' : ''}" id="bead-${i}">` +
      `<th scope="row" dir="ltr"${anchorsTitle(bead)}><a href="#bead-${i}">${i}</a>` +
      `<span>${text(bead.a.length)}–${text(bead.b.length)}</span><span>confidence ${text(decimal(bead.confidence))}</span>${flag}</th>` +
      side('a', bead.a) +
      side('b', bead.b) +
      '</tr>'
    );
  });
  // Sentences that no bead holds (a report assembled by hand may have them) still show, each in its own row.
  for (const s of SIDES) {
    const covered = new Set(report.alignment.beads.flatMap((bead) => bead[s]));
    report.documents[s].sentences.forEach((_sentence, i) => {
      if (covered.has(i)) return;
      const cells = s === 'a' ? side('a', [i]) + side('b', []) : side('a', []) + side('b', [i]);
      rows.push(`<tr class="bead uncertain"><th scope="row" dir="ltr"><span class="flag">not aligned</span></th>${cells}</tr>`);
    });
  }
  return [
    '<section aria-labelledby="alignment-heading">',
    '<h2 id="alignment-heading">Aligned sentences</h2>',
    '<table class="beads" dir="rtl">',
    '<thead><tr><th scope="col" class="bead-col" dir="ltr">bead</th>' +
      `<th scope="col" dir="ltr">${text(label('a'))}</th><th scope="col" dir="ltr">${text(label('b'))}</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n');
}

function anchorsTitle(bead: ReportBead): string {
  if (!bead.anchors.length) return '';
  const list = bead.anchors.map((a) => `${a.kind}: ${a.source} ↔ ${a.target}`).join('\n');
  return ` title="${attr(`Paired by\n${list}`)}"`;
}

/** A sentence with its findings highlighted: one `<mark>` per piece of text covered by the same findings. */
function sentence(
  document: ReportDocument,
  side: Side,
  index: number,
  spans: readonly TaggedSpan<Finding & { number: number }>[],
  emitted: Set<string>,
): string {
  const s = document.sentences[index];
  if (!s) return '';
  const pieces = splitAtSpans(s.start, s.end, spans).map((segment) => {
    const words = text(document.text.slice(segment.start, segment.end));
    if (segment.tags.length === 0) return words;
    const worst = segment.tags.reduce((w, f) => (rank(f.severity) < rank(w.severity) ? f : w));
    const numbers = segment.tags.map((f) => f.number);
    // The first piece of each finding's span carries its id, once even if the span crosses sentences.
    let targets = '';
    for (const f of segment.starting) {
      const id = `${f.number}-${side}`;
      if (emitted.has(id)) continue;
      emitted.add(id);
      targets += `<span class="anchor" id="f${id}"></span>`;
    }
    const note = segment.tags.map((f) => `#${f.number} ${f.severity} · ${f.rule}\n${f.message}`).join('\n\n');
    const classes = `hl ${severityClass(worst.severity)}${numbers.length > 1 ? ' multi' : ''}${segment.start === segment.end ? ' point' : ''}`;
    const describedBy = numbers.map((n) => `finding-${n}-message`).join(' ');
    const point = segment.start === segment.end ? ` aria-label="${attr(`finding ${numbers.join(', ')}`)}"` : '';
    return (
      `<mark class="${classes}" data-findings="${attr(numbers.join(' '))}" title="${attr(note)}">` +
      `${targets}<a href="#finding-${attr(numbers[0])}" aria-describedby="${attr(describedBy)}"${point}>${words}</a></mark>`
    );
  });
  return `<p class="sentence" id="${side}-s${index}"><span class="sn" dir="ltr">${index}</span>${pieces.join('')}</p>`;
}

function findingsSection(report: ComparisonReport, label: (side: Side) => string, placed: ReadonlySet<string>): string {
  const groups = groupBySeverity(report.findings).map(
    (group) =>
      `<section id="${group.id}" aria-labelledby="${group.id}-heading">` +
      `<h3 id="${group.id}-heading">${group.heading} (${group.findings.length})</h3>\n` +
      `<ul class="findings">\n${group.findings.map(({ number, finding }) => findingItem(report, number, finding, label, placed)).join('\n')}\n</ul></section>`,
  );
  return [
    '<section aria-labelledby="findings-heading">',
    '<h2 id="findings-heading">Findings</h2>',
    groups.length ? groups.join('\n') : '<p>No findings.</p>',
    '</section>',
  ].join('\n');
}

function findingItem(
  report: ComparisonReport,
  number: number,
  finding: Finding,
  label: (side: Side) => string,
  placed: ReadonlySet<string>,
): string {
  const quote = (words: string, side: Side | undefined): string =>
    `<q><bdi${side ? langAttributes(report.documents[side]) : ''}>${text(words)}</bdi></q>`;
  const pieces = (list: readonly Piece[]): string =>
    list.map((p) => (typeof p === 'string' ? text(p) : quote(p.quote, p.side))).join('');
  const where = SIDES.flatMap((side) => {
    const at = finding[side];
    if (!at) return [];
    const position = `line ${text(at.line)}, column ${text(at.column)}`;
    const link = placed.has(`${number}-${side}`) ? `<a href="#f${number}-${side}">${position}</a>` : position;
    return [`<li>${text(label(side))}, ${link}: ${quote(at.text, side)}</li>`];
  });
  const details = findingDetails(finding).map((d) => `<dt>${text(d.label)}</dt><dd>${pieces(d.pieces)}</dd>`);
  const cls = severityClass(finding.severity);
  return [
    `<li class="finding ${cls}" id="finding-${number}">`,
    `<p><a class="num" href="#finding-${number}">#${number}</a> <span class="badge ${cls}">${text(finding.severity)}</span> <code class="rule">${text(finding.rule)}</code></p>`,
    `<p class="message" id="finding-${number}-message">${text(finding.message)}</p>`,
    where.length ? `<ul class="where">${where.join('')}</ul>` : '',
    details.length ? `<dl class="details">${details.join('')}</dl>` : '',
    `<p class="meta">${beadLink(report, finding.bead)} · confidence ${text(decimal(finding.confidence))}</p>`,
    '</li>',
  ]
    .filter(Boolean)
    .join('');
}

function beadLink(report: ComparisonReport, bead: number): string {
  const exists = Number.isInteger(bead) && bead >= 0 && bead < report.alignment.beads.length;
  return exists ? `<a href="#bead-${bead}">bead ${bead}</a>` : `bead ${text(bead)}`;
}
