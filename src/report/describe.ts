// What both renderers say about a report, as plain data: they differ only in how they escape and lay it out.
import type { ComparisonReport, DateValue, Finding, NumberValue, ReportDocument, Severity, Side } from '../model/types.js';

/** Names for the two documents in a rendered report (file names, outlets); default "A" and "B". */
export interface DocumentLabels {
  /** The name of document a. */
  readonly a?: string;
  /** The name of document b. */
  readonly b?: string;
}

/** Options every renderer takes. */
export interface RenderOptions {
  /** Names for the two documents, shown beside the letters A and B. */
  readonly labels?: DocumentLabels;
  /** Beads whose confidence is below this are marked as uncertain. Default 0.5. */
  readonly lowConfidence?: number;
}

/** Severities from the most to the least serious: the order in which findings are shown. */
export const SEVERITIES: readonly Severity[] = ['conflict', 'warning', 'info'];

const SEVERITY_HEADINGS: Readonly<Record<Severity, string>> = {
  conflict: 'Conflicts',
  warning: 'Warnings',
  info: 'Info',
};

/** A finding with its number in the report (1-based: its index in `findings` plus one). */
export interface NumberedFinding {
  readonly number: number;
  readonly finding: Finding;
}

/** A group of findings as the renderers show it. */
export interface SeverityGroup {
  /** `conflict`, `warning`, `info`, or `other` for severities a later version of the format may add. */
  readonly id: Severity | 'other';
  readonly heading: string;
  readonly findings: readonly NumberedFinding[];
}

/**
 * The findings of each severity, most serious first, each group in document order (bead, then offset).
 * Findings of a severity this version does not know (a report from a later version) come last, as `other`.
 */
export function groupBySeverity(findings: readonly Finding[]): SeverityGroup[] {
  const numbered = findings.map((finding, i) => ({ number: i + 1, finding }));
  const position = (f: Finding): number => f.a?.start ?? f.b?.start ?? 0;
  const inOrder = (list: NumberedFinding[]): NumberedFinding[] =>
    list.sort((x, y) => x.finding.bead - y.finding.bead || position(x.finding) - position(y.finding) || x.number - y.number);
  const groups: SeverityGroup[] = SEVERITIES.map((severity) => ({
    id: severity,
    heading: SEVERITY_HEADINGS[severity],
    findings: inOrder(numbered.filter((n) => n.finding.severity === severity)),
  }));
  groups.push({ id: 'other', heading: 'Other', findings: inOrder(numbered.filter((n) => !SEVERITIES.includes(n.finding.severity))) });
  return groups.filter((group) => group.findings.length > 0);
}

/** A piece of a line: fixed English wording, or words quoted from the inputs (from one side, or mixed). */
export type Piece = string | { readonly quote: string; readonly side?: Side };

/** A labelled line of detail under a finding. */
export interface Detail {
  readonly label: string;
  readonly pieces: readonly Piece[];
}

const SIDES: readonly Side[] = ['a', 'b'];

function dateValue(value: DateValue, side: Side): Piece[] {
  const range = value.interval ?? value.yearless;
  const days = range ? (range.start === range.end ? range.start : `${range.start} to ${range.end}`) : 'days unknown';
  return [{ quote: value.text, side }, ` (${value.calendar}: ${days})`];
}

function numberValue(value: NumberValue, side: Side): Piece[] {
  const pieces: Piece[] = [{ quote: value.text, side }, ` = ${value.value}`];
  if (value.unit !== undefined) pieces.push(' ', { quote: value.unit });
  if (value.qualifier !== undefined) pieces.push(' (', { quote: value.qualifier }, ')');
  return pieces;
}

function perSide<T>(values: { readonly a?: T; readonly b?: T }, label: string, show: (v: T, side: Side) => Piece[]): Detail[] {
  return SIDES.flatMap((side) => {
    const value = values[side];
    return value === undefined ? [] : [{ label: `${label} ${side.toUpperCase()}`, pieces: show(value, side) }];
  });
}

/** The resolved values and other facts of a finding, beyond its message and locations. */
export function findingDetails(finding: Finding): Detail[] {
  switch (finding.kind) {
    case 'name': {
      const out = perSide(finding.spellings, 'spelling', (v, side) => [{ quote: v, side }]);
      if (finding.differences?.length) {
        out.push({ label: 'differences', pieces: finding.differences.flatMap((d, i) => (i ? ['; ', { quote: d }] : [{ quote: d }])) });
      }
      if (finding.entity) out.push({ label: 'entity', pieces: [finding.entity] });
      return out;
    }
    case 'date': {
      const out = perSide(finding.values, 'date', dateValue);
      if (finding.overlapDays !== undefined) {
        const least = finding.minOverlapDays !== undefined ? ` (at least ${finding.minOverlapDays})` : '';
        out.push({ label: 'days in common', pieces: [`${finding.overlapDays}${least}`] });
      }
      return out;
    }
    case 'number':
      return perSide(finding.values, 'value', numberValue);
    case 'omission':
      return finding.missingFrom ? [{ label: 'missing from', pieces: [`document ${finding.missingFrom.toUpperCase()}`] }] : [];
    default:
      return []; // a kind from a later version of the format: its message and locations still show
  }
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The BCP 47 tag of a document's language (its variant when known), or undefined when unknown. */
export function languageTag(document: ReportDocument): string | undefined {
  if (document.language !== 'ar' && document.language !== 'fa') return undefined;
  return document.variant ?? document.language;
}

/** "Arabic (ar), detected 97%", "Dari (fa-AF), given", "unknown". */
export function describeLanguage(document: ReportDocument): string {
  const tag = languageTag(document);
  if (!tag) return 'unknown';
  const how = document.languageSource.detected ? `detected ${percent(document.languageSource.confidence)}` : 'given';
  return `${LANGUAGE_NAMES.of(tag) ?? tag} (${tag}), ${how}`;
}

/** Whether a document's text runs right to left (Arabic and Persian do). */
export function isRightToLeftDocument(document: ReportDocument): boolean {
  return languageTag(document) !== undefined;
}

export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : String(share);
}

/** A number with two decimals, for confidences. */
export function decimal(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : String(value);
}

/** "A" or "A (bishkek.ar.txt)". */
export function sideLabel(side: Side, labels: DocumentLabels | undefined): string {
  const name = labels?.[side];
  return name ? `${side.toUpperCase()} (${name})` : side.toUpperCase();
}

/** "3 conflicts", "1 warning", "4 info": the summary's count of one severity. */
export function severityCount(report: ComparisonReport, severity: Severity): string {
  const n = report.summary.bySeverity[severity] ?? 0;
  return severity === 'info' ? `${n} info` : `${n} ${severity}${n === 1 ? '' : 's'}`;
}

/** "3 conflicts, 4 warnings, 4 info". */
export function severityCounts(report: ComparisonReport): string {
  return SEVERITIES.map((s) => severityCount(report, s)).join(', ');
}

/** "3 name, 4 date, 2 number, 2 omission". */
export function kindCounts(report: ComparisonReport): string {
  return Object.entries(report.summary.byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
}

/** Whether a bead is uncertain: below the threshold, or the subject of a low-confidence finding. */
export function uncertainBeads(report: ComparisonReport, threshold = 0.5): Set<number> {
  const out = new Set<number>();
  report.alignment.beads.forEach((bead, i) => {
    if (bead.confidence < threshold) out.add(i);
  });
  for (const f of report.findings) if (f.rule === 'omission/low-confidence') out.add(f.bead);
  return out;
}
