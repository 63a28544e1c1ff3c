// What every renderer says about a report, as plain data: they differ only in how they escape and lay it out.
// The order is the reader's: what to check first (conflicts and warnings, each with both sentences), then the
// rest grouped (one line for a finding repeated about the same words), then the texts side by side.
import { documentLabels } from '../compare/labels.js';
import { dayRange } from '../text/day-range.js';
import { groupDigits } from '../text/group-digits.js';
import { lowerBound } from '../text/lower-bound.js';
import type { ComparisonReport, Finding, Location, ReportDocument, Severity, Side } from '../model/types.js';
import type { NumberValue } from '../model/values.js';
import type { DateValue } from '../model/values.js';
import { elementAt } from '../contract/element-at.js';

/** Names for the two documents in a rendered report (file names, outlets). */
export interface DocumentLabels {
  /** The name of document a. */
  readonly a?: string;
  /** The name of document b. */
  readonly b?: string;
}

/** Options every renderer takes. */
export interface RenderOptions {
  /**
   * Names for the two documents (file names, outlets). Default: each document's title, else its language
   * ("the Arabic text"), as the findings' messages name them.
   */
  readonly labels?: DocumentLabels;
  /** Sentence pairs whose confidence is below this are marked as uncertain. Default 0.5. */
  readonly lowConfidence?: number;
}

/** The two sides, in the order every table shows them: the first document on the left. */
export const SIDES: readonly Side[] = ['a', 'b'];

/** Severities from the most to the least serious: the order in which findings are shown. */
export const SEVERITIES: readonly Severity[] = ['conflict', 'warning', 'info'];

/** The rank of a severity (0 the most serious); one this version does not know ranks last. */
export function severityRank(severity: string): number {
  const i = (SEVERITIES as readonly string[]).indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

/** Whether a finding is one to check first: a conflict or a warning. */
export function isSerious(finding: Finding): boolean {
  return finding.severity === 'conflict' || finding.severity === 'warning';
}

/** A finding with its number in the report (1-based: its index in `findings` plus one). */
export interface NumberedFinding {
  readonly number: number;
  readonly finding: Finding;
}

/**
 * Findings said once: those of one severity and rule about the same words on each side (a place each
 * language names its own way, six times over), or with the same message. The first in document order speaks
 * for the group; the others are its other places.
 */
export interface FindingGroup {
  readonly severity: Severity;
  readonly kind: string;
  readonly members: readonly NumberedFinding[];
}

/** The groups of a report, in the reader's order: the most serious first, each severity in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const numbered = findings.map((finding, number) => ({ number: number + 1, finding }));
  const position = (f: Finding): number => f.a?.start ?? f.b?.start ?? 0;
  numbered.sort(
    (x, y) =>
      severityRank(x.finding.severity) - severityRank(y.finding.severity) ||
      x.finding.bead - y.finding.bead ||
      position(x.finding) - position(y.finding) ||
      x.number - y.number,
  );
  const groups: { severity: Severity; kind: string; members: NumberedFinding[] }[] = [];
  const byKey = new Map<string, number>();
  for (const n of numbered) {
    const f = n.finding;
    const head = `${String(f.severity)}\u0000${String(f.rule)}\u0000`;
    const keys = [`${head}m\u0000${String(f.message)}`];
    if (f.a || f.b) keys.push(`${head}w\u0000${String(f.a?.text ?? '')}\u0000${String(f.b?.text ?? '')}`);
    const known = keys.map((k) => byKey.get(k)).find((g) => g !== undefined);
    const index = known ?? groups.push({ severity: f.severity, kind: String(f.kind), members: [] }) - 1;
    groups[index]?.members.push(n);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, index);
  }
  return groups;
}

/** The groups split as the renderers show them: to check first, explained (info), of a severity unknown here. */
export function partitionGroups(groups: readonly FindingGroup[]): Record<'serious' | 'explained' | 'other', FindingGroup[]> {
  return {
    serious: groups.filter((g) => g.severity === 'conflict' || g.severity === 'warning'),
    explained: groups.filter((g) => g.severity === 'info'),
    other: groups.filter((g) => severityRank(g.severity) === SEVERITIES.length),
  };
}

/** The labels of the two documents: the caller's, else the document's title or language. */
export function reportLabels(report: ComparisonReport, labels: DocumentLabels | undefined): Readonly<Record<Side, string>> {
  const own = documentLabels(report.documents.a, report.documents.b);
  return { a: labels?.a || own.a, b: labels?.b || own.b };
}

/** Whether the documents' titles say more than their labels (a title that is its document's label is said once). */
export function showsTitles(report: ComparisonReport, names: Readonly<Record<Side, string>>): boolean {
  return SIDES.some((side) => report.documents[side].title !== undefined && String(report.documents[side].title) !== names[side]);
}

/** What the mode says to a reader, and why it was chosen, without repeating the mode. */
export interface ModeLine {
  /** "translation", "independent reports", or the mode as written. */
  readonly mode: string;
  /** What it means: "one text translates the other, sentence by sentence". */
  readonly meaning: string;
  /** Why: "detected: 25 of 27 sentences matched in order …", "given by the caller." */
  readonly why: string;
}

const MODES: Readonly<Record<string, { mode: string; meaning: string }>> = {
  parallel: { mode: 'translation', meaning: 'one text translates the other, so their sentences are matched in order' },
  comparable: { mode: 'independent reports', meaning: 'two reports of one event, so sentences are paired by what they report' },
};

/**
 * The mode in plain words. `modeReason` starts with the mode and why in brackets ("parallel (detected): …"):
 * the mode is said once, and the rest of the reason follows.
 */
export function describeMode(report: Pick<ComparisonReport, 'mode' | 'modeReason'>): ModeLine {
  const mode = String(report.mode);
  const reason = String(report.modeReason);
  const known = MODES[mode] ?? { mode, meaning: '' };
  const prefix = `${mode} (`;
  if (!reason.startsWith(prefix)) return { ...known, why: reason };
  let depth = 1;
  let close = prefix.length;
  for (; close < reason.length && depth > 0; close++) {
    if (reason[close] === '(') depth++;
    else if (reason[close] === ')') depth--;
  }
  if (depth > 0) return { ...known, why: reason };
  const inside = reason.slice(prefix.length, close - 1);
  const rest = reason.slice(close);
  return { ...known, why: rest.startsWith(': ') ? `${inside}${rest}` : `${inside}${rest || '.'}` };
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

/** The list a report field holds, or none when a hand-edited report holds something else there. */
export function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** Whether a bead index points at a bead of the report (a hand-edited report may point anywhere). */
export function isBead(report: ComparisonReport, bead: unknown): bead is number {
  return Number.isInteger(bead) && (bead as number) >= 0 && (bead as number) < report.alignment.beads.length;
}

/** The sentences a location overlaps (an empty location: the sentence it sits in), found by binary search. */
export function sentencesUnder(document: ReportDocument, at: Pick<Location, 'start' | 'end'>): number[] {
  const { sentences } = document;
  const lo = lowerBound(0, sentences.length, (k) => {
    const s = elementAt(sentences, k);
    return s.end < at.start || (s.end === at.start && at.end > at.start);
  });
  const out: number[] = [];
  for (let i = lo; i < sentences.length; i++) {
    const s = elementAt(sentences, i);
    if (at.end > at.start ? s.start >= at.end : s.start > at.start) break;
    out.push(i);
  }
  return out;
}

/**
 * The sentences of one side a finding is shown with: those its location covers; without a location, the
 * sentences of its bead on that side (where the other side's words would be); none when that side has none.
 */
export function findingSentences(report: ComparisonReport, finding: Finding, side: Side): number[] {
  const at = finding[side];
  if (at) return sentencesUnder(report.documents[side], at);
  const bead = isBead(report, finding.bead) ? report.alignment.beads[finding.bead] : undefined;
  return listOf(bead?.[side]).filter((i) => report.documents[side].sentences[i] !== undefined);
}

/** "3 conflicts", "1 warning", "4 info": the count of one severity. */
export function severityCount(n: number, severity: string): string {
  return severity === 'info' ? `${count(n)} info` : `${count(n)} ${severity}${n === 1 ? '' : 's'}`;
}

/** "3 conflicts, 4 warnings, 4 info". */
export function severityCounts(report: ComparisonReport): string {
  return SEVERITIES.map((s) => severityCount(report.summary.bySeverity[s] ?? 0, s)).join(', ');
}

/** "3 name, 4 date, 2 number, 2 omission": the kinds that have findings. */
export function kindCounts(report: ComparisonReport): string {
  const counts = findingCounts(report.findings, 'kind');
  return counts.length ? counts.map(([kind, n]) => `${count(n)} ${kind}`).join(', ') : 'none';
}

/** How many findings have each value of a field (severity or kind), in the order first met (severities most serious first). */
export function findingCounts(findings: readonly Finding[], field: 'severity' | 'kind'): [string, number][] {
  const counts = new Map<string, number>();
  if (field === 'severity') for (const s of SEVERITIES) if (findings.some((f) => f.severity === s)) counts.set(s, 0);
  for (const f of findings) counts.set(String(f[field]), (counts.get(String(f[field])) ?? 0) + 1);
  return [...counts];
}

/** An integer with the reader's digit grouping (12,345); anything else as it is. */
export function count(n: unknown): string {
  return typeof n === 'number' && Number.isInteger(n) ? n.toLocaleString('en') : String(n);
}

/** "63%"; "unknown" for what is not a number (a hand-edited report). */
export function percent(share: unknown): string {
  return typeof share === 'number' && Number.isFinite(share) ? `${Math.round(share * 100)}%` : 'unknown';
}

/** A piece of a line: fixed English wording, or words quoted from the inputs (from one side, or mixed). */
export type Piece = string | { readonly quote: string; readonly side?: Side };

/** A labelled line of detail under a finding. */
export interface Detail {
  readonly label: string;
  readonly pieces: readonly Piece[];
}

function dateValue(value: DateValue, side: Side): Piece[] {
  const days = value.interval
    ? dayRange(value.interval.start, value.interval.end, false)
    : value.yearless
      ? `${dayRange(value.yearless.start, value.yearless.end, true)} in any year`
      : 'days unknown';
  return [{ quote: value.text, side }, ` (${calendarName(value.calendar)}: ${days})`];
}

const CALENDARS: Readonly<Record<string, string>> = { gregorian: 'Gregorian', persian: 'Solar Hijri', islamic: 'lunar Hijri' };

function calendarName(calendar: string): string {
  return CALENDARS[calendar] ?? String(calendar);
}

function numberValue(value: NumberValue, side: Side): Piece[] {
  const pieces: Piece[] = [{ quote: value.text, side }, ` = ${groupDigits(String(value.value))}`];
  if (value.unit !== undefined) pieces.push(' ', { quote: value.unit });
  if (value.qualifier !== undefined) pieces.push(' (', { quote: String(value.qualifier).replace(/-/g, ' ') }, ')');
  return pieces;
}

function perSide<T>(
  values: { readonly a?: T; readonly b?: T } | undefined,
  label: string,
  names: Readonly<Record<Side, string>>,
  show: (v: T, side: Side) => Piece[],
): Detail[] {
  return SIDES.flatMap((side) => {
    const value = values?.[side];
    return value === undefined ? [] : [{ label: `${label} in ${names[side]}`, pieces: show(value, side) }];
  });
}

/** The resolved values and other facts of a finding, beyond its message and locations. */
export function findingDetails(finding: Finding, names: Readonly<Record<Side, string>>): Detail[] {
  switch (finding.kind) {
    case 'name': {
      const out = perSide(finding.spellings, 'spelling', names, (v, side) => [{ quote: v, side }]);
      const differences = listOf(finding.differences);
      if (differences.length)
        out.push({ label: 'letters', pieces: differences.flatMap((d, i): Piece[] => (i ? ['; ', { quote: d }] : [{ quote: d }])) });
      if (finding.entity) out.push({ label: 'what', pieces: [String(finding.entity)] });
      return out;
    }
    case 'date': {
      const out = perSide(finding.values, 'date', names, dateValue);
      if (finding.overlapDays !== undefined) {
        const least = finding.minOverlapDays !== undefined ? ` (at least ${count(finding.minOverlapDays)})` : '';
        out.push({ label: 'days in common', pieces: [`${count(finding.overlapDays)}${least}`] });
      }
      return out;
    }
    case 'number':
      return perSide(finding.values, 'number', names, numberValue);
    case 'omission':
      return finding.missingFrom === 'a' || finding.missingFrom === 'b'
        ? [{ label: 'left out of', pieces: [names[finding.missingFrom]] }]
        : [];
    default:
      return []; // a kind from a later version of the format: its message and locations still show
  }
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The BCP 47 tag of a document's language (its variant when known), or undefined when unknown. */
export function languageTag(document: ReportDocument): string | undefined {
  if (document.language !== 'ar' && document.language !== 'fa') return undefined;
  return document.variant === 'fa-IR' || document.variant === 'fa-AF' ? document.variant : document.language;
}

/** "Arabic (ar), detected 97%", "Dari (fa-AF), given", "unknown". */
export function describeLanguage(document: ReportDocument): string {
  const tag = languageTag(document);
  if (!tag) return 'unknown';
  const how = document.languageSource?.detected ? `detected ${percent(document.languageSource.confidence)}` : 'given';
  return `${LANGUAGE_NAMES.of(tag) ?? tag} (${tag}), ${how}`;
}

/** Whether a document's text runs right to left (Arabic and Persian do). */
export function isRightToLeftDocument(document: ReportDocument): boolean {
  return languageTag(document) !== undefined;
}

/** "sentence pair 4": a bead as a reader counts it, from 1 (a hand-edited report's odd index as it is). */
export function pairName(bead: unknown): string {
  return Number.isInteger(bead) && (bead as number) >= 0 ? `sentence pair ${count((bead as number) + 1)}` : `sentence pair ${String(bead)}`;
}

/** "sentence 5", "sentences 5 and 6", "sentences 5, 6 and 7": sentences as a reader counts them, from 1. */
export function sentenceNames(indices: readonly number[]): string {
  const numbers = indices.map((i) => count(i + 1));
  return numbers.length === 1 ? `sentence ${numbers[0] ?? ''}` : `sentences ${andList(numbers)}`;
}

/** ", line 3" for a location (where an editor finds its words); nothing without one. */
export function lineOf(at: Pick<Location, 'line'> | undefined): string {
  return at && Number.isInteger(at.line) ? `, line ${count(at.line)}` : '';
}

/** "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** What stands where a side has no sentence: "left out of X" for a translation, "no counterpart in X" otherwise. */
export function missingSide(report: Pick<ComparisonReport, 'mode'>, label: string): string {
  return report.mode === 'comparable' ? `no counterpart in ${label}` : `left out of ${label}`;
}

/** "Check first: 2 conflicts and 1 warning", or that there is nothing to check first. */
export function checkFirstHeading(groups: readonly FindingGroup[]): string {
  const tally = (s: Severity): number => groups.filter((g) => g.severity === s).reduce((n, g) => n + g.members.length, 0);
  const parts = (['conflict', 'warning'] as const).filter((s) => tally(s) > 0).map((s) => severityCount(tally(s), s));
  return parts.length ? `Check first: ${andList(parts)}` : 'Check first: nothing, no conflict or warning';
}

/** "Explained differences (info): 25 findings in 14 lines", for the info groups. */
export function explainedHeading(groups: readonly FindingGroup[]): string {
  const total = groups.reduce((n, g) => n + g.members.length, 0);
  const lines = total > groups.length ? ` in ${count(groups.length)} line${groups.length === 1 ? '' : 's'}` : '';
  return `Explained differences (info): ${count(total)} finding${total === 1 ? '' : 's'}${lines}`;
}

/** "Findings of a kind this version does not know: 2", for groups of an unknown severity. */
export function otherHeading(groups: readonly FindingGroup[]): string {
  return `Other findings: ${count(groups.reduce((n, g) => n + g.members.length, 0))}`;
}

/** "1 warning to check first; 25 explained differences below." — the report's first line. */
export function leadLine(report: ComparisonReport): string {
  const serious = report.findings.filter(isSerious);
  const conflicts = serious.filter((f) => f.severity === 'conflict').length;
  const first = serious.length
    ? `${andList([severityCount(conflicts, 'conflict'), severityCount(serious.length - conflicts, 'warning')].filter((s) => !s.startsWith('0 ')))} to check first`
    : 'Nothing to check first';
  const info = report.findings.filter((f) => f.severity === 'info').length;
  const other = report.findings.length - serious.length - info;
  const rest = [
    info ? `${count(info)} explained difference${info === 1 ? '' : 's'}` : '',
    other ? `${count(other)} other finding${other === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `${first}${rest.length ? `; ${andList(rest)} below` : ''}.`;
}

/**
 * The mode line of every rendering: "Translation: one text translates the other, so their sentences are
 * matched in order. Detected: 25 of 27 sentences …".
 */
export function modeLine(report: Pick<ComparisonReport, 'mode' | 'modeReason'>): string {
  const mode = describeMode(report);
  const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
  const why = capital(mode.why.trim());
  return `${capital(mode.mode)}${mode.meaning ? `: ${mode.meaning}` : ''}. ${why}${/[.!?]$/.test(why) || !why ? '' : '.'}`;
}
