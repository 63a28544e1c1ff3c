import { options as checkOptions } from '../contract/validate.js';
import { checkReport, HTML_OPTIONS } from './checks.js';
import {
  count,
  describeLanguage,
  explainedHeading,
  findingCounts,
  findingDetails,
  findingSentences,
  groupFindings,
  isBead,
  listOf,
  lineOf,
  leadLine,
  missingSide,
  modeLine,
  otherHeading,
  pairName,
  partitionGroups,
  percent,
  reportLabels,
  checkFirstHeading,
  sentenceNames,
  sentencesUnder,
  showsTitles,
  severityCount,
  SIDES,
  uncertainBeads,
  type FindingGroup,
  type NumberedFinding,
  type Piece,
  type RenderOptions,
} from './describe.js';
import { escapeAttribute as attr, escapeIsolated, escapeText as text } from './escape-html.js';
import { langAttributes, lineHtml, quoteHtml, reportPage, severityClass } from './html-page.js';
import { type TaggedSpan } from './segments.js';
import type { ComparisonReport, Finding, ReportBead, ReportDocument, Side } from '../model/types.js';
import { elementAt } from '../contract/element-at.js';
import { excerptHtml, highlighted, type Page, type Tag } from './html-excerpt.js';

/** Options for {@link renderHtml}. */
export interface RenderHtmlOptions extends RenderOptions {
  /** The page's title. Default "Comparison report: X and Y" with the documents' labels. */
  readonly title?: string;
}

/**
 * Renders a comparison report as one self-contained HTML page a reviewer takes in at a glance, in the order
 * of every rendering:
 *
 * - what to check first: each conflict and warning with its explanation and, under it, the sentences of both
 *   documents side by side with the words it is about highlighted (a finding repeated about the same words is
 *   said once, with each of its places);
 * - the explained differences (info), folded away, one line per kind of finding and pair of words with a
 *   count and a link to each place;
 * - both texts side by side, one row per sentence pair, the first document on the left as in every table of
 *   the page, every finding highlighted where it stands, its explanation on hover and on keyboard focus.
 *
 * Its one script filters the findings by severity and kind and moves between them with the keys n and p;
 * without it the page reads the same, everything shown. The Content-Security-Policy lets only the page's own
 * style sheet and script run (by their hashes) and loads nothing. Every piece of text from the report is
 * escaped, bidi controls in it are shown (⟦U+202E⟧), not obeyed, and Arabic or Persian words inside English
 * lines are isolated, so no input adds markup or reverses the text around it.
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
  const names = reportLabels(report, options.labels);
  const title = options.title ?? `Comparison report: ${names.a} and ${names.b}`;
  const groups = groupFindings(report.findings);
  const { serious, explained, other } = partitionGroups(groups);
  const messageOf = new Map<number, string>();
  for (const group of groups) {
    const first = group.members[0]?.number;
    for (const { number } of group.members) messageOf.set(number, `message-${String(first)}`);
  }
  const page: Page = { report, names, ...placeFindings(report), messageOf };
  const uncertain = uncertainBeads(report, options.lowConfidence);
  return reportPage(
    title,
    report.version,
    [
      '<header>',
      `<h1>${lineHtml(title, 'auto')}</h1>`,
      `<p class="lead">${text(leadLine(report))}</p>`,
      documentsTable(page),
      `<p class="mode">${lineHtml(modeLine(report))}</p>`,
      ...listOf(report.notices).map((n) => `<p class="notice"><strong>Notice:</strong> ${lineHtml(n.message)}</p>`),
      counts(report),
      filters(report),
      '</header>',
      '<main>',
      checkFirst(page, serious),
      restSection(page, 'explained', explainedHeading(explained), explained),
      restSection(page, 'other', otherHeading(other), other),
      textsSection(page, uncertain),
      '</main>',
    ],
    { script: true },
  );
}

function documentsTable(page: Page): string {
  const { report, names } = page;
  const { a, b } = report.documents;
  const row = (name: string, show: (d: ReportDocument, side: Side) => string): string =>
    `<tr><th scope="row">${text(name)}</th><td>${show(a, 'a')}</td><td>${show(b, 'b')}</td></tr>`;
  const coverage = report.summary.coverage as Partial<Record<Side, unknown>> | undefined;
  const rows = [
    showsTitles(report, names) && row('title', (d) => (d.title === undefined ? '' : lineHtml(d.title, 'auto'))),
    row('language', (d) => text(describeLanguage(d))),
    (a.publishedAt !== undefined || b.publishedAt !== undefined) && row('published', (d) => text(d.publishedAt ?? '')),
    row('sentences', (d) => text(count(d.sentences.length))),
    row('with a counterpart', (_d, side) => text(percent(Number(coverage?.[side])))),
  ].filter((r): r is string => typeof r === 'string');
  return [
    '<table class="documents">',
    `<thead><tr><td></td><th scope="col">${lineHtml(names.a, 'auto')}</th><th scope="col">${lineHtml(names.b, 'auto')}</th></tr></thead>`,
    `<tbody>${rows.join('')}</tbody>`,
    '</table>',
  ].join('\n');
}

/** The findings by severity and kind, each a link to its section: what the page shows when its script does not run. */
function counts(report: ComparisonReport): string {
  if (report.findings.length === 0) return '<p class="counts">No findings.</p>';
  const target = (severity: string): string =>
    severity === 'conflict' || severity === 'warning' ? 'check-first' : severity === 'info' ? 'explained' : 'other';
  const severities = findingCounts(report.findings, 'severity').map(
    ([s, n]) => `<a class="badge ${severityClass(s)}" href="#${target(s)}">${text(severityCount(n, s))}</a>`,
  );
  const kinds = findingCounts(report.findings, 'kind').map(([k, n]) => text(`${count(n)} ${k}`));
  return `<p class="counts"><strong>Findings:</strong> ${severities.join(' ')} <span class="kind">(by kind: ${kinds.join(', ')})</span></p>`;
}

/** The filters and the keys: hidden until the page's script shows them (they need it). */
function filters(report: ComparisonReport): string {
  if (report.findings.length === 0) return '';
  const box = (name: string, value: string, label: string): string =>
    `<label><input type="checkbox" name="${name}" value="${attr(value)}" checked> ${text(label)}</label>`;
  const severities = findingCounts(report.findings, 'severity').map(([s, n]) => box('severity', s, severityCount(n, s)));
  const kinds = findingCounts(report.findings, 'kind').map(([k, n]) => box('kind', k, `${k} (${count(n)})`));
  return [
    '<form id="filters" class="filters" aria-label="Which findings to show" hidden>',
    `<fieldset><legend>Show</legend>${severities.join(' ')}</fieldset>`,
    `<fieldset><legend>Kinds</legend>${kinds.join(' ')}</fieldset>`,
    '<p class="keys">Keys: <kbd>n</kbd> next finding, <kbd>p</kbd> previous.</p>',
    '</form>',
  ].join('\n');
}

/** ` data-severity="warning" data-kind="name" data-members="3 7"`: what the page's filters read. */
function entryData(group: FindingGroup): string {
  return ` data-severity="${attr(group.severity)}" data-kind="${attr(group.kind)}" data-members="${group.members.map((m) => m.number).join(' ')}"`;
}

/** The anchors of a group's other members, so that a link to any of them lands on the group. */
function memberAnchors(group: FindingGroup): string {
  return group.members
    .slice(1)
    .map(({ number }) => `<span class="anchor" id="finding-${number}"></span>`)
    .join('');
}

/** Conflicts and warnings, each said once with its explanation, and under it both sentences of each place. */
function checkFirst(page: Page, groups: readonly FindingGroup[]): string {
  const items = groups.map((group) => {
    const first = elementAt(group.members, 0);
    const cls = severityClass(group.severity);
    const places = group.members.map((member) => place(page, member)).join('');
    const details = findingDetails(first.finding, page.names);
    return (
      `<li class="finding ${cls}" id="finding-${first.number}" tabindex="-1"${entryData(group)}>${memberAnchors(group)}` +
      `<p class="headline"><span class="badge ${cls}">${text(group.severity)}</span> <span class="kind">${text(group.kind)}:</span> ` +
      `${lineHtml(first.finding.message, 'ltr', ` class="message" id="message-${first.number}"`)}</p>` +
      places +
      (details.length
        ? `<details class="more"><summary>Details</summary><dl class="details">${detailsHtml(page, details)}</dl></details>`
        : '') +
      '</li>'
    );
  });
  return [
    '<section id="check-first" aria-labelledby="check-first-heading">',
    `<h2 id="check-first-heading">${text(checkFirstHeading(groups))}</h2>`,
    items.length
      ? `<ol class="findings" data-shown>\n${items.join('\n')}\n</ol><p class="filtered" hidden>The filters hide every finding of this section.</p>`
      : '',
    '</section>',
  ].join('\n');
}

/** One place of a finding: both sides, each with where it is and the sentence around the words. */
function place(page: Page, { number, finding }: NumberedFinding): string {
  const sides = SIDES.map((side) => sideExcerpt(page, number, finding, side)).join('');
  const meta = `${pairLink(page.report, finding.bead)} · ${text(percent(finding.confidence))} sure · <code class="rule">${text(finding.rule)}</code>`;
  return `<div class="pair">${sides}</div><p class="meta">${meta}</p>`;
}

/** One side of a finding in the summary: where it stands, and the sentence around it (or what is missing). */
function sideExcerpt(page: Page, number: number, finding: Finding, side: Side): string {
  const { report, names } = page;
  const document = report.documents[side];
  const at = finding[side];
  const sentences = findingSentences(report, finding, side);
  const where = sentences.length ? `${names[side]}, ${sentenceNames(sentences)}${lineOf(at)}` : names[side];
  const whereHtml = at && page.placed.has(`${number}-${side}`) ? `<a href="#f${number}-${side}">${lineHtml(where)}</a>` : lineHtml(where);
  const spans: TaggedSpan<Tag>[] = at ? [{ start: at.start, end: at.end, tag: tagOf(number, finding) }] : [];
  const body = sentences.length
    ? sentences
        .map((i) => {
          const s = document.sentences[i];
          return s ? excerptHtml(document, s, spans, (n) => `#f${n}-${side}`) : '';
        })
        .join('')
    : `<p class="none">${lineHtml(missingSide(report, names[side]))}</p>`;
  return `<div class="side side-${side}"><p class="where">${whereHtml}</p>${body}</div>`;
}

function detailsHtml(page: Page, details: ReturnType<typeof findingDetails>): string {
  const pieces = (list: readonly Piece[]): string =>
    list.map((p) => (typeof p === 'string' ? text(p) : quoteHtml(p.side ? page.report.documents[p.side] : undefined, p.quote))).join('');
  return details.map((d) => `<dt>${lineHtml(d.label)}</dt><dd>${pieces(d.pieces)}</dd>`).join('');
}

/** The other findings, grouped, one line each with its places, in a section folded away by default. */
function restSection(page: Page, id: 'explained' | 'other', heading: string, groups: readonly FindingGroup[]): string {
  if (groups.length === 0) return '';
  const lines = groups.map((group) => {
    const first = elementAt(group.members, 0);
    const cls = severityClass(group.severity);
    const n = group.members.length;
    const places = group.members.map(({ number, finding }) => {
      const side = SIDES.find((s) => page.placed.has(`${number}-${s}`));
      const label = text(n > 1 ? pairName(finding.bead).replace(/^sentence pair /, '') : pairName(finding.bead));
      return side ? `<a href="#f${number}-${side}">${label}</a>` : label;
    });
    const at =
      n > 1 ? `at sentence pairs ${places.slice(0, -1).join(', ')} and ${places[places.length - 1] ?? ''}` : `at ${places[0] ?? ''}`;
    return (
      `<li class="finding ${cls}" id="finding-${first.number}" tabindex="-1"${entryData(group)}>${memberAnchors(group)}` +
      `<p class="headline">${n > 1 ? `<span class="count">${text(count(n))}×</span> ` : ''}<span class="kind">${text(group.kind)}:</span> ` +
      `${lineHtml(first.finding.message, 'ltr', ` class="message" id="message-${first.number}"`)}</p>` +
      `<p class="places">${at}</p></li>`
    );
  });
  return [
    `<section id="${id}" class="rest" aria-labelledby="${id}-heading">`,
    `<details class="explained"><summary><h2 id="${id}-heading">${text(heading)}</h2></summary>`,
    `<ul class="findings" data-shown>\n${lines.join('\n')}\n</ul><p class="filtered" hidden>The filters hide every finding of this section.</p>`,
    '</details>',
    '</section>',
  ].join('\n');
}

/** Both texts side by side, one row per sentence pair, every finding highlighted. */
function textsSection(page: Page, uncertain: ReadonlySet<number>): string {
  const { report, names } = page;
  const emitted = new Set<string>();
  const cell = (side: Side, indices: readonly number[]): string => {
    const document = report.documents[side];
    const body = indices.length
      ? indices.map((i) => sentence(page, side, i, emitted)).join('')
      : `<p class="none" dir="ltr" lang="en">${lineHtml(missingSide(report, names[side]))}</p>`;
    return `<td class="side side-${side}${indices.length ? '' : ' missing'}"${langAttributes(document)} data-label="${escapeIsolated(names[side])}">${body}</td>`;
  };
  const rows: string[] = [];
  report.alignment.beads.forEach((bead, i) => {
    const low = uncertain.has(i);
    const flag = low ? `<span class="flag">low confidence (${text(percent(bead.confidence))})</span>` : '';
    rows.push(
      `<tr class="pair-row${low ? ' uncertain' : ''}" id="pair-${i + 1}">` +
        `<th scope="row"${anchorsTitle(bead)}><a href="#pair-${i + 1}">${text(count(i + 1))}</a>${flag}</th>` +
        cell('a', indicesOf(bead, 'a')) +
        cell('b', indicesOf(bead, 'b')) +
        '</tr>',
    );
  });
  // Sentences that no pair holds (a report assembled by hand may have them) still show, each in its own row.
  for (const s of SIDES) {
    const covered = new Set<number>();
    for (const bead of report.alignment.beads) for (const i of indicesOf(bead, s)) covered.add(i);
    report.documents[s].sentences.forEach((_sentence, i) => {
      if (covered.has(i)) return;
      const cells = s === 'a' ? cell('a', [i]) + cell('b', []) : cell('a', []) + cell('b', [i]);
      rows.push(`<tr class="pair-row uncertain"><th scope="row"><span class="flag">not paired</span></th>${cells}</tr>`);
    });
  }
  const pairs = report.alignment.beads.length;
  const how = report.mode === 'comparable' ? 'paired by what they report' : 'matched in order';
  const low = uncertain.size ? `; ${count(uncertain.size)} with low confidence` : '';
  return [
    '<section id="texts" aria-labelledby="texts-heading">',
    '<h2 id="texts-heading">The texts side by side</h2>',
    `<p class="meta">${text(`${count(pairs)} sentence pair${pairs === 1 ? '' : 's'}, ${how}${low}.`)}</p>`,
    '<table class="texts">',
    `<thead><tr><th scope="col" class="num-col">pair</th><th scope="col">${lineHtml(names.a, 'auto')}</th><th scope="col">${lineHtml(names.b, 'auto')}</th></tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '</section>',
  ].join('\n');
}

/** A bead's sentences on one side (none when a hand-edited report holds no list there). */
function indicesOf(bead: ReportBead, side: Side): readonly number[] {
  const list: unknown = bead[side];
  return Array.isArray(list) ? list.filter((i): i is number => Number.isInteger(i)) : [];
}

/** "sentence pair 4" as a link to its row, when the report has that pair. */
function pairLink(report: ComparisonReport, bead: number): string {
  return isBead(report, bead) ? `<a href="#pair-${bead + 1}">${text(pairName(bead))}</a>` : text(pairName(bead));
}

function anchorsTitle(bead: ReportBead): string {
  const anchors = listOf(bead.anchors);
  if (!anchors.length) return '';
  const list = anchors.map((a) => `${String(a.source)} = ${String(a.target)}`).join('\n');
  return ` title="${escapeIsolated(`Matched on\n${list}`)}"`;
}

function tagOf(number: number, finding: Finding): Tag {
  return { number, severity: String(finding.severity), rule: String(finding.rule), message: String(finding.message) };
}

function placeFindings(report: ComparisonReport): Pick<Page, 'spans' | 'placed'> {
  const spans: Page['spans'] = { a: new Map(), b: new Map() };
  const placed = new Set<string>();
  report.findings.forEach((finding, i) => {
    for (const side of SIDES) {
      const at = finding[side];
      if (!at) continue;
      for (const s of sentencesUnder(report.documents[side], at)) {
        const list = spans[side].get(s) ?? [];
        list.push({ start: at.start, end: at.end, tag: tagOf(i + 1, finding) });
        spans[side].set(s, list);
        placed.add(`${i + 1}-${side}`);
      }
    }
  });
  return { spans, placed };
}

/** A sentence of the texts, numbered from 1, with its findings highlighted and their anchors. */
function sentence(page: Page, side: Side, index: number, emitted: Set<string>): string {
  const document = page.report.documents[side];
  const s = document.sentences[index];
  if (!s) return '';
  const pieces = highlighted(document, s.start, s.end, page.spans[side].get(index) ?? [], (n) => `#finding-${n}`, { side, emitted, page });
  return `<p class="sentence" id="${side}-s${index + 1}"><span class="sn" dir="ltr">${text(count(index + 1))}</span>${pieces}</p>`;
}
